#!/usr/bin/env bash
# Permissions: the mount is read-only with default_permissions; a story's
# files and directories carry their source's owner, group and read bits
# (directories get x where r is set), so that with allow_other nobody reads
# through the mount what they could not read directly.
. "$(dirname "$0")/lib.sh"

S="$WORK/src"
M="$WORK/mnt"
chmod 755 "$WORK"
mkdir -p "$S"
story() { printf '%s\n\nA paragraph of the story.\n' "$1" > "$S/$2"; }
story "Open To All" open.txt
story "Owned By Nobody" nobody.txt
story "Root Only" root-only.txt
story "Group Readable" group.txt
story "Others Only" others.txt
chmod 0644 "$S/open.txt"
chmod 0640 "$S/nobody.txt"
chmod 0600 "$S/root-only.txt"
chmod 0040 "$S/group.txt"
chmod 0604 "$S/others.txt"
root=$(id -u)
if [ "$root" -eq 0 ]; then
	chown nobody:nogroup "$S/nobody.txt"
fi

mount_fs "$S" "$M" -o allow_other

# The kernel checks our modes, and nothing is writable.
opts=$(awk -v m="$M" '$2 == m { print $4 }' /proc/mounts)
grep -qw ro <<<"${opts//,/ }" || fail "not read-only: $opts"
grep -qw default_permissions <<<"${opts//,/ }" || fail "no default_permissions: $opts"
grep -qw allow_other <<<"${opts//,/ }" || fail "no allow_other: $opts"
for what in "touch $M/open-to-all/new" "mkdir $M/new" "rm $M/open-to-all/headline" \
	"mv $M/open-to-all $M/moved" "ln -s x $M/link"; do
	msg=$($T $what 2>&1) && fail "$what succeeded"
	grep -q "Read-only file system" <<<"$msg" || fail "$what: $msg"
done
msg=$( (echo x > "$M/open-to-all/headline") 2>&1) && fail "wrote a file"
grep -q "Read-only file system" <<<"$msg" || fail "write: $msg"

# Modes, owners and groups follow the source file.
# mode_of STORY PATH-IN-STORY
mode_of() { stat -c '%a %U %G' "$M/$1/$2"; }
expect_eq "0644 file" "$(mode_of open-to-all headline)" "444 root root"
expect_eq "0644 story" "$(mode_of open-to-all .)" "555 root root"
expect_eq "0644 list" "$(mode_of open-to-all paragraphs)" "555 root root"
expect_eq "0644 member" "$(mode_of open-to-all paragraphs/001)" "444 root root"
expect_eq "0600 file" "$(mode_of root-only article.json)" "400 root root"
expect_eq "0600 story" "$(mode_of root-only people)" "500 root root"
expect_eq "0040 file" "$(mode_of group-readable body)" "40 root root"
expect_eq "0040 story" "$(mode_of group-readable .)" "50 root root"
expect_eq "0604 file" "$(mode_of others-only headline)" "404 root root"
expect_eq "0604 story" "$(mode_of others-only quotes)" "505 root root"
if [ "$root" -eq 0 ]; then
	expect_eq "nobody's file" "$(mode_of owned-by-nobody headline)" "440 nobody nogroup"
	expect_eq "nobody's story" "$(mode_of owned-by-nobody .)" "550 nobody nogroup"
	expect_eq "nobody's list" "$(mode_of owned-by-nobody images)" "550 nobody nogroup"
fi
# No story file has a write or execute bit; no story directory a write bit.
found=$($T find "$M" -mindepth 1 \( -type f -perm /0333 \) -o \( -type d -perm /0222 \) | head -1)
expect_eq "no write or x bits" "$found" ""

# Another user reads exactly what the sources let them read.
if [ "$root" -eq 0 ] && command -v setpriv >/dev/null; then
	as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
	can_read() { as_nobody $T cat "$M/$1/headline" >/dev/null 2>&1; }
	can_read open-to-all || fail "nobody cannot read a world-readable story"
	can_read owned-by-nobody || fail "nobody cannot read its own story"
	can_read others-only || fail "nobody cannot read an others-readable story"
	can_read root-only && fail "nobody read a 0600 root story"
	can_read group-readable && fail "nobody read a story of a group it is not in"
	as_nobody $T ls "$M/root-only" >/dev/null 2>&1 && fail "nobody listed a 0600 root story"
	as_nobody $T cat "$M/root-only/paragraphs/001" >/dev/null 2>&1 &&
		fail "nobody read inside a 0600 root story"
	# What nobody may read directly is what it may read mounted.
	for f in open nobody root-only group others; do
		direct=no mounted=no
		as_nobody cat "$S/$f.txt" >/dev/null 2>&1 && direct=yes
		d=$($T grep -lx "$f.txt" "$M"/*/source | xargs dirname)
		as_nobody $T cat "$d/body" >/dev/null 2>&1 && mounted=yes
		expect_eq "$f.txt: direct and mounted" "$mounted" "$direct"
	done
	unmount_fs "$M"

	# Without allow_other, no one but the mounting user gets in.
	mount_fs "$S" "$M"
	as_nobody $T ls "$M" >/dev/null 2>&1 && fail "nobody got into a mount without allow_other"
	$T ls "$M" >/dev/null || fail "root cannot read its own mount"
	unmount_fs "$M"

	# allow_other needs user_allow_other in /etc/fuse.conf only for users
	# other than root: root's mount above worked either way.
	if grep -qs '^[[:space:]]*user_allow_other' /etc/fuse.conf; then
		echo "permissions: /etc/fuse.conf has user_allow_other"
	else
		echo "permissions: root mounted with allow_other without user_allow_other in /etc/fuse.conf"
		if as_nobody test -r /dev/fuse -a -w /dev/fuse; then
			mkdir -p "$WORK/mn"
			chown nobody "$WORK/mn"
			MOUNTS+=("$WORK/mn")
			as_nobody $T "$BIN" -o allow_other "$S" "$WORK/mn" 2>/dev/null &&
				fail "a user mounted with allow_other without user_allow_other"
		else
			echo "permissions: /dev/fuse is root's only; user mounts not tried"
		fi
	fi
else
	unmount_fs "$M"
	echo "permissions: not root or no setpriv; checks as another user skipped"
fi

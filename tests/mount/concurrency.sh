#!/usr/bin/env bash
# Many readers while sources churn: 8 parallel readers over 1,000 stories
# while a writer keeps rewriting sources; every read is one whole version
# of a story, never a mix and never cut short.  Then a tiny cache over 200
# stories serves the same bytes as an uncached mount.
. "$(dirname "$0")/lib.sh"

S="$WORK/src"
M="$WORK/mnt"

# version FILE K: a story whose every body word is "vK", 3 x 150 of them.
version() {
	local words
	words=$(printf "v$2 %.0s" $(seq 150))
	printf 'Story %s\n\n%s\n\n%s\n\n%s\n' "$3" "$words" "$words" "$words" > "$1"
}
for d in $(seq 0 9); do
	mkdir -p "$S/f$d"
	for i in $(seq 0 99); do version "$S/f$d/s$i.txt" 0 "$d-$i"; done
done
mount_fs "$S" "$M"
$T ls "$M"/f* >/dev/null

# The writer: rewrites random sources with ever newer versions until the
# readers are done.
touch "$WORK/churning"
(
	k=1
	while [ -e "$WORK/churning" ]; do
		d=$((RANDOM % 10)) i=$((RANDOM % 100))
		version "$S/f$d/s$i.txt.tmp" $k "$d-$i"
		mv "$S/f$d/s$i.txt.tmp" "$S/f$d/s$i.txt"
		k=$((k + 1))
	done
	echo "$k" > "$WORK/versions"
) &
writer=$!

# A reader: makes 100 whole reads of random bodies and checks each is one
# version.  A story being replaced may be briefly absent (its old inode is
# gone before the kernel forgets the name): that is a missing file, not a
# torn one, and is counted apart.
reader() {
	local bad=0 reads=0 missed=0 d i out
	while [ $reads -lt 100 ] && [ $missed -lt 5000 ]; do
		d=$((RANDOM % 10)) i=$((RANDOM % 100))
		if ! out=$(cat "$M/f$d/story-$d-$i/body" 2>/dev/null); then
			missed=$((missed + 1))
			continue
		fi
		reads=$((reads + 1))
		if ! awk -v RS='[ \n]+' 'NF { n++; if (w == "") w = $0; else if ($0 != w) bad = 1 }
			END { exit (bad || n != 450) }' <<<"$out"; then
			echo "torn read of f$d/s$i: $(tr -s ' ' '\n' <<<"$out" | sort | uniq -c | head -3)" >&2
			bad=$((bad + 1))
		fi
	done
	echo "$reads $bad $missed"
}
pids=()
for r in $(seq 8); do reader > "$WORK/reader$r" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p"; done
rm "$WORK/churning"
wait $writer
total=0
for r in $(seq 8); do
	read -r reads bad missed < "$WORK/reader$r"
	[ "$bad" = 0 ] || fail "reader $r saw $bad torn reads"
	expect_eq "reader $r whole reads" "$reads" 100
	total=$((total + reads))
done
mountpoint -q "$M" || fail "mount went away under load"
unmount_fs "$M"

# Eviction: cache=10 over 200 stories serves what an uncached mount does.
rm -rf "$S"/f[2-9]
mount_fs "$S" "$WORK/all"
mount_fs "$S" "$WORK/ten" -o cache=10
$T diff -r -x .articlefs "$WORK/all" "$WORK/ten" >/dev/null || fail "cache=10 bytes differ"
grep -q '^cached: 10$' "$WORK/ten/.articlefs/status" || fail "cache=10 holds more than 10"
# The first story was evicted long ago: once the kernel has let go of its
# pages too, reading it again parses it again, with the same bytes and
# inode number.
ino=$(stat -c %i "$WORK/ten/f0/story-0-0/body")
sync
echo 1 > /proc/sys/vm/drop_caches || fail "cannot drop the page cache (not root?)"
before=$(sed -n 's/^parses: //p' "$WORK/ten/.articlefs/status")
$T cmp "$WORK/ten/f0/story-0-0/body" "$WORK/all/f0/story-0-0/body" || fail "re-parsed bytes differ"
after=$(sed -n 's/^parses: //p' "$WORK/ten/.articlefs/status")
[ "$after" -gt "$before" ] || fail "the evicted story was not parsed again"
expect_eq "inode after eviction" "$(stat -c %i "$WORK/ten/f0/story-0-0/body")" "$ino"
unmount_fs "$WORK/ten"
unmount_fs "$WORK/all"
echo "concurrency: $total whole reads by 8 readers while $(cat "$WORK/versions") versions were written"

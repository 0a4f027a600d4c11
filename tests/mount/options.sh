#!/usr/bin/env bash
# Options and mount conventions: names=source, cache=N (an evicting cache
# serves the same bytes), format=, mount -t fuse.articlefs and fstab lines,
# guard rails that refuse to mount, and a clean exit on SIGTERM and SIGINT.
. "$(dirname "$0")/lib.sh"

SRC="$ROOT/examples/articles"

# names=source: directories named by file stem.
mount_fs "$SRC" "$WORK/a" -o names=source
expect_eq "names=source" "$($T ls "$WORK/a" | tr '\n' ' ')" \
	"000-f782ad85fe8f0b8e brevent-lodz-plant briefs council-flood-plan harbour-strike rail-fines science "
unmount_fs "$WORK/a"

# cache=1 evicts on every story change; every byte must still match an
# uncached mount's.
mount_fs "$SRC" "$WORK/big"
mount_fs "$SRC" "$WORK/tiny" -o cache=1
$T diff -r -x .articlefs "$WORK/big" "$WORK/tiny" >/dev/null || fail "cache=1 serves different bytes"
$T diff -r -x .articlefs "$WORK/tiny" "$WORK/big" >/dev/null || fail "cache=1 serves different bytes"
grep -q '^cached: 1$' "$WORK/tiny/.articlefs/status" || fail "cache=1 holds more than one story"
grep -q '^cache limit: 1$' "$WORK/tiny/.articlefs/status" || fail "cache limit not reported"
unmount_fs "$WORK/tiny"
unmount_fs "$WORK/big"

# format=json on text sources: they yield no story and say why.
mount_fs "$SRC" "$WORK/j" -o format=json
$T ls "$WORK/j" >/dev/null
[ -s "$WORK/j/.articlefs/errors" ] || fail "format=json on text shows no errors"
unmount_fs "$WORK/j"

# Bad option values are refused with a message and nothing is mounted.
for opt in names=title format=pdf cache=0 cache=lots maxsize=huge maxsize=0 \
	maxdepth=0 maxdepth=5000 maxquotes=-1 maxpeople=many maximages=; do
	mkdir -p "$WORK/bad"
	if msg=$($T "$BIN" -o "$opt" "$SRC" "$WORK/bad" 2>&1); then
		MOUNTS+=("$WORK/bad")
		fail "-o $opt accepted"
	fi
	grep -q "${opt%%=*}" <<<"$msg" || fail "-o $opt: unclear message: $msg"
	mountpoint -q "$WORK/bad" && fail "-o $opt left a mount"
done

# The per-story limits bite where a user can see them: with maxquotes=2
# no story shows a third quotation, with maximages=1 a second image, and a
# source over maxsize=1500K is listed as an error that names the limit.
mkdir -p "$WORK/lim"
cp "$SRC"/*.txt "$WORK/lim/"
head -c 1600000 /dev/zero | tr '\0' 'a' >"$WORK/lim/big.txt"
mount_fs "$WORK/lim" "$WORK/l" -o maxquotes=2,maximages=1,maxsize=1500K
most=0
for d in "$WORK/l"/*/quotes "$WORK/l"/*/images; do
	n=$($T ls "$d" | wc -l)
	[ "$n" -gt "$most" ] && most=$n
	case $d in
	*/quotes) [ "$n" -le 2 ] || fail "maxquotes=2: $d holds $n" ;;
	*/images) [ "$n" -le 1 ] || fail "maximages=1: $d holds $n" ;;
	esac
done
[ "$most" -ge 1 ] || fail "the limits left no quotes or images at all"
grep -q '^big\.txt: larger than the 1500 KiB limit (1600000 bytes)$' \
	"$WORK/l/.articlefs/errors" || fail "maxsize=1500K: $(cat "$WORK/l/.articlefs/errors")"
unmount_fs "$WORK/l"
mount_fs "$WORK/lim" "$WORK/l"
n=$(cat "$WORK/l"/*/quotes/* | wc -l)
[ "$n" -gt "$(($($T ls "$WORK/l" | wc -l) * 2))" ] ||
	fail "without maxquotes the examples should hold more than 2 quotes a story ($n)"
unmount_fs "$WORK/l"

# Guard rails: a mount must never read itself; missing paths are named.
mkdir -p "$WORK/src/inner"
cp "$SRC/rail-fines.txt" "$WORK/src/"
for args in "$WORK/src $WORK/src/inner" "$WORK/src $WORK/src" \
	"$WORK/nonexistent $WORK/a" "$WORK/src $WORK/nonexistent"; do
	set -- $args
	if msg=$($T "$BIN" "$1" "$2" 2>&1); then
		MOUNTS+=("$2")
		fail "mounted $args"
	fi
	mountpoint -q "$2" 2>/dev/null && fail "$args left a mount"
	grep -q "articlefs: " <<<"$msg" || fail "no message for $args: $msg"
done

# mount -t fuse.articlefs and an fstab line: mount(8) runs mount.fuse3,
# which finds articlefs on the system PATH.  Link it there for the test
# unless an articlefs is installed already.
link=/usr/local/bin/articlefs
if [ "$(id -u)" -eq 0 ] && [ ! -e "$link" ] && command -v mount.fuse3 >/dev/null; then
	ln -s "$BIN" "$link"
	trap 'rm -f "$link"; cleanup' EXIT
	mkdir -p "$WORK/t"
	MOUNTS+=("$WORK/t")
	$T mount -t fuse.articlefs "$SRC" "$WORK/t" -o ro,cache=5 || fail "mount -t fuse.articlefs"
	grep -q " $WORK/t fuse.articlefs ro" /proc/mounts || fail "not in /proc/mounts"
	$T cat "$WORK/t/rail-operator-fined-2-1m-over-winter-timetable-chaos/headline" >/dev/null
	$T umount "$WORK/t" || fail "umount"
	echo "$SRC $WORK/t fuse.articlefs ro,nofail,names=source 0 0" > "$WORK/fstab"
	$T mount -T "$WORK/fstab" "$WORK/t" || fail "mount from an fstab line"
	[ -d "$WORK/t/rail-fines" ] || fail "fstab options not applied"
	$T umount "$WORK/t" || fail "umount"
	rm -f "$link"
else
	echo "options: skipping mount -t (needs root and no installed articlefs)"
fi

# SIGTERM or SIGINT while a reader is active: the daemon unmounts and
# exits 0.
mkdir -p "$WORK/sig"
MOUNTS+=("$WORK/sig")
for sig in TERM INT; do
	timeout 60 "$BIN" -f "$SRC" "$WORK/sig" &
	pid=$!
	for _ in $(seq 100); do mountpoint -q "$WORK/sig" && break; sleep 0.1; done
	mountpoint -q "$WORK/sig" || fail "foreground mount did not come up"
	( while :; do cat "$WORK/sig"/*/body >/dev/null 2>&1 || break; done ) &
	reader=$!
	sleep 0.5
	kill -$sig $pid
	wait $pid || fail "articlefs exited $? on SIG$sig"
	kill $reader 2>/dev/null || true
	wait $reader 2>/dev/null || true
	mountpoint -q "$WORK/sig" && fail "still mounted after SIG$sig"
done
exit 0

#!/usr/bin/env bash
# Mounts examples/articles for real and checks what a user sees with ls,
# cat, grep, stat, tar and cp.
. "$(dirname "$0")/lib.sh"

SRC="$ROOT/examples/articles"
M="$WORK/mnt"
mount_fs "$SRC" "$M"
SEED=zelensky-tells-vance-ukraine-wants-security-guarantees-before-talks-to-end-war

# The root lists stories by headline slug and keeps sub-folders.
expect_eq "root listing" "$($T ls "$M" | tr '\n' ' ')" \
	"brevents-new-lodz-plant-is-a-lifeline-says-deputy-mayor briefs council-approves-38m-flood-defence-plan-for-riverside-district dock-workers-walk-out-at-port-ellison-as-talks-over-automation-collapse rail-operator-fined-2-1m-over-winter-timetable-chaos science $SEED "
expect_eq "hidden .articlefs" "$($T ls "$M" | grep -c articlefs || true)" 0
expect_eq "colliding headlines" "$($T ls "$M/briefs" | tr '\n' ' ')" \
	"markets-close-higher-as-oil-prices-ease markets-close-higher-as-oil-prices-ease-2 "
expect_eq "collision order" "$($T cat "$M/briefs/markets-close-higher-as-oil-prices-ease/source")" \
	"briefs/markets-monday.txt"

# A story directory has every field file, always.
expect_eq "story files" "$($T ls "$M/$SEED" | tr '\n' ' ')" \
	"article.json body byline date headline images paragraphs people quotes source standfirst url "
expect_eq "headline" "$($T cat "$M/$SEED/headline")" "$(head -n1 "$SRC/000_f782ad85fe8f0b8e.txt")"
expect_eq "standfirst" "$($T cat "$M/$SEED/standfirst")" "$(sed -n 2p "$SRC/000_f782ad85fe8f0b8e.txt")"
expect_eq "paragraph count" "$($T ls "$M/$SEED/paragraphs" | wc -l)" 24
expect_eq "image caption" "$($T cat "$M/$SEED/images/001/caption")" "President Volodymyr Zelensky"
expect_eq "unknown date is an empty file" "$(stat -c %s "$M/$SEED/date")" 0
expect_eq "byline" "$($T cat "$M/council-approves-38m-flood-defence-plan-for-riverside-district/byline" | wc -l)" 2

# grep -r across every story's paragraphs finds what the sources hold.
want=$(grep -c peace "$SRC/000_f782ad85fe8f0b8e.txt")
got=$($T grep -rl peace "$M"/*/paragraphs | grep -c "$SEED/")
expect_eq "grep -r peace" "$got" "$want"

# Sizes are exact, for every file.
check_sizes "$M"

# Modes: read-only files and directories; writes fail with EROFS.
expect_eq "file mode" "$(stat -c %a "$M/$SEED/headline")" 444
expect_eq "dir mode" "$(stat -c %a "$M/$SEED")" 555
for attempt in "echo x > '$M/$SEED/headline'" "touch '$M/new'" "mkdir '$M/d'" \
	"rm -f '$M/$SEED/headline'" "mv '$M/$SEED' '$M/x'"; do
	if err=$($T bash -c "$attempt" 2>&1); then
		fail "write succeeded: $attempt"
	fi
	case "$err" in *"Read-only file system"*) ;; *) fail "$attempt: $err" ;; esac
done

# mtime: the publication date where known, else the source's mtime.
expect_eq "dated mtime" \
	"$(date -u -d @"$(stat -c %Y "$M/council-approves-38m-flood-defence-plan-for-riverside-district/body")" +%F)" \
	2025-02-14
expect_eq "undated mtime" "$(stat -c %Y "$M/$SEED/body")" \
	"$(stat -c %Y "$SRC/000_f782ad85fe8f0b8e.txt")"

# Inode numbers are stable, also once the kernel forgets them.
ino=$(stat -c %i "$M/$SEED/paragraphs/007")
sync
echo 2 > /proc/sys/vm/drop_caches 2>/dev/null || true
expect_eq "stable inode" "$(stat -c %i "$M/$SEED/paragraphs/007")" "$ino"
dup=$($T find "$M" -printf '%i\n' | sort | uniq -d | head -1)
expect_eq "unique inodes" "$dup" ""

# tar reads the whole tree and lists what find lists.
(cd "$M" && $T tar -cf "$WORK/all.tar" .) || fail "tar -c failed"
expect_eq "tar lists what find lists" \
	"$(tar -tf "$WORK/all.tar" | sed 's|/$||' | sort | md5sum)" \
	"$(cd "$M" && $T find . | sort | md5sum)"

# cp -r makes a tree that diff -r finds identical.
$T cp -r "$M" "$WORK/copy" || fail "cp -r failed"
$T diff -r "$M" "$WORK/copy" >/dev/null || fail "diff -r differs after cp -r"

# article.json is valid JSON with the headline in it.
grep -q '"headline": "Zelensky tells Vance' "$M/$SEED/article.json" ||
	fail "article.json lacks the headline"

expect_eq "status" "$($T grep '^stories:' "$M/.articlefs/status")" "stories: 9"
expect_eq "no errors" "$(stat -c %s "$M/.articlefs/errors")" 0
unmount_fs "$M"

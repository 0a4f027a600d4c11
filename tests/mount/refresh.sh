#!/usr/bin/env bash
# Freshness: sources added, edited, renamed and deleted while mounted show
# within a second, with no stale names or bytes; an open file keeps the
# bytes it opened with.
. "$(dirname "$0")/lib.sh"

S="$WORK/src"
M="$WORK/mnt"
mkdir -p "$S/world"
printf 'Harbour Reopens\n\nShips are back.\n' > "$S/harbour.txt"
printf 'Trains Resume\n\nThe line is open.\n' > "$S/world/trains.txt"
mount_fs "$S" "$M"

# eventually CMD...: retries for up to a second.
eventually() {
	for _ in $(seq 20); do
		if "$@" >/dev/null 2>&1; then return 0; fi
		sleep 0.05
	done
	return 1
}
absent() { [ ! -e "$1" ]; }
holds() { [ "$(cat "$1")" = "$2" ]; }

$T ls -R "$M" >/dev/null
holds "$M/harbour-reopens/body" "Ships are back." || fail "initial body"

# Added: a new source appears, also where a lookup already missed it.
$T ls "$M/bridge-closes" 2>/dev/null && fail "bridge-closes before it exists"
printf 'Bridge Closes\n\nFor repairs.\n' > "$S/bridge.txt"
eventually test -d "$M/bridge-closes" || fail "added source not seen: $(ls "$M")"
ls "$M" | grep -qx bridge-closes || fail "added source missing from the listing"

# Edited, same headline: new bytes, right size, same name.
exec 3< "$M/harbour-reopens/body"
printf 'Harbour Reopens\n\nShips are back, and the ferry too.\n' > "$S/harbour.txt"
eventually holds "$M/harbour-reopens/body" "Ships are back, and the ferry too." ||
	fail "edited body not seen: $(cat "$M/harbour-reopens/body")"
expect_eq "edited size" "$(stat -c %s "$M/harbour-reopens/body")" \
	"$(cat "$M/harbour-reopens/body" | wc -c)"
# The reader that opened before the edit still reads the old story whole.
expect_eq "open file keeps its bytes" "$(cat <&3)" "Ships are back."
exec 3<&-

# Edited headline: the story is renamed, the old name is gone.
printf 'Harbour Closes Again\n\nStorm.\n' > "$S/harbour.txt"
eventually test -d "$M/harbour-closes-again" || fail "renamed story not seen"
eventually absent "$M/harbour-reopens" || fail "stale name harbour-reopens"
ls "$M" | grep -qx harbour-reopens && fail "stale name in the listing"

# Renamed source file (same headline): the story stays, its source moves.
mv "$S/bridge.txt" "$S/bridge-2025.txt"
eventually holds "$M/bridge-closes/source" "bridge-2025.txt" || fail "moved source not followed"

# Deleted: gone from the listing and from lookups.
rm "$S/world/trains.txt"
eventually absent "$M/world/trains-resume" || fail "deleted story still there"
expect_eq "empty folder" "$(ls "$M/world" | wc -l)" 0

# A new folder with a story, then the folder moved and removed.
mkdir "$S/sport"
printf 'Cup Final Tonight\n\nKick-off at eight.\n' > "$S/sport/final.txt"
eventually test -f "$M/sport/cup-final-tonight/headline" || fail "new folder not seen"
mv "$S/sport" "$S/games"
eventually test -d "$M/games/cup-final-tonight" || fail "moved folder not seen"
eventually absent "$M/sport" || fail "stale folder sport"
rm -r "$S/games"
eventually absent "$M/games" || fail "removed folder still there"

# A bad source is listed, and unlisted once it is fixed.
: > "$S/draft.txt"
eventually grep -q '^draft.txt: empty file$' "$M/.articlefs/errors" || fail "empty draft not listed"
printf 'Draft Is Done\n\nText.\n' > "$S/draft.txt"
eventually test -d "$M/draft-is-done" || fail "fixed draft not seen"
grep -q draft "$M/.articlefs/errors" && fail "fixed draft still listed as an error"

# A large file read in many requests while its source is replaced: the
# reader gets the whole of the version it opened, never a mix, although
# most of the file has not reached the kernel when the source changes.
# The same source in another mount gives the bytes to expect.
long_story() {
	printf '%s\n\n' "$1"
	for i in $(seq 8000); do printf 'Paragraph %d of %s, long enough to matter.\n\n' "$i" "$2"; done
}
mkdir -p "$WORK/orig"
long_story "Long Report" "the first version" > "$WORK/orig/long.txt"
cp "$WORK/orig/long.txt" "$S/long.txt"
mount_fs "$WORK/orig" "$WORK/omnt"
eventually test -f "$M/long-report/body" || fail "long report not seen"
exec 3< "$M/long-report/body"
dd bs=4096 count=1 <&3 >/dev/null 2>&1 || fail "first block of the long body"
long_story "Long Report" "the second version" > "$S/long.txt.new"
mv "$S/long.txt.new" "$S/long.txt"
sleep 1.5
rest=$(cat <&3 | md5sum)
exec 3<&-
want=$(tail -c +4097 "$WORK/omnt/long-report/body" | md5sum)
[ "$rest" = "$want" ] || fail "a file read across a change mixed two versions"
eventually grep -q "second version" "$M/long-report/body" || fail "the new version not seen"
unmount_fs "$WORK/omnt"
rm "$S/long.txt"
eventually absent "$M/long-report" || fail "long report still there"

# Every file still has exact sizes after all of it.
check_sizes "$M"
expect_eq "stories" "$(grep '^stories:' "$M/.articlefs/status")" "stories: 3"
unmount_fs "$M"

#!/usr/bin/env bash
# A scratch collection of bad sources beside good ones: the good stories
# mount intact, the bad ones are listed in .articlefs/errors with a reason,
# and nothing crashes the daemon.
. "$(dirname "$0")/lib.sh"

S="$WORK/src"
M="$WORK/mnt"
mkdir -p "$S/sub"
printf 'Good News Today\n\nA paragraph about peace.\n' > "$S/good.txt"
printf '# Another Good Story\n\nBy Ann Lee\n\nText here.\n' > "$S/sub/good.md"
: > "$S/empty.txt"
printf '\n  \n\t\n' > "$S/blank.txt"
# Random bytes behind a fixed binary start: raw random bytes can open with
# "{" or "<" and then fail as broken JSON or HTML, a different message.
{ printf '\x89\x00\x01\x02'; head -c 4092 /dev/urandom; } > "$S/random.bin"
printf 'Binary\0\0\0\1\2 stuff' > "$S/nul.txt"
printf 'W\0i\0d\0e\0 \0t\0e\0x\0t\0\n\0' > "$S/utf16.txt"
# A stray Latin-1 byte is repaired, not dropped.
printf 'Caf\xe9 Owners Protest Rents\n\nThey marched on Monday, said the caf\xe9 owners in town.\n' > "$S/latin1.txt"
# Two headlines that collide, a 1,000-character headline, headlines that
# slug to nothing or to dangerous names, and file names with spaces and
# newlines.
printf 'Same Words\n\nOne.\n' > "$S/c1.txt"
printf 'Same Words\n\nTwo.\n' > "$S/c2.txt"
{ head -c 1000 < /dev/zero | tr '\0' 'w'; printf '\n\nBody.\n'; } > "$S/long.txt"
printf '..\n\nDots.\n' > "$S/dots.txt"
printf '/\n\nSlash.\n' > "$S/slash.txt"
printf '\xe2\x80\x9c\xe2\x80\x9d\n\nQuotes only.\n' > "$S/punct.txt"
printf 'Spaced Out\n\nText.\n' > "$S/name with spaces.txt"
printf 'New Line Name\n\nText.\n' > "$S/new
line.txt"
# 50 MB of text in one source.
{ echo "A Very Long Report"; echo; head -c 50000000 < <(yes "Line of the report with some words in it."); } > "$S/big.txt"
chmod 000 "$S/c2.txt" 2>/dev/null || true

mount_fs "$S" "$M"
listing=$($T ls "$M")
for want in good-news-today sub caf-owners-protest-rents same-words dots slash punct \
	spaced-out new-line-name a-very-long-report; do
	grep -qx "$want" <<<"$listing" || fail "$want missing from: $listing"
done
expect_eq "sub-folder story" "$($T ls "$M/sub")" another-good-story
long=$(grep '^wwww' <<<"$listing")
expect_eq "80-byte cut" "${#long}" 80

# Bad ones are listed with a reason a person can act on.
errors=$($T cat "$M/.articlefs/errors")
for line in "empty.txt: empty file" "blank.txt: empty file: only white space" \
	"random.bin: not UTF-8 text and no HTML or JSON found" \
	"nul.txt: not UTF-8 text and no HTML or JSON found" \
	"utf16.txt: not UTF-8 text and no HTML or JSON found"; do
	grep -qxF "$line" <<<"$errors" || fail "errors lacks [$line]: $errors"
done
if [ "$(id -u)" -ne 0 ]; then
	grep -q "^c2.txt: cannot open: Permission denied" <<<"$errors" || fail "unreadable: $errors"
fi

# The repaired story shows U+FFFD where the bad byte was.
expect_eq "repaired headline" "$($T cat "$M/caf-owners-protest-rents/headline")" \
	"Caf$(printf '\xef\xbf\xbd') Owners Protest Rents"

# Reading every file of every story (the 50 MB one too) works, with
# exact sizes, and no generated name is dangerous.
check_sizes "$M" "*/a-very-long-report/paragraphs/*"
bad=$($T find "$M" -name '*/*' -o -name '.' -o -name '..' | head -1)
expect_eq "no dangerous names" "$bad" ""
$T grep -rq peace "$M"/good-news-today/paragraphs || fail "good story unreadable"
# One paragraph a line: kept up to the paragraph limit.
expect_eq "big story paragraphs" "$($T ls "$M/a-very-long-report/paragraphs" | wc -l)" 20000
expect_eq "big story last paragraph" "$($T cat "$M/a-very-long-report/paragraphs/20000")" \
	"Line of the report with some words in it."

# The daemon is still up after all of it.
mountpoint -q "$M" || fail "mount went away"
$T cat "$M/.articlefs/status" | grep -q '^stories: ' || fail "no status"
unmount_fs "$M"

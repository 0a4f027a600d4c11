#!/usr/bin/env bash
# The hostile-input battery, mounted for real: good stories beside the worst
# a crawler saves.  The daemon stays up, every bad source yields a story or
# a line in .articlefs/errors, and the good stories' bytes are the same as
# in a mount of the good stories alone.  Big inputs are made here, never
# committed.
. "$(dirname "$0")/lib.sh"

G="$WORK/good"     # the good stories alone
S="$WORK/src"      # the same good stories among hostile ones
MG="$WORK/mgood"
M="$WORK/mnt"
chmod 755 "$WORK" # other users must reach the mounts below
mkdir -p "$G/news" "$S"
cp "$ROOT/examples/articles/rail-fines.txt" "$ROOT/examples/articles/council-flood-plan.md" "$G/"
cp "$ROOT/examples/articles/science/honeybee-study.txt" "$ROOT/fuzz/seeds/page.html" "$G/news/"
cp "$ROOT/fuzz/seeds/doc.json" "$G/news/"
cp -a "$G/." "$S/"

# Nothing to read.
: > "$S/empty.txt"
{ printf '\211PNG\r\n\032\n'; head -c 65536 /dev/urandom; } > "$S/binary.bin"
{ printf '\377\330\377\340'; head -c 4096 /dev/urandom; } > "$S/binary.txt"
printf 'Nul Story\n\nSome\0text\0here.\n' > "$S/nul.txt"
printf '<html><title>Nul\0Page</title><p>A\0b</p></html>' > "$S/nul.html"
printf '{"title": "Nul Record", "text": "a\0b"}' > "$S/nul.json"
printf 'Mostly \xff\xfe\xfd\xfc \xc0\xc1 \xf5\xf6\xf7\n\n\xff\xff\xff\xff\n' > "$S/not-utf8.txt"
# Repairable: a few bad bytes in good text.
printf 'Stray Bytes Repaired Here\n\nThe caf\xe9 owners marched through the old town on Monday and said they would be back.\n' > "$S/latin1.txt"
# 100 MB, over the 64 MiB default.
head -c 100000000 < <(echo "A Huge Report Of Many Lines"; echo; yes "Line of the huge report, with words.") > "$S/huge.txt"
# A 1 MB line.
{ head -c 1048576 < <(yes "word and word" | tr '\n' ' '); echo; } > "$S/oneline.txt"
# 100,000 nested <div>s, closed and not.
{
	printf '<!DOCTYPE html><html><head><title>Deep Divs Page</title></head><body>'
	printf '<p>A paragraph before the depths, long enough to be article text.</p>'
	head -c 500000 < <(yes '<div>' | tr -d '\n')
	printf '<p>Deep down.</p>'
	head -c 600000 < <(yes '</div>' | tr -d '\n')
	printf '</body></html>\n'
} > "$S/deep.html"
{ printf '<html><body>'; head -c 1100000 < <(yes '<div><span>' | tr -d '\n'); } > "$S/open-divs.html"
# JSON nested 10,000 deep, closed and not.
{ head -c 10000 < <(yes '[' | tr -d '\n'); head -c 10000 < <(yes ']' | tr -d '\n'); } > "$S/deep-array.json"
{
	printf '{"title": "Deep Json Record", "text": "Body.", "x": '
	head -c 60000 < <(yes '{"a": ' | tr -d '\n')
	printf 1
	head -c 10000 < <(yes '}' | tr -d '\n')
	printf '}\n'
} > "$S/deep-object.json"
# JSON Lines: broken lines among good ones.
cat > "$S/mixed.jsonl" <<'EOF'
{"title": "First Good Line", "text": "Good record one.", "author": "Ann Lee"}
{"title": "Broken Line", "text":
not json at all
{"title": "Second Good Line", "text": "Good record two."}
[1, 2, 3]

{"title": "Third Good Line", "text": "Good record three."}
EOF
# 10,000 quotes, 10,000 capitalised names, open quotations.
awk 'BEGIN {
	print "Ten Thousand Quotes\n"
	for (i = 1; i <= 10000; i++)
		printf "\342\200\234This is quote number %d,\342\200\235 said Ann Lee.\n\n", i
}' > "$S/quotes.txt"
# Distinct names: the number spelt in letters.
awk 'function word(n, base,   s, k) {
	s = ""
	for (k = 0; k < 4; k++) { s = sprintf("%c", base + n % 10) s; n = int(n / 10) }
	return s
}
BEGIN {
	print "A Crowd Of Names\n"
	for (i = 1; i <= 10000; i++) {
		printf "N%s P%s met Mayor O%s. ", word(i, 97), word(i, 107), word(i, 65)
		if (i % 5 == 0) printf "\n\n"
	}
}' > "$S/names.txt"
printf 'Open Quotation\n\n\xe2\x80\x9cThis never ends, said Ann Lee.\n\nNext, "also open.\n' > "$S/open-quote.txt"
# Headlines that must not become dangerous names.
printf '..\n\nDots.\n' > "$S/dots.txt"
printf '/\n\nSlash.\n' > "$S/slash.txt"
printf '../../etc\n\nEscape.\n' > "$S/escape.txt"
{ head -c 1000 < <(yes 'Long' | tr '\n' ' '); printf '\n\nBody.\n'; } > "$S/long.txt"
printf '{"title": "..", "text": "Dots."}\n{"title": "/", "text": "Slash."}\n' > "$S/heads.jsonl"
# Symbolic link loops: a link to itself, a folder link to an ancestor, and
# two links to each other.
ln -s self "$S/self"
mkdir -p "$S/loop/inner"
ln -s ../.. "$S/loop/inner/up"
ln -s b "$S/a"
ln -s a "$S/b"
# Folders that link to each other: followed, six of them would make a tree
# of thousands of folders.  A link out of SOURCE is followed, but not the
# links inside what it leads to.
for i in 1 2 3 4 5 6; do
	mkdir -p "$S/mesh/d$i"
	printf 'Mesh Story %s\n\nText.\n' $i > "$S/mesh/d$i/s.txt"
	for j in 1 2 3 4 5 6; do [ $i = $j ] || ln -s ../d$j "$S/mesh/d$i/l$j"; done
done
mkdir -p "$WORK/outside/a/real" "$WORK/outside/b"
printf 'Outside Story\n\nText.\n' > "$WORK/outside/a/real/o.txt"
ln -s ../b "$WORK/outside/a/tob"
ln -s ../a "$WORK/outside/b/toa"
ln -s "$WORK/outside/a" "$S/out"
# Unreadable by anyone but root.
printf 'Locked Story\n\nNobody but root reads this.\n' > "$S/locked.txt"
chmod 000 "$S/locked.txt"

mount_fs "$G" "$MG"
mount_fs "$S" "$M" -o allow_other

# The scan finishes, loops and all, and lists every name once.
listing=$($T ls "$M") || fail "cannot list"
# (A story whose parse fails answers EIO; find carries on past it.)
$T find "$M" >/dev/null 2>&1 || [ $? -ne 124 ] || fail "find over the mount hung"
errors=$($T cat "$M/.articlefs/errors")
has_error() { grep -qE "$1" <<<"$errors" || fail "errors lack /$1/: $errors"; }
has_story() { grep -qx "$1" <<<"$listing" || fail "story $1 missing: $listing"; }
has_error '^empty\.txt: empty file$'
has_error '^binary\.bin: not UTF-8 text and no HTML or JSON found$'
has_error '^binary\.txt: not UTF-8 text and no HTML or JSON found$'
has_error '^nul\.txt: not UTF-8 text and no HTML or JSON found$'
has_error '^not-utf8\.txt: not UTF-8 text and no HTML or JSON found$'
has_error '^huge\.txt: larger than the 64 MiB limit \(100000000 bytes\)$'
has_error '^self: symbolic link loop$'
has_error '^a: symbolic link loop$'
has_error '^b: symbolic link loop$'
has_error '^loop/inner/up: folder loop: leads back to a folder above it$'
has_error '^mesh/d1/l2: link to a folder inside the source: not followed$'
has_error '^mesh/d6/l5: link to a folder inside the source: not followed$'
has_error '^out/tob: link inside a linked folder: not followed$'
expect_eq "mesh folders" "$($T find "$M/mesh" -mindepth 1 -maxdepth 1 | wc -l)" 6
expect_eq "mesh stories" "$($T find "$M/mesh" -name headline | wc -l)" 6
expect_eq "outside story" "$($T cat "$M/out/real/outside-story/headline")" "Outside Story"
has_story stray-bytes-repaired-here
has_story ten-thousand-quotes
has_story a-crowd-of-names
has_story open-quotation
has_story locked-story
has_story "$(printf 'long%.0s-' $(seq 16) | head -c 79)"
expect_eq "repaired" "$($T head -c 10 "$M/stray-bytes-repaired-here/paragraphs/001")" \
	"The caf$(printf '\xef\xbf\xbd')"
# A 1 MB line is the headline; the name is cut to 80 bytes.
line=$(grep '^word-and-word' <<<"$listing") || fail "1 MB line: no story"
[ ${#line} -le 80 ] || fail "name longer than 80 bytes: $line"
expect_eq "1 MB headline" "$(stat -c %s "$M/$line/headline")" 1048577
# Lists stay under the limits.
[ "$($T ls "$M/ten-thousand-quotes/quotes" | wc -l)" -le 2000 ] || fail "more than 2000 quotes"
[ "$($T ls "$M/ten-thousand-quotes/paragraphs" | wc -l)" -le 20000 ] || fail "more than 20000 paragraphs"
[ "$($T ls "$M/a-crowd-of-names/people" | wc -l)" -le 1000 ] || fail "more than 1000 people"

# HTML and JSON: each source is a story or says why.  With the parsers
# in, the good JSON Lines records mount and the broken ones are listed.
for f in deep.html open-divs.html nul.html deep-array.json deep-object.json nul.json; do
	if ! grep -q "^$f: ..." <<<"$errors"; then
		n=$($T grep -rlx "$f" "$M"/*/source 2>/dev/null | wc -l)
		[ "$n" -ge 1 ] || fail "$f: neither a story nor an error"
	fi
done
if "$EXTRACT" "$G/news/doc.json" >/dev/null 2>&1; then
	for s in first-good-line second-good-line third-good-line; do has_story $s; done
	expect_eq "good line source" "$($T cat "$M/second-good-line/source")" "mixed.jsonl#4"
	has_error '^mixed\.jsonl#2: .'
	has_error '^mixed\.jsonl#3: .'
	has_error '^mixed\.jsonl#5: .'
	expect_eq "after a blank line" "$($T cat "$M/third-good-line/source")" "mixed.jsonl#6"
	for s in $($T grep -lx 'heads.jsonl#[12]' "$M"/*/source | xargs -n1 dirname); do
		case "$(basename "$s")" in .* | */*) fail "dangerous name $s" ;; esac
	done
else
	echo "hostile: JSON parser not there yet; JSON Lines checks skipped"
	has_error '^mixed\.jsonl: .'
fi

# No generated name is dangerous, and st_size is what a read returns
# (the big lists are sampled, not read file by file).
bad=$($T find "$M" -name '.' -o -name '..' -o -name '*/*' 2>/dev/null | head -1) || true
expect_eq "no dangerous names" "$bad" ""
check_sizes "$M" "*/@(ten-thousand-quotes|a-crowd-of-names)/@(quotes|people|paragraphs)/*"
for f in $($T find "$M/ten-thousand-quotes/quotes" "$M/a-crowd-of-names/people" -type f | head -50); do
	expect_eq "$f size" "$(stat -c %s "$f")" "$($T cat "$f" | wc -c)"
done

# The good stories are byte for byte what they are alone.
# Same names, same files, same bytes (and the same failures, while a
# parser is missing).
same_tree() {
	local a b f
	a=$(cd "$MG" && $T find "$1" 2>&1 | sort) || true
	b=$(cd "$M" && $T find "$1" 2>&1 | sort) || true
	[ "$a" = "$b" ] || fail "good $1 listed differently: [$a] [$b]"
	while IFS= read -r f; do
		[ -f "$MG/$f" ] || continue
		$T cmp -s "$MG/$f" "$M/$f" || fail "good $f changed"
	done <<<"$a"
}
for story in $($T ls "$MG"); do same_tree "$story"; done

# Mode 000: root's daemon reads it, but a user who could not read the file
# cannot read the story either (allow_other, default_permissions).
expect_eq "locked mode" "$(stat -c %a "$M/locked-story/headline")" 0
if command -v setpriv >/dev/null && [ "$(id -u)" -eq 0 ]; then
	as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
	as_nobody $T cat "$M/rail-operator-fined-2-1m-over-winter-timetable-chaos/headline" >/dev/null ||
		fail "nobody cannot read a world-readable story"
	if as_nobody $T cat "$M/locked-story/headline" >/dev/null 2>&1; then
		fail "nobody read the story of a mode 000 source"
	fi
	# A daemon that cannot read the file lists it.  Needs a FUSE device
	# that an unprivileged user may open.
	if as_nobody test -r /dev/fuse -a -w /dev/fuse; then
		mkdir -p "$WORK/mnobody"
		chown nobody "$WORK/mnobody"
		MOUNTS+=("$WORK/mnobody")
		as_nobody $T "$BIN" "$S" "$WORK/mnobody" || fail "mount as nobody"
		as_nobody $T cat "$WORK/mnobody/.articlefs/errors" |
			grep -q '^locked\.txt: cannot open: Permission denied$' ||
			fail "unreadable file not listed"
		unmount_fs "$WORK/mnobody"
	else
		echo "hostile: /dev/fuse is root's only; mount as an unprivileged user skipped"
	fi
else
	echo "hostile: not root or no setpriv; unreadable-file checks skipped"
fi

# The daemon is still up after all of it.
mountpoint -q "$M" || fail "mount went away"
$T cat "$M/.articlefs/status" | grep -q '^stories: ' || fail "no status"
unmount_fs "$M"
unmount_fs "$MG"

# With a larger limit the 100 MB file parses (to the paragraph limit).
mkdir -p "$WORK/big"
mv "$S/huge.txt" "$WORK/big/"
mount_fs "$WORK/big" "$M" -o maxsize=200M
expect_eq "maxsize=200M" "$($T ls "$M")" a-huge-report-of-many-lines
expect_eq "huge paragraphs" "$($T ls "$M/a-huge-report-of-many-lines/paragraphs" | wc -l)" 20000
expect_eq "huge errors" "$($T cat "$M/.articlefs/errors")" ""
unmount_fs "$M"

#!/usr/bin/env bash
# linearity.sh [EXTRACT] - is parsing linear in input size?  Times
# articlefs-extract (parse and quote/people analysis, no FUSE) on inputs of
# 1, 2, 4 and 8 MB in each format and prints seconds and the ratio to the
# 1 MB time: about 2, 4 and 8 is linear; 4, 16 and 64 would be quadratic.
# Best of three runs each, in CPU seconds (user + system), which a busy
# machine disturbs less than wall time.  Besides the ordinary article of
# each format, two shapes stress the analysis: "quotes" (paragraphs packed
# with short quotations) and "names" (every sentence names new people),
# both in paragraphs of about 64 KB.  Not a test: timings belong to the
# machine.
set -e
cd "$(dirname "$0")/.."
X=${1:-build/articlefs-extract}
[ -x "$X" ] || { echo "linearity: build $X first (make)" >&2; exit 1; }
W=$(mktemp -d /tmp/articlefs-linearity.XXXXXX)
trap 'rm -rf "$W"' EXIT

# make FORMAT MB > file: an article of about MB megabytes in FORMAT, made
# of paragraphs that each hold a quotation, a speaker and a few names, so
# that the analysis has as much to do per byte at every size.
make_input() {
	awk -v fmt="$1" -v mb="$2" '
	function w(n,   s, k) {
		s = ""
		for (k = 0; k < 5; k++) { s = sprintf("%c", 97 + n % 26) s; n = int(n / 26) }
		return s
	}
	BEGIN {
		want = mb * 1048576
		p = "Residents of the district met on Monday, and Mayor Ann Lee " \
		    "told them the plan would go ahead. \342\200\234We have waited " \
		    "long enough for this,\342\200\235 said Lee, who chairs the " \
		    "council. John Roe, a shopkeeper, disagreed: \"It costs too " \
		    "much,\" he said, while Dr Jane Poe of the university listened. " \
		    "The plan, which the council first drew up in 2019, would " \
		    "raise the river wall by a metre and build two new pumping " \
		    "stations. \342\200\234Nobody wants another winter like the " \
		    "last one,\342\200\235 Lee added, to applause from the back."
		if (fmt == "text") {
			printf "A Long Report On The Plan\n\nBy Ann Lee\n\n"
			for (n = 0; n < want; n += length(p) + 2) printf "%s\n\n", p
		} else if (fmt == "html") {
			printf "<!DOCTYPE html><html><head><title>A Long Report</title>"
			printf "</head><body><nav><a href=\"/\">Home</a></nav><article>"
			printf "<h1>A Long Report On The Plan</h1>\n"
			for (n = 0; n < want; n += length(p) + 20)
				printf "<div><p>%s</p></div>\n", p
			printf "</article></body></html>\n"
		} else if (fmt == "json") {
			gsub(/"/, "\\\"", p)
			printf "{\"title\": \"A Long Report On The Plan\", \"text\": \""
			for (n = 0; n < want; n += length(p) + 4) printf "%s\\n\\n", p
			printf "\"}\n"
		} else if (fmt == "quotes") {
			# Paragraphs of about 64 KB, so the paragraph limit
			# never cuts the input short.
			printf "Many Quotations\n\n"
			for (n = 0; n < want; n += 4) {
				printf "\"a\" "
				if (n % 65536 == 0) printf "\n\n"
			}
			printf "\n"
		} else if (fmt == "names") {
			printf "Many Names\n\n"
			for (i = 0; n < want; i++) {
				s = sprintf("Mr Aa%s Bb%s said Cc%s Dd%s met Dr Ee%s Ff%s. ",
				    w(i), w(i), w(i * 7), w(i * 3), w(i * 11), w(i * 13))
				printf "%s", s
				n += length(s)
				if (i % 1000 == 999) printf "\n\n"
			}
			printf "\n"
		} else {
			gsub(/"/, "\\\"", p)
			r = "{\"title\": \"Record\", \"text\": \"" p "\\n\\n" p "\"}"
			for (n = 0; n < want; n += length(r) + 1) print r
		}
	}'
}

best() {
	local b= t TIMEFORMAT='%U %S'
	for _ in 1 2 3; do
		t=$( { time "$X" "$1" >/dev/null 2>&1; } 2>&1) || true
		t=$(awk -v u="${t% *}" -v s="${t#* }" 'BEGIN { print u + s }')
		b=$(awk -v t="$t" -v b="$b" 'BEGIN { print (b == "" || t < b) ? t : b }')
	done
	echo "$b"
}

printf '%-6s %8s %8s %8s %8s   %s\n' format 1MB 2MB 4MB 8MB "ratios to 1MB"
for fmt in text html json jsonl quotes names; do
	ext=$fmt
	case $fmt in text | quotes | names) ext=txt ;; esac
	line= ratios= one=
	for mb in 1 2 4 8; do
		make_input $fmt $mb > "$W/in.$ext"
		t=$(best "$W/in.$ext")
		[ -n "$one" ] || one=$t
		line="$line $(printf '%8.3f' "$t")"
		[ $mb -eq 1 ] || ratios="$ratios $(awk -v t="$t" -v o="$one" 'BEGIN { printf "%.1f", t / o }')"
	done
	printf '%-6s%s  %s\n' $fmt "$line" "$ratios"
done

#!/bin/sh
# run.sh TARGET SECONDS [TIMEOUT] - runs one fuzz target for SECONDS on its
# corpus, first seeding the corpus from the sample articles and fixtures.
# Exits non-zero when the target crashed, leaked, hung or broke a promise;
# the input that did it is left in build/fuzz/.  FUZZ_ARGS passes more
# libFuzzer options (FUZZ_ARGS="-len_control=0 -max_len=1000000" tries
# big inputs at once, to look for slow paths).
set -e
t=$1 secs=$2 timeout=${3:-20}
cd "$(dirname "$0")/.."
bin=build/fuzz/fuzz_$t
corpus=fuzz/corpus-$t
mkdir -p "$corpus"

# The first byte of a json or source input picks how it is read (see the
# targets); seeds get the byte that matches their extension.
selector() {
	case "$1" in
	*.txt | *.text) printf 1 ;;
	*.html | *.htm | *.xhtml) printf 2 ;;
	*.json) printf 3 ;;
	*.jsonl | *.ndjson) printf 4 ;;
	*.md | *.markdown) printf 5 ;;
	*) printf 0 ;;
	esac
}

seeds=$(find examples tests/fixtures fuzz/seeds -type f \
	! -name '*.sh' ! -name 'README*' 2>/dev/null | sort)
for f in $seeds; do
	# Seeds larger than a megabyte would slow every run for little gain.
	[ "$(stat -c %s "$f")" -le 1048576 ] || continue
	name=seed-$(echo "$f" | tr '/' '_')
	case "$t" in
	text) case "$f" in *.txt | *.md | *.text) cp "$f" "$corpus/$name" ;; esac ;;
	html) case "$f" in *.htm*) cp "$f" "$corpus/$name" ;; esac ;;
	json)
		case "$f" in
		*.json) { printf 0; cat "$f"; } > "$corpus/$name" ;;
		*.jsonl | *.ndjson) { printf 1; cat "$f"; } > "$corpus/$name" ;;
		esac ;;
	source) { selector "$f"; cat "$f"; } > "$corpus/$name" ;;
	esac
done

dict=
[ -f "fuzz/$t.dict" ] && dict=-dict=fuzz/$t.dict
start=$(date +%s)
echo "fuzz: $t for ${secs}s ($(ls "$corpus" | wc -l) inputs in $corpus)"
"$bin" -max_total_time="$secs" -timeout="$timeout" -rss_limit_mb=2560 \
	-max_len=262144 -print_final_stats=1 \
	-artifact_prefix="build/fuzz/$t-" $dict ${FUZZ_ARGS:-} "$corpus" 2>"build/fuzz/$t.log" || {
	echo "$t $(($(date +%s) - start)) failed" >>build/fuzz/seconds.log
	tail -60 "build/fuzz/$t.log"
	echo "fuzz: $t: FAILED (input in build/fuzz/$t-*)"
	exit 1
}
echo "$t $(($(date +%s) - start)) ok" >>build/fuzz/seconds.log
grep -E '^stat::number_of_executed_units|^Done' "build/fuzz/$t.log" | tail -2
echo "fuzz: $t: ok"

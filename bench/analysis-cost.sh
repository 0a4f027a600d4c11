#!/bin/sh
# bench/analysis-cost.sh - what the quote and people analysis costs
# articlefs-extract, against the parse alone (--no-analysis), over
# PolNeAR's 924 texts when ../shared/corpus is there (the project's
# examples otherwise, whose figure is not comparable).
#
#   sh bench/analysis-cost.sh            CPU time, median of RUNS (5),
#                                         on one CPU (CPU=N picks it)
#   CALLGRIND=1 sh bench/analysis-cost.sh  also instructions (valgrind)
#
# Each timed run reads the texts 8 times over, so that a run lasts
# about a second and the 10 ms clock of /usr/bin/time is fine
# enough; with and without alternate, so that a busy moment of the
# machine falls on both.
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
X=${ARTICLEFS_EXTRACT:-$TOP/build/articlefs-extract}
RUNS=${RUNS:-5}
CORPUS=${SHARED:-$TOP/../shared}/corpus/polnear
[ -x "$X" ] || { echo "analysis-cost: no $X: run make first" >&2; exit 1; }
if [ -d "$CORPUS/train/text" ]; then
	set -- "$CORPUS"/train/text/*.txt "$CORPUS"/dev/text/*.txt
	what="PolNeAR train+dev ($# texts)"
else
	set -- "$TOP"/examples/articles/*.txt "$TOP"/examples/articles/*.md
	what="examples only ($# texts; no corpus at $CORPUS)"
fi

# Instructions (valgrind), counted once over the texts read once.
instructions=""
if [ "${CALLGRIND:-0}" = 1 ] && command -v valgrind >/dev/null; then
	ir() {
		valgrind --tool=callgrind --callgrind-out-file=/dev/null "$X" \
			--format=text "$@" 2>&1 >/dev/null |
			awk '/Collected/ { gsub(",", "", $NF); print $NF }'
	}
	wi=$(ir "$@")
	oi=$(ir --no-analysis "$@")
	instructions=$(awk -v w="$wi" -v o="$oi" 'BEGIN {
		printf "  instructions: %.0f M with, %.0f M parse alone: %.2fx\n", w / 1e6, o / 1e6, w / o }')
fi

# The texts, 8 times over (three doublings of the argument list).
for _ in 1 2 3; do
	set -- "$@" "$@"
done

# Every timed run on one CPU (the last, or CPU=N), so that with and
# without are timed on the same core: on a virtual machine whose cores
# run at different speeds, an unpinned run lands on either.
pin=""
if command -v taskset >/dev/null && command -v nproc >/dev/null; then
	pin="taskset -c ${CPU:-$(($(nproc) - 1))}"
fi

# CPU seconds (user + system) of one run.
cpu() {
	$pin /usr/bin/time -f '%U %S' "$X" --format=text "$@" 2>&1 >/dev/null |
		awk 'END { printf "%.3f\n", $1 + $2 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

with="" without=""
i=0
while [ $i -lt "$RUNS" ]; do
	with="$with $(cpu "$@")"
	without="$without $(cpu --no-analysis "$@")"
	i=$((i + 1))
done
w=$(printf '%s\n' $with | median)
o=$(printf '%s\n' $without | median)
echo "analysis-cost: $what, each read 8 times a run, $RUNS runs"
awk -v w="$w" -v o="$o" 'BEGIN {
	printf "  CPU: %.3f s with the analysis, %.3f s parse alone: %.2fx (target <= 2x)\n", w, o, w / o }'
if [ -n "$instructions" ]; then
	echo "$instructions"
fi

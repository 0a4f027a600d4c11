#!/bin/sh
# bench/run.sh - articlefs against the same tree on tmpfs (issue 5).
#
#   make && sh bench/run.sh              (or: make bench)
#   N=10000 RUNS=5 SCALE="100000" BIG=1 sh bench/run.sh
#
# Builds nothing: expects build/articlefs.  Generates (or reuses) an
# N-story collection under $BENCH_DIR, mounts it under a fresh /tmp
# directory, copies the mount to a tmpfs it mounts beside it, checks that
# names, sizes and bytes are identical, then times both sides alternately
# and prints the medians.  Needs root (tmpfs, drop_caches).  Every mount is
# undone on exit, whatever happens.  See bench/README.md.
#
# Environment:
#   N=10000        stories in the main collection
#   RUNS=5         runs per measurement (the median is reported)
#   COLD_RUNS=$RUNS  runs of the cold grep (each one remounts)
#   DROP=1         0: never drop page caches (when another run shares the machine)
#   SEED=1         generator seed
#   WORD=stadium   what grep -r looks for
#   CACHE=1000     -o cache= for the memory measurement
#   SCALE=100000   extra collection sizes for bytes-per-source (space separated)
#   BIG=1          adds 1000000 to SCALE
#   BENCH_DIR=/var/tmp/articlefs-bench   where collections are kept for reuse
#   STEP_TIMEOUT=600                     seconds any single step may take
#   PARTS="warm cold ls mem views scale" which measurements to make
#   ARTICLEFS=build/articlefs            the binary to measure
#   OUT=file       also write the table (Markdown) to this file
# shellcheck disable=SC2016,SC2034,SC2086
set -eu

N=${N:-10000}
RUNS=${RUNS:-5}
COLD_RUNS=${COLD_RUNS:-$RUNS}
DROP=${DROP:-1}
SEED=${SEED:-1}
WORD=${WORD:-stadium}
CACHE=${CACHE:-1000}
SCALE=${SCALE-100000}
BIG=${BIG:-0}
BENCH_DIR=${BENCH_DIR:-/var/tmp/articlefs-bench}
T=${STEP_TIMEOUT:-600}
OUT=${OUT:-}
PARTS=${PARTS:-warm cold ls mem views scale}
want() { case " $PARTS " in *" $1 "*) return 0 ;; esac; return 1; }
[ "$BIG" = 1 ] && SCALE="$SCALE 1000000"

TOP=$(cd "$(dirname "$0")/.." && pwd)
BIN=${ARTICLEFS:-$TOP/build/articlefs}
GEN=$TOP/bench/gen-collection

say() { printf '%s\n' "$*" >&2; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f\n", k / 1024 }'; }
die() { say "bench: $*"; exit 1; }

[ -x "$BIN" ] || die "no $BIN: run make first"
[ "$(id -u)" = 0 ] || die "needs root (it mounts a tmpfs and drops page caches)"
for c in fusermount3 mountpoint pgrep timeout python3; do
	command -v $c >/dev/null || die "needs $c"
done

WORK=$(mktemp -d /tmp/articlefs-bench.XXXXXX)
MNT=$WORK/mnt
TMPFS=$WORK/tmpfs
TREE=$TMPFS/tree
ROWS=$WORK/rows
mkdir "$MNT" "$TMPFS"
: >"$ROWS"
PID=

cleanup() {
	set +e
	if mountpoint -q "$MNT"; then
		fusermount3 -u "$MNT" 2>/dev/null || umount -l "$MNT"
	fi
	[ -n "$PID" ] && wait_gone "$PID"
	mountpoint -q "$TMPFS" && umount "$TMPFS"
	if ! mountpoint -q "$MNT" && ! mountpoint -q "$TMPFS"; then
		rm -rf "$WORK"
	else
		say "bench: could not unmount under $WORK"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

now() { date +%s.%N; }
# Seconds between two `now` readings.
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.4f\n", b - a }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
	if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
drop_caches() { [ "$DROP" = 0 ] || { sync; echo 3 >/proc/sys/vm/drop_caches; }; }
wait_gone() { # PID: up to 120 s (freeing every story can be slow) for a daemon to exit after its unmount
	i=0
	while kill -0 "$1" 2>/dev/null && [ $i -lt 12000 ]; do sleep 0.01; i=$((i + 1)); done
	! kill -0 "$1" 2>/dev/null
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status"; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$PID/stat"; }
status() { sed -n "s/^$1: //p" "$MNT/.articlefs/status"; }

# run SCRIPT ARGS...: sh -c SCRIPT under the step timeout, output to
# /dev/null; fails the bench on a timeout or an error.  timed VAR SCRIPT ARGS...: the same, appending the
# seconds it took to $VAR.  (No command substitution around these: a
# failure must stop this shell, not a subshell.)
run() {
	run_s=$1
	shift
	rc=0
	timeout "$T" sh -c "$run_s" sh "$@" >/dev/null 2>"$WORK/err" || rc=$?
	[ $rc = 0 ] || { head -n 5 "$WORK/err" >&2; die "failed ($rc): $run_s $*"; }
}
timed() {
	v=$1
	shift
	t0=$(now)
	run "$@"
	eval "$v=\"\${$v:-} $(since "$t0")\""
}

# The operations, on the tree "$1".  grep writes to a file, not to
# /dev/null, because GNU grep stops at the first match when its output is
# /dev/null and would then read almost nothing.
OP_find='find "$1" -type f'
OP_lsR='ls -lR "$1"'
OP_grep='grep -r "$2" "$1" >"$3"; [ $? -le 1 ]' # 1: nothing found
OP_head='[ -d "$1" ] && find "$1" -type f -print0 | xargs -0 head -qn1'
OP_ls_folders='cd "$1" && xargs -d "\n" ls -- <"$2"'
OP_cat='xargs -d "\n" cat -- <"$1"'

mount_afs() { # SOURCE [OPTIONS]: mount (the daemon forks once mounted), find its PID
	timeout "$T" "$BIN" ${2:+-o "$2"} "$1" "$MNT" || die "mount of $1 failed"
	PID=$(pgrep -f -- "$MNT\$" | head -n1)
	[ -n "$PID" ] || die "no daemon for $MNT"
	timeout 30 cat "$MNT/.articlefs/status" >/dev/null || die "$MNT does not answer"
}
umount_afs() {
	[ -n "$PID" ] || return 0
	fusermount3 -u "$MNT" || die "unmount failed"
	wait_gone "$PID" || die "daemon $PID still running after unmount"
	PID=
}

# SOURCE dir for N stories, generated once and reused while its stamp says so.
collection() {
	src=$BENCH_DIR/c$1-s$SEED
	if ! grep -qs "^n=$1 seed=$SEED " "$src.done"; then
		mkdir -p "$BENCH_DIR"
		need=$(($1 * 5 / 1000)) # MB, about 3.5 KB a story plus inodes
		have=$(df -Pm "$BENCH_DIR" | awk 'NR == 2 { print $4 }')
		[ "$have" -gt $((need + 1024)) ] ||
			die "$BENCH_DIR has $have MB free; $1 stories need about $need MB (set BENCH_DIR)"
		say "bench: generating $1 stories in $src"
		timeout "$T" python3 "$GEN" -n "$1" --seed "$SEED" "$src" || die "generator failed"
	fi
	echo "$src"
}

# A row of the table: operation, articlefs, baseline, unit, target ratio
# (or "-"), and for memory rows an absolute target.
row() { printf '%s|%s|%s|%s|%s\n' "$@" >>"$ROWS"; say "  $1: $2 vs $3 $4"; }

SRC=$(collection "$N")
# The folders (relative to SOURCE, which the mount keeps as they are) and
# the stories (g*/f*/* in the generator's layout).
(cd "$SRC" && find . -mindepth 1 -type d | sed 's|^\./||' | sort) >"$WORK/folders"
NFOLDERS=$(wc -l <"$WORK/folders")
say "bench: $N stories in $NFOLDERS folders, $RUNS runs, $(nproc) CPUs"

# --- materialise the tree and check it ---------------------------------
if want warm || want cold; then
	mount -t tmpfs -o size=50% tmpfs "$TMPFS"
	drop_caches
	mount_afs "$SRC"
	t=
	timed t 'cp -r "$1" "$2"' "$MNT" "$TREE"
	say "bench: cp -r of a fresh mount: $t s ($(status parsed) parsed)"
	row "cp -r of a fresh mount (cold, info)" "$t" "-" s "-"
	diff -r --no-dereference -x .articlefs "$MNT" "$TREE" >"$WORK/diff" 2>&1 ||
		{ head -n 20 "$WORK/diff" >&2; die "the mount and its tmpfs copy differ"; }
	listing() { (cd "$1" && find . -path ./.articlefs -prune -o \( -type f -printf '%p f %s\n' \) -o -printf '%p %y\n' | sort); }
	listing "$MNT" >"$WORK/l.mnt"
	listing "$TREE" >"$WORK/l.tmpfs"
	cmp -s "$WORK/l.mnt" "$WORK/l.tmpfs" ||
		{ diff "$WORK/l.mnt" "$WORK/l.tmpfs" | head -n 20 >&2; die "names, types or st_size differ from the bytes read"; }
	FILES=$(grep -c ' f ' "$WORK/l.mnt")
	say "bench: identical: $FILES files, $(wc -l <"$WORK/l.mnt") entries"
fi

# --- warm: second and later passes -------------------------------------
if want warm; then
	for op in find lsR grep; do
		o=
		eval "o=\$OP_$op"
		run "$o" "$MNT" "$WORD" "$TMPFS/grep.out"
		run "$o" "$TREE" "$WORD" "$TMPFS/grep.out" # the first passes, not timed
		a='' b=''
		i=0
		while [ $i -lt "$RUNS" ]; do
			if [ $((i % 2)) = 0 ]; then
				timed a "$o" "$MNT" "$WORD" "$TMPFS/grep.out"
				timed b "$o" "$TREE" "$WORD" "$TMPFS/grep.out"
			else
				timed b "$o" "$TREE" "$WORD" "$TMPFS/grep.out"
				timed a "$o" "$MNT" "$WORD" "$TMPFS/grep.out"
			fi
			i=$((i + 1))
		done
		case $op in find) name="find -type f" ;; lsR) name="ls -lR" ;; grep) name="grep -r $WORD" ;; esac
		row "warm $name" "$(median $a)" "$(median $b)" s 1.5
	done
fi

# --- cold grep: a fresh mount and empty page caches each run -----------
if want cold; then
	a='' b='' c=''
	i=0
	while [ $i -lt "$COLD_RUNS" ]; do
		umount_afs
		drop_caches
		mount_afs "$SRC"
		timed a "$OP_grep" "$MNT" "$WORD" "$TMPFS/grep.out"
		c="$c $(cpu_s)"
		drop_caches
		timed b "$OP_grep" "$TREE" "$WORD" "$TMPFS/grep.out"
		i=$((i + 1))
	done
	row "cold grep -r $WORD (fresh mount)" "$(median $a)" "$(median $b)" s 10
	say "bench: daemon CPU during a cold grep: $(median $c) s; parsed $(status parsed), parses $(status parses)"
fi

# --- mount plus the first ls of every folder ---------------------------
if want ls; then
	a='' b=''
	i=0
	while [ $i -lt "$RUNS" ]; do
		umount_afs
		drop_caches
		t0=$(now)
		mount_afs "$SRC"
		run "$OP_ls_folders" "$MNT" "$WORK/folders"
		a="$a $(since "$t0")"
		drop_caches
		timed b "$OP_head" "$SRC"
		i=$((i + 1))
	done
	row "mount + first ls of $NFOLDERS folders, vs head -qn1" "$(median $a)" "$(median $b)" s 2
	[ "$(status parsed | cut -d' ' -f1)" = 0 ] || say "bench: listing parsed stories: $(status parsed)"
fi

# --- daemon memory -----------------------------------------------------
if want mem; then
	umount_afs
	mount_afs "$SRC" "cache=$CACHE"
	r0=$(rss_kb)
	run "$OP_ls_folders" "$MNT" "$WORK/folders"
	rl=$(rss_kb)
	(cd "$MNT" && find . -mindepth 3 -maxdepth 3 -path './g*/f*/*' | sed 's|^\./||' | sort) >"$WORK/stories"
	head -n "$CACHE" "$WORK/stories" | sed "s|^|$MNT/|; s|$|/body|" >"$WORK/touch1"
	sed "s|^|$MNT/|; s|$|/body|" "$WORK/stories" >"$WORK/touchall"
	run "$OP_cat" "$WORK/touch1"
	r1=$(rss_kb)
	run "$OP_cat" "$WORK/touchall"
	ra=$(rss_kb)
	say "bench: RSS (kB) mounted $r0, folders listed $rl, $CACHE stories read $r1, all $(wc -l <"$WORK/stories") read $ra; $(status cached) cached, $(status parses) parses"
	held=$((r1 - rl))
	row "RSS after reading every story, cache=$CACHE" "$(mb "$ra")" "-" MB "-"
	row "  held by the cache (growth over the first $CACHE)" "$(mb "$held")" "-" MB "-"
	row "  of which beyond the cache (target <= 64 MB)" "$(mb $((ra - held)))" "-" MB "<=64"
	row "  growth from $CACHE to all $N stories read" "$(mb $((ra - r1)))" "-" MB "-"
	row "bytes a source after listing, $N sources" "$(((rl - r0) * 1024 / N))" "-" B "-"
fi

# --- the collection views: build cost against a cold grep ----------------
if want views; then
	a='' b='' w='' m=''
	i=0
	while [ $i -lt "$COLD_RUNS" ]; do
		umount_afs
		drop_caches
		mount_afs "$SRC" "cache=$CACHE"
		timed a 'cat "$1/.quotes.tsv" >/dev/null && ls "$1/.people" >/dev/null' "$MNT"
		m="$m $(awk '/^VmHWM:/ { print $2 }' "/proc/$PID/status")"
		timed w 'cat "$1/.quotes.tsv" "$1/.index.tsv" >/dev/null && ls -R "$1/.people" >/dev/null' "$MNT"
		umount_afs
		drop_caches
		mount_afs "$SRC" "cache=$CACHE"
		timed b "$OP_grep" "$MNT" "$WORD" "$TMPFS/grep.out"
		i=$((i + 1))
	done
	row "views built cold (.quotes.tsv, .people), vs cold grep -r on the mount" "$(median $a)" "$(median $b)" s 1.5
	row "views again, warm (.quotes.tsv, .index.tsv, ls -R .people)" "$(median $w)" "-" s "-"
	row "peak RSS while building the views, cache=$CACHE" "$(awk -v k="$(median $m)" 'BEGIN { printf "%.1f\n", k / 1024 }')" "-" MB "-"
fi

# --- bytes per source at scale ------------------------------------------
if want scale; then
	umount_afs
	for n in $SCALE; do
		s=$(collection "$n")
		(cd "$s" && find . -mindepth 1 -type d | sed 's|^\./||' | sort) >"$WORK/folders.$n"
		drop_caches
		t0=$(now)
		mount_afs "$s"
		r0=$(rss_kb)
		run "$OP_ls_folders" "$MNT" "$WORK/folders.$n"
		t=$(since "$t0")
		rl=$(rss_kb)
		say "bench: $n sources: RSS mounted $r0 kB, listed $rl kB, $(status stories) stories, $(status parsed) parsed"
		umount_afs
		drop_caches
		h=
		timed h "$OP_head" "$s"
		row "mount + first ls of $(wc -l <"$WORK/folders.$n") folders ($n), vs head -qn1" "$t" "$h" s 2
		row "RSS after listing, $n sources" "$(mb "$rl")" "-" MB "-"
		row "bytes a source after listing, $n sources" "$(((rl - r0) * 1024 / n))" "-" B "-"
	done
fi

# --- the table -----------------------------------------------------------
table() {
	awk -F'|' -v md="$1" '
	function fmt(x) { return x == "-" ? "-" : (x + 0 < 10 ? sprintf("%.3f", x) : sprintf("%.1f", x)) }
	{
		ratio = "-"; met = "-"
		if ($3 != "-" && $3 + 0 > 0) ratio = sprintf("%.2f", $2 / $3)
		if ($5 ~ /^<=/) { lim = substr($5, 3) + 0; met = ($2 + 0 <= lim) ? "yes" : "NO"; tgt = "<= " lim " " $4 }
		else if ($5 != "-") { met = (ratio != "-" && ratio + 0 <= $5) ? "yes" : "NO"; tgt = "<= " $5 "x" }
		else tgt = "-"
		unit = ($4 == "s") ? "" : " " $4
		a = fmt($2) unit; b = ($3 == "-") ? "-" : fmt($3) unit
		if ($4 == "B") { a = $2 " B"; b = "-" }
		if (md) printf "| %s | %s | %s | %s | %s | %s |\n", $1, a, b, ratio, tgt, met
		else printf "%-58s %12s %12s %7s %10s %4s\n", $1, a, b, ratio, tgt, met
	}' "$ROWS"
}
{
	echo
	printf '%-58s %12s %12s %7s %10s %4s\n' operation articlefs baseline ratio target met
	table 0
} >&2
if [ -n "$OUT" ]; then
	{
		echo "| operation | articlefs | tmpfs / baseline | ratio | target | met? |"
		echo "| --- | --- | --- | --- | --- | --- |"
		table 1
	} >"$OUT"
fi

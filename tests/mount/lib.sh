# lib.sh - shared by the mount tests: a scratch folder, mounting with a
# time limit, and a trap that unmounts whatever a test mounted, even when
# it fails.  Source it; every step runs under `timeout`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN="$ROOT/build/articlefs"
EXTRACT="$ROOT/build/articlefs-extract"
WORK=$(mktemp -d /tmp/articlefs-test.XXXXXX)
T="timeout -k 5 60"
MOUNTS=()

cleanup() {
	local m
	for m in "${MOUNTS[@]+"${MOUNTS[@]}"}"; do
		if mountpoint -q "$m" 2>/dev/null; then
			timeout 10 fusermount3 -u "$m" 2>/dev/null ||
				timeout 10 fusermount3 -uz "$m" 2>/dev/null ||
				umount -l "$m" 2>/dev/null || true
		fi
	done
	# A daemon whose mount went away under it (a killed test) goes too.
	pkill -KILL -f "articlefs .*$WORK/" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
# A step that fails under `set -e` says which one it was.
trap 'echo "FAIL: ${BASH_SOURCE[0]}:$LINENO: $BASH_COMMAND (exit $?)" >&2' ERR

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# mount_fs SOURCE MOUNTPOINT [articlefs options...]
# With VALGRIND=1 the daemon runs under valgrind in the foreground, and
# unmount_fs fails the test when valgrind found errors or definite leaks.
declare -A VG_PID=()
mount_fs() {
	local src=$1 mnt=$2 tries=100
	shift 2
	mkdir -p "$mnt"
	MOUNTS+=("$mnt")
	if [ -n "${VALGRIND:-}" ]; then
		valgrind -q --error-exitcode=99 --leak-check=full \
			--errors-for-leak-kinds=definite --log-file="$WORK/valgrind.%p" \
			"$BIN" -f "$@" "$src" "$mnt" &
		VG_PID[$mnt]=$!
		tries=600
	else
		$T "$BIN" "$@" "$src" "$mnt" || fail "articlefs $* $src $mnt exited $?"
	fi
	for _ in $(seq $tries); do
		mountpoint -q "$mnt" && return 0
		sleep 0.1
	done
	fail "$mnt did not come up"
}

unmount_fs() {
	$T fusermount3 -u "$1" || fail "cannot unmount $1"
	local pid=${VG_PID[$1]:-} rc=0
	[ -n "$pid" ] || return 0
	unset "VG_PID[$1]"
	timeout 120 tail --pid="$pid" -f /dev/null || fail "valgrind did not exit"
	wait "$pid" || rc=$?
	[ $rc -eq 0 ] || { cat "$WORK"/valgrind.* >&2; fail "valgrind: articlefs exited $rc"; }
}

# expect_eq WHAT GOT WANT
expect_eq() {
	[ "$2" = "$3" ] || fail "$1: got [$2], want [$3]"
}

# Every regular file's st_size equals the bytes a read returns (files
# under paths matching $2, when given, are skipped).  A story whose parse
# fails answers EIO, which find would print; it has no files to check.
check_sizes() {
	local f size bytes n=0
	while IFS= read -r -d '' f; do
		[ -n "${2:-}" ] && [[ $f == $2 ]] && continue
		size=$(stat -c %s "$f")
		bytes=$($T cat "$f" | wc -c)
		[ "$size" = "$bytes" ] || fail "$f: st_size $size, read $bytes bytes"
		n=$((n + 1))
	done < <($T find "$1" -type f -print0 2>/dev/null)
	[ $n -gt 0 ] || fail "no files under $1"
}

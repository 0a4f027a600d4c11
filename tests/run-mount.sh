#!/bin/sh
# Runs each mount test under a time limit; a hung test fails instead of
# hanging the run, and any mount it left behind is taken down.
pass=0 fail=0
for t in "$@"; do
	name=$(basename "$t" .sh)
	if timeout -k 10 300 bash "$t"; then
		echo "mount: $name: ok"
		pass=$((pass + 1))
	else
		echo "mount: $name: FAILED"
		fail=$((fail + 1))
	fi
	# Belt and braces: nothing of ours stays mounted or running.
	grep ' fuse.articlefs ' /proc/mounts | awk '{print $2}' | while read -r m; do
		case "$m" in *articlefs-test*) fusermount3 -uz "$m" 2>/dev/null ;; esac
	done
	pkill -KILL -f 'articlefs .*/articlefs-test\.' 2>/dev/null || true
done
echo "mount: $pass passed, $fail failed"
[ $fail -eq 0 ]

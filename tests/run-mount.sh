#!/bin/sh
# Runs each mount test under a time limit, so that a hung test fails
# instead of hanging the run.  Each test's own trap (tests/mount/lib.sh)
# unmounts what it mounted and stops its daemons, and touches nothing else:
# other trees' tests may be mounting on the same machine.
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
done
echo "mount: $pass passed, $fail failed"
[ $fail -eq 0 ]

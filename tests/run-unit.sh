#!/bin/sh
# Runs each Check program and sums their results into one closing line.
pass=0 fail=0
for t in "$@"; do
	out=$(timeout 300 "$t" 2>&1)
	rc=$?
	echo "$out" | grep -v '^Running suite' | sed "s|^|$(basename "$t"): |"
	# Check prints "NN%: Checks: N, Failures: F, Errors: E"
	line=$(echo "$out" | grep -E '^[0-9]+%: Checks:' | tail -1)
	n=$(echo "$line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
	f=$(echo "$line" | sed -E 's/.*Failures: ([0-9]+), Errors: ([0-9]+).*/\1+\2/')
	if [ -z "$line" ] || [ $rc -ne 0 ]; then
		echo "$(basename "$t"): FAILED (exit $rc)"
		fail=$((fail + 1))
		[ -n "$line" ] && pass=$((pass + n - $f)) && fail=$((fail + $f))
		continue
	fi
	pass=$((pass + n - $f))
	fail=$((fail + $f))
done
echo "unit: $pass passed, $fail failed"
[ $fail -eq 0 ]

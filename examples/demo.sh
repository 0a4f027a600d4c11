#!/bin/sh
# demo.sh - mount the sample collection and show it off with plain Unix tools.
#
#   sh examples/demo.sh BINARY SOURCE MOUNTPOINT      (what `make demo` runs)
#
# Leaves the collection mounted so that you can keep exploring; `make umount`
# unmounts it.  Every command runs under `timeout` so that a wedged mount
# cannot hang the demo.
if [ $# -ne 3 ]; then
	echo "usage: sh examples/demo.sh BINARY SOURCE MOUNTPOINT" >&2
	exit 2
fi
bin=$1 src=$2 mnt=$3

die() {
	echo "demo: $*" >&2
	exit 1
}

[ -x "$bin" ] || die "$bin is not built (run make)"
[ -e "$src" ] || die "$src does not exist"
# Spelt out rather than resolved: a mount whose daemon died cannot be
# stat'ed, and it is the one we most need to recognise.
case $mnt in
/*) abs=$mnt ;;
*) abs=$(pwd -P)/${mnt#./} ;;
esac
abs=${abs%/}

# /proc/mounts spells a space in a path as \040; our mountpoint has none.
mounted() {
	grep -qs " $abs fuse" /proc/mounts
}

# A mount left from an earlier demo, alive or with its daemon gone
# ("Transport endpoint is not connected"), would make the new one fail.
if mounted; then
	echo "demo: unmounting the earlier mount on $mnt"
	timeout 10 fusermount3 -u "$mnt" 2>/dev/null ||
		timeout 10 fusermount3 -uz "$mnt" 2>/dev/null ||
		timeout 10 umount "$mnt" 2>/dev/null ||
		die "cannot unmount the earlier mount on $mnt; try: fusermount3 -uz $mnt"
fi
mkdir -p "$mnt" || die "cannot create $mnt"

if ! timeout 10 "$bin" "$src" "$mnt"; then
	die "$bin could not mount $src on $mnt (is /dev/fuse there, and fusermount3 installed?)"
fi

# The daemon returns once it has mounted; wait until the tree answers.
# shellcheck disable=SC2016 # expanded by the inner shell
if ! timeout 10 sh -c '
	until grep -qs " $1 fuse" /proc/mounts && [ -r "$2/.articlefs/status" ]; do
		sleep 0.1
	done' sh "$abs" "$mnt"; then
	timeout 10 fusermount3 -u "$mnt" 2>/dev/null
	die "the mount on $mnt did not answer within 10 seconds"
fi

# Shows a command, then runs it.
show() {
	printf '\n$ %s\n' "$*"
	timeout 10 sh -c "$*" || true
}

# The seed article's story, found by its source rather than by its name.
seed=$(timeout 10 grep -l '^000_f782ad85fe8f0b8e\.txt$' "$mnt"/*/source 2>/dev/null |
	head -n 1)
if [ -n "$seed" ]; then
	story=$(dirname "$seed")
else
	story=$mnt/zelensky-tells-vance-ukraine-wants-security-guarantees-before-talks-to-end-war
fi

echo "== $src is mounted on $mnt: one directory per story =="
show "ls $mnt"
echo
echo "== one story: every field is a file =="
show "ls $story"
show "cat $story/headline"
show "cat $story/byline"
show "ls $story/paragraphs | head -n 5"
echo
echo "== grep works across stories =="
show "grep -rl peace $mnt/*/paragraphs"
echo
echo "== quotations, one file each, named by speaker =="
show "ls $mnt/*/quotes"
echo
echo "== people, with the roles the stories give them =="
show "grep -r . $mnt/*/people/*/titles | sed 's|.*/people/||'"
echo
echo "== what articlefs has parsed so far =="
show "cat $mnt/.articlefs/status"
echo
echo "$mnt is still mounted: try the recipes in examples/README.md."
echo "\`make umount\` unmounts it."

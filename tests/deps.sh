#!/bin/sh
# Makes sure the libraries articlefs builds against are there.  On a fresh
# Debian machine, as root, installs them with apt-get; otherwise prints the
# exact command to run.  PKGS (pkg-config names) and APT_PKGS come from make.
missing=
for p in $PKGS; do
	pkg-config --exists "$p" 2>/dev/null || missing="$missing $p"
done
# fusermount3 and getfattr are needed at run time, not to build.
command -v fusermount3 >/dev/null 2>&1 || missing="$missing fusermount3"
command -v getfattr >/dev/null 2>&1 || missing="$missing getfattr"
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends $APT_PKGS"
echo "articlefs: missing:$missing"
if [ "$(id -u)" -ne 0 ]; then
	echo "articlefs: run as root:  apt-get update && $cmd" >&2
	exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "articlefs: no apt-get here; install the equivalents of: $APT_PKGS" >&2
	exit 1
fi
echo "articlefs: installing with: $cmd"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || exit 1
$cmd >/dev/null || exit 1
for p in $PKGS; do
	pkg-config --exists "$p" || { echo "articlefs: $p still missing" >&2; exit 1; }
done

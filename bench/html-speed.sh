#!/bin/sh
# html-speed.sh - how fast articlefs-extract reads saved web pages, beside
# readability-lxml (Debian's python3-readability) and Mozilla Readability
# (npm @mozilla/readability with jsdom), on the same pages in one go.
#
#   sh bench/html-speed.sh [PAGES_DIR]
#
# PAGES_DIR defaults to ../shared/corpus/readability (its */source.html);
# without it the script says so and times the project's own fixtures.
# Each tool reads the files itself and extracts the article (headline and
# body); the figure is pages per second of CPU time (user + system, one
# core each), which other work on the machine disturbs far less than
# wall-clock time.
# The two comparisons are installed when missing: python3-readability with
# apt-get (as root), the npm packages under ~/.cache/articlefs-bench, so
# nothing lands in the repository.  A benchmark, not a test: it fails only
# when a tool cannot run.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
extract=${EXTRACT:-build/articlefs-extract}
corpus=${1:-../shared/corpus/readability}
cache=${ARTICLEFS_BENCH_CACHE:-$HOME/.cache/articlefs-bench}
rounds=${ROUNDS:-20}

list=$(mktemp)
trap 'rm -f "$list" "$list.py" "$list.js" "$list.cpu.py"' EXIT
if [ -d "$corpus" ]; then
	ls "$corpus"/*/source.html >"$list" 2>/dev/null || true
fi
if [ ! -s "$list" ]; then
	echo "html-speed: no corpus at $corpus; timing tests/fixtures/html instead (numbers are not comparable)"
	ls tests/fixtures/html/*.html >"$list"
fi
n=$(wc -l <"$list")
bytes=$(cat $(cat "$list") | wc -c)
echo "html-speed: $n pages, $((bytes / 1024)) KiB, on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"

[ -x "$extract" ] || make -s "$extract"

# --- the comparisons, installed if missing -------------------------------
python=${PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=python3
if ! "$python" -c 'import readability' 2>/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "html-speed: installing python3-readability"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			--no-install-recommends python3-readability >/dev/null
	fi
fi
if [ ! -d "$cache/node_modules/@mozilla/readability" ] ||
	[ ! -d "$cache/node_modules/jsdom" ]; then
	echo "html-speed: installing @mozilla/readability and jsdom in $cache"
	mkdir -p "$cache"
	npm install --silent --prefix "$cache" @mozilla/readability jsdom >/dev/null
fi

rate() { echo "$1 $2" | awk '{ printf "%.1f", $1 / $2 }'; }

# --- articlefs-extract: all pages per process, several rounds -------------
# CPU seconds (user + system) of the child processes, which a busy machine
# disturbs far less than wall-clock time.
cat >"$list.cpu.py" <<'EOF'
import resource, subprocess, sys
rounds, extract, listfile = int(sys.argv[1]), sys.argv[2], sys.argv[3]
pages = [l.strip() for l in open(listfile) if l.strip()]
for _ in range(rounds):
    subprocess.run([extract, "--format=html"] + pages,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(len(pages) * rounds / (r.ru_utime + r.ru_stime))
EOF
afs=$("$python" "$list.cpu.py" "$rounds" "$extract" "$list") || {
	echo "html-speed: $extract did not run" >&2
	exit 1
}
afs=$(rate "$afs" 1)
echo "articlefs-extract:  $afs pages/s ($rounds rounds)"

# --- readability-lxml -----------------------------------------------------
# Debian's package is for the system's Python, whatever python3 the PATH
# finds first.
cat >"$list.py" <<'EOF'
import sys, time
from readability import Document
pages = [l.strip() for l in open(sys.argv[1]) if l.strip()]
t = time.process_time()
for p in pages:
    html = open(p, "rb").read()
    d = Document(html)
    d.title()
    d.summary()
print(len(pages) / (time.process_time() - t))
EOF
py=$("$python" "$list.py" "$list" 2>/dev/null) || py=
if [ -n "$py" ]; then
	py=$(rate "$py" 1)
	echo "readability-lxml:   $py pages/s"
else
	echo "readability-lxml:   could not run (python3-readability missing)"
fi

# --- Mozilla Readability on jsdom ------------------------------------------
cat >"$list.js" <<'EOF'
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const pages = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
const quiet = new VirtualConsole();
const t = process.cpuUsage();
for (const p of pages) {
	const html = fs.readFileSync(p, "utf8");
	const dom = new JSDOM(html, { url: "https://example.org/", virtualConsole: quiet });
	new Readability(dom.window.document).parse();
	dom.window.close();
}
const u = process.cpuUsage(t);
const secs = (u.user + u.system) / 1e6;
console.log(pages.length / secs);
EOF
js=$(NODE_PATH="$cache/node_modules" node "$list.js" "$list" 2>/dev/null) || js=
if [ -n "$js" ]; then
	js=$(rate "$js" 1)
	echo "Readability.js:     $js pages/s"
else
	echo "Readability.js:     could not run (node, jsdom or @mozilla/readability missing)"
fi

[ -n "$py" ] && echo "articlefs vs readability-lxml: $(rate "$afs" "$py")x (target 20x)"
[ -n "$js" ] && echo "articlefs vs Readability.js:   $(rate "$afs" "$js")x (target 100x)"
exit 0

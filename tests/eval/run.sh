#!/bin/sh
# Scores articlefs-extract against the development corpora beside the
# project (../shared/corpus), when they are there: quotes and speakers on
# PolNeAR's dev split (tuning happens on train: SPLIT=train make eval).
# The corpora are never copied into the project.
extract=${1:-build/articlefs-extract}
shared=${SHARED:-../shared}
split=${SPLIT:-dev}
if [ ! -x "$shared/tools/eval-quotes" ] || [ ! -d "$shared/corpus/polnear" ]; then
	echo "eval: no corpus at $shared/corpus/polnear (set SHARED=...); skipped"
	exit 0
fi
echo "== quotes and speakers: PolNeAR $split"
python3 "$shared/tools/eval-quotes" --extract "$extract" --split "$split" || exit 1
if [ -x "$shared/tools/eval-html" ] && [ -d "$shared/corpus/readability" ]; then
	echo "== HTML extraction: readability pages"
	python3 "$shared/tools/eval-html" --extract "$extract" || exit 1
fi

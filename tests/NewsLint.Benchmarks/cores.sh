#!/usr/bin/env bash
# Whether this machine's cores slow each other down: the native `newslint check -j 1` over the 2,000-article corpus
# alone, then two such runs at the same time, then one run with -j 2. If two single-threaded runs at once each take
# longer than one alone, no program gets 2x from 2 cores here (shared physical core, cache or memory bandwidth).
# Usage: tests/NewsLint.Benchmarks/cores.sh [RUNS]   (default 3)
source "$(dirname "$0")/scripts/common.sh"
RUNS="${1:-3}"

build_release
CORPUS="$WORK/cli-corpus-2000"
[ -d "$CORPUS" ] || generate_corpus "$CORPUS" 2000 >&2
"$NEWSLINT_AOT" check "$CORPUS" -j 1 >/dev/null 2>&1 || true   # warm the page cache

wall() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }
echo "| Run | one -j 1 alone | two -j 1 at once (each) | one -j 2 |"
echo "|---|---:|---:|---:|"
for run in $(seq "$RUNS"); do
  alone=$(wall "$NEWSLINT_AOT" check "$CORPUS" -j 1)
  wall "$NEWSLINT_AOT" check "$CORPUS" -j 1 >"$WORK/cores.a" &
  b=$(wall "$NEWSLINT_AOT" check "$CORPUS" -j 1)
  wait
  both=$(cat "$WORK/cores.a")
  j2=$(wall "$NEWSLINT_AOT" check "$CORPUS" -j 2)
  echo "| $run | $alone s | $both s, $b s | $j2 s |"
done

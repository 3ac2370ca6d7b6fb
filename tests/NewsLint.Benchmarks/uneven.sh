#!/usr/bin/env bash
# Two cores on an uneven archive: 3,000 ordinary generated articles (folder a/) then 500 long ones (b/, each six
# generated articles put together), so the second half of the files by name holds most of the text. A run split into
# fixed halves waits for the long ones; processes that claim chunks as they go do not. Native CLI, whole process.
# Usage: tests/NewsLint.Benchmarks/uneven.sh [RUNS]   (default: 5 interleaved rounds)
source "$(dirname "$0")/scripts/common.sh"
RUNS="${1:-5}"

build_release
SOURCE="$WORK/cli-corpus-10000"
[ -d "$SOURCE" ] || generate_corpus "$SOURCE" 10000 >&2
CORPUS="$WORK/uneven-3500"
if [ ! -d "$CORPUS" ]; then
  mkdir -p "$CORPUS/a" "$CORPUS/b"
  (cd "$SOURCE/articles" && find en id -name '*.md' | sort >"$WORK/uneven.list")
  head -n 3000 "$WORK/uneven.list" | while read -r f; do cp "$SOURCE/articles/$f" "$CORPUS/a/$(basename "$f")"; done
  tail -n 3000 "$WORK/uneven.list" | paste -d' ' - - - - - - | awk '{print NR, $0}' | while read -r n f1 f2 f3 f4 f5 f6; do
    (cd "$SOURCE/articles" && cat "$f1" "$f2" "$f3" "$f4" "$f5" "$f6") >"$CORPUS/b/long-$(printf '%03d' "$n").md"
  done
fi
BYTES=$(corpus_bytes "$CORPUS")

cd "$CORPUS"
"$NEWSLINT_AOT" check . >/dev/null 2>&1 || true   # warm the page cache
CMD_A=("$NEWSLINT_AOT" check . -j 1); CMD_B=("$NEWSLINT_AOT" check . -j 2)
interleaved "$RUNS" "-j 1, native" "-j 2, native"
ONE=$WALL_A; ONE_CPU=$CPU_A; TWO=$WALL_B; TWO_CPU=$CPU_B
awk -v bytes="$BYTES" -v pairs="$PAIR_RATIO" -v one="$ONE" -v two="$TWO" -v onec="$ONE_CPU" -v twoc="$TWO_CPU" -v runs="$RUNS" -v machine="$(machine_line)" 'BEGIN {
  printf "Corpus: 3,000 articles and 500 six-article ones, %.1f MB. Machine: %s\n\n", bytes / 1e6, machine
  printf "| newslint check, native (median of %d interleaved rounds) | Wall time | CPU time |\n|---|---:|---:|\n", runs
  printf "| -j 1 | %.2f s | %.2f s |\n| -j 2 | %.2f s | %.2f s |\n\nSpeed-up on 2 cores: %.2fx by the medians, %.2fx by the median of the ratios of the interleaved rounds\n", one, onec, two, twoc, one / two, pairs
}'

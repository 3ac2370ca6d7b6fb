#!/usr/bin/env bash
# `newslint check` over 10,000 generated files (about 58 MB): wall time and peak memory with 1 thread (-j 1) and with
# all cores (default), whole process. The target: 2 cores give at least 1.8x one core.
# Usage: tests/NewsLint.Benchmarks/cli-scaling.sh [COUNT] [RUNS]   (defaults 10000 files, 3 interleaved rounds)
source "$(dirname "$0")/scripts/common.sh"
COUNT="${1:-10000}"
RUNS="${2:-3}"

build_release
CORPUS="$WORK/cli-corpus-$COUNT"
[ -d "$CORPUS" ] || generate_corpus "$CORPUS" "$COUNT" >&2
BYTES=$(corpus_bytes "$CORPUS")
CORES=$(nproc)

cd "$CORPUS"
"$NEWSLINT" check . >/dev/null 2>&1 || true   # warm the page cache
CMD_A=("$NEWSLINT" check . -j 1); CMD_B=("$NEWSLINT" check .)
interleaved "$RUNS" "-j 1" "all cores"
ONE=$WALL_A; ONE_KB=$PEAK_KB_A; ONE_CPU=$CPU_A; ALL=$WALL_B; ALL_KB=$PEAK_KB_B; ALL_CPU=$CPU_B; PAIRS=$PAIR_RATIO
CMD_A=("$NEWSLINT_AOT" check . -j 1); CMD_B=("$NEWSLINT_AOT" check .)
interleaved "$RUNS" "-j 1, native" "all cores, native"
RONE=$WALL_A; RONE_KB=$PEAK_KB_A; RONE_CPU=$CPU_A; RALL=$WALL_B; RALL_KB=$PEAK_KB_B; RALL_CPU=$CPU_B; RPAIRS=$PAIR_RATIO

awk -v bytes="$BYTES" -v count="$COUNT" -v cores="$CORES" -v machine="$(machine_line)" \
    -v one="$ONE" -v onem="$ONE_KB" -v all="$ALL" -v allm="$ALL_KB" -v onec="$ONE_CPU" -v allc="$ALL_CPU" -v runs="$RUNS" \
    -v pairs="$PAIRS" -v rpairs="$RPAIRS" -v rone="$RONE" -v ronem="$RONE_KB" -v ronec="$RONE_CPU" -v rall="$RALL" -v rallm="$RALL_KB" -v rallc="$RALL_CPU" 'BEGIN {
  printf "Corpus: %d files, %.1f MB (seed 42). Machine: %s\n\n", count, bytes / 1e6, machine
  printf "| newslint check (median of %d interleaved rounds) | Wall time | MB/s | Articles/s | CPU time | Peak memory |\n|---|---:|---:|---:|---:|---:|\n", runs
  printf "| -j 1 | %.2f s | %.1f | %.0f | %.2f s | %d MB |\n", one, bytes / 1e6 / one, count / one, onec, onem / 1024
  printf "| all %d cores | %.2f s | %.1f | %.0f | %.2f s | %d MB |\n", cores, all, bytes / 1e6 / all, count / all, allc, allm / 1024
  printf "| -j 1, native (AOT) publish | %.2f s | %.1f | %.0f | %.2f s | %d MB |\n", rone, bytes / 1e6 / rone, count / rone, ronec, ronem / 1024
  printf "| all %d cores, native (AOT) publish | %.2f s | %.1f | %.0f | %.2f s | %d MB |\n", cores, rall, bytes / 1e6 / rall, count / rall, rallc, rallm / 1024
  printf "\nSpeed-up on %d cores: %.2fx (native: %.2fx) by the medians; %.2fx (native: %.2fx) by the median of the ratios of the rounds (each round runs -j 1 and all cores back to back, alternating which goes first). CPU time / wall time with all cores: %.2f (%.2f): below %d, the process did not get %d cores.\n", cores, one / all, rone / rall, pairs, rpairs, allc / all, rallc / rall, cores, cores
}'

#!/usr/bin/env bash
# BenchmarkDotNet on one thread: Markdig alone, the engine's parse, the full engine and each rule family per article of
# the 200-article corpus (EngineBenchmarks), and one article at 5 KB, 50 KB and 500 KB (LinearityBenchmarks).
# Prints the GitHub-markdown tables. Usage: tests/NewsLint.Benchmarks/engine-bench.sh [--quick] [FILTER]
source "$(dirname "$0")/scripts/common.sh"
QUICK=()
if [ "${1:-}" = "--quick" ]; then QUICK=(--quick); shift; fi
FILTER="${1:-*}"

build_release
ARTIFACTS="$WORK/bdn"
rm -rf "$ARTIFACTS"
"$GENERATOR" "${QUICK[@]}" --filter "$FILTER" --artifacts "$ARTIFACTS" > "$WORK/bdn.log" 2>&1 || { tail -30 "$WORK/bdn.log"; exit 1; }
echo "Machine: $(machine_line)"
for report in "$ARTIFACTS"/results/*-report-github.md; do
  echo
  echo "#### $(basename "$report" -report-github.md | sed 's/^NewsLint\.Benchmarks\.//')"
  # Keep the table and the job line; BenchmarkDotNet's environment block is summarised by the machine line above.
  grep -E '^\||^Job=|^[A-Za-z]+=.*  ' "$report" | sed 's/^Job=/\nJob=/'
done

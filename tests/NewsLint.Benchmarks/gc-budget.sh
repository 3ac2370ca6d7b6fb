#!/usr/bin/env bash
# The native CLI's first-generation GC budget: the 10,000-file corpus with -j 1 and -j 2 under each budget, interleaved
# (every round runs every budget once, so a slow minute hits all of them), medians of the rounds. The native build has
# 4 MB built in (NewsLint.Cli.csproj); DOTNET_GCgen0size overrides it for a run, and 0 gives the runtime's default.
# Usage: tests/NewsLint.Benchmarks/gc-budget.sh [ROUNDS] [BUDGET...]   (default 5 rounds; budgets in hexadecimal bytes,
# default "0 400000 800000": the runtime's default, 4 MB, 8 MB)
source "$(dirname "$0")/scripts/common.sh"
ROUNDS="${1:-5}"
shift || true
BUDGETS=("$@")
[ ${#BUDGETS[@]} -gt 0 ] || BUDGETS=(0 400000 800000)

build_release
CORPUS="$WORK/cli-corpus-10000"
[ -d "$CORPUS" ] || generate_corpus "$CORPUS" 10000 >&2
cd "$CORPUS"
"$NEWSLINT_AOT" check . -j 1 >/dev/null 2>&1 || true   # warm the page cache

declare -A walls peaks faults
for _ in $(seq "$ROUNDS"); do
  for budget in "${BUDGETS[@]}"; do
    for j in 1 2; do
      report="$WORK/gc-budget.$$"
      DOTNET_GCgen0size="$budget" /usr/bin/time -f '%e %M %R' -o "$report" "$NEWSLINT_AOT" check . -j "$j" >/dev/null 2>&1 || true
      read -r wall peak minor <"$report"
      walls[$budget,$j]+="$wall "
      peaks[$budget,$j]=$peak
      faults[$budget,$j]=$minor
      rm -f "$report"
    done
  done
done

echo "Corpus: 10000 files, $ROUNDS interleaved rounds. Machine: $(machine_line)"
echo
echo "| DOTNET_GCgen0size | -j 1 (median) | -j 2 (median) | -j 1 / -j 2 | peak memory -j 1, -j 2 | page faults -j 1, -j 2 | all -j 1 runs | all -j 2 runs |"
echo "|---|---:|---:|---:|---:|---:|---|---|"
for budget in "${BUDGETS[@]}"; do
  # shellcheck disable=SC2086
  one=$(median ${walls[$budget,1]}); two=$(median ${walls[$budget,2]})
  label=$budget; [ "$budget" = 0 ] && label="0 (runtime default)"
  printf '| %s | %s s | %s s | %.2fx | %d, %d MB | %d, %d | %s| %s|\n' "$label" "$one" "$two" \
    "$(awk -v a="$one" -v b="$two" 'BEGIN { print a / b }')" $((peaks[$budget,1] / 1024)) $((peaks[$budget,2] / 1024)) \
    "${faults[$budget,1]}" "${faults[$budget,2]}" "${walls[$budget,1]}" "${walls[$budget,2]}"
done

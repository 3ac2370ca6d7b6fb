# Shared by the benchmark scripts: repository paths, Release builds, and a whole-process timer.
# shellcheck shell=bash
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK="${NL_BENCH_WORK:-/tmp/newslint-bench}"
mkdir -p "$WORK"

# build_release: $NEWSLINT is the CLI as `dotnet tool install` gives it (framework-dependent, JIT-compiled);
# $NEWSLINT_AOT the same CLI published native (-p:NewsLintAot=true: ahead-of-time compiled, no JIT, starts in
# milliseconds) for this machine's runtime identifier.
build_release() {
  dotnet build "$REPO_ROOT/src/NewsLint.Cli" -c Release -nologo -v q -o "$WORK/cli" >/dev/null
  local rid
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish "$REPO_ROOT/src/NewsLint.Cli" -c Release -r "$rid" -p:NewsLintAot=true \
    -nologo -v q -o "$WORK/cli-aot" >/dev/null
  dotnet build "$BENCH_DIR" -c Release -nologo -v q >/dev/null
  NEWSLINT="$WORK/cli/newslint"
  NEWSLINT_AOT="$WORK/cli-aot/newslint"
  GENERATOR="$BENCH_DIR/bin/Release/net10.0/NewsLint.Benchmarks"
}

# generate_corpus OUTDIR COUNT: the deterministic corpus (seed 42), written afresh.
generate_corpus() {
  rm -rf "$1"
  "$GENERATOR" corpus "$1" --count "$2" --seed 42
}

corpus_bytes() { find "$1" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1; }

# measure LABEL COMMAND...: whole-process wall seconds, peak RSS (KB) and CPU seconds (user + system) into $WALL,
# $PEAK_KB and $CPU. On a loaded machine CPU time is the steadier figure; wall time is what a user waits.
# The command's output is discarded; its exit code is ignored (linters exit non-zero when they find something).
measure() {
  local label="$1"; shift
  local report="$WORK/time.$$"
  /usr/bin/time -f '%e %M %U %S' -o "$report" "$@" >/dev/null 2>&1 || true
  local user system
  read -r WALL PEAK_KB user system < <(tail -n 1 "$report")
  CPU=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  rm -f "$report"
  echo "  $label: ${WALL}s wall, ${CPU}s CPU, peak ${PEAK_KB} KB" >&2
}

# median_of RUNS LABEL COMMAND...: median wall and CPU time of RUNS runs into $WALL and $CPU (the last run's $PEAK_KB).
median_of() {
  local runs="$1" label="$2"; shift 2
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    measure "$label" "$@"
    walls+=("$WALL")
    cpus+=("$CPU")
  done
  WALL=$(median "${walls[@]}")
  CPU=$(median "${cpus[@]}")
}

# interleaved RUNS LABEL_A LABEL_B: RUNS rounds of the commands in the arrays CMD_A and CMD_B, alternating which runs
# first, so that this machine's drift from minute to minute (±30% within a session) falls on both alike. Medians into
# $WALL_A, $CPU_A, $WALL_B, $CPU_B (peak memory of the last runs into $PEAK_KB_A, $PEAK_KB_B), and the median of the
# rounds' own ratios of wall time, A over B, into $PAIR_RATIO.
interleaved() {
  local runs="$1" label_a="$2" label_b="$3"
  local walls_a=() walls_b=() cpus_a=() cpus_b=() ratios=() wall_a wall_b
  for round in $(seq "$runs"); do
    if [ $((round % 2)) = 1 ]; then
      measure "$label_a" "${CMD_A[@]}"; wall_a=$WALL; cpus_a+=("$CPU"); PEAK_KB_A=$PEAK_KB
      measure "$label_b" "${CMD_B[@]}"; wall_b=$WALL; cpus_b+=("$CPU"); PEAK_KB_B=$PEAK_KB
    else
      measure "$label_b" "${CMD_B[@]}"; wall_b=$WALL; cpus_b+=("$CPU"); PEAK_KB_B=$PEAK_KB
      measure "$label_a" "${CMD_A[@]}"; wall_a=$WALL; cpus_a+=("$CPU"); PEAK_KB_A=$PEAK_KB
    fi
    walls_a+=("$wall_a"); walls_b+=("$wall_b")
    ratios+=("$(awk -v a="$wall_a" -v b="$wall_b" 'BEGIN { printf "%.4f", a / b }')")
  done
  WALL_A=$(median "${walls_a[@]}"); CPU_A=$(median "${cpus_a[@]}")
  WALL_B=$(median "${walls_b[@]}"); CPU_B=$(median "${cpus_b[@]}")
  PAIR_RATIO=$(median "${ratios[@]}")
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

machine_line() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET $(dotnet --version)"
}

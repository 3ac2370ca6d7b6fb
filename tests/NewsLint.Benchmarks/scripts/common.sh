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

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

machine_line() {
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET $(dotnet --version)"
}

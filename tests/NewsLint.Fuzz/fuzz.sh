#!/usr/bin/env bash
# Builds the harness, instruments the engine and Markdig with SharpFuzz, and runs AFL++ on them.
# Usage: tests/NewsLint.Fuzz/fuzz.sh [out-dir] [extra afl-fuzz args, e.g. -V 3600]   (see docs/fuzzing.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../artifacts/fuzz}"
shift || true
bin="$out/bin"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "sharpfuzz missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; exit 2; }

rm -rf "$bin"
dotnet publish "$here/NewsLint.Fuzz.csproj" -c Release -o "$bin" --nologo -v q
for dll in NewsLint.Engine.dll Markdig.dll; do
  sharpfuzz "$bin/$dll"
done

mkdir -p "$out/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# Resume when findings exist, else start from the seeds.
input="$here/seeds"
if [ -d "$out/findings/default/queue" ]; then input="-"; fi
exec afl-fuzz -i "$input" -o "$out/findings" -t 10000 -m none -x "$here/markdown.dict" "$@" -- dotnet "$bin/NewsLint.Fuzz.dll"

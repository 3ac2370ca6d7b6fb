#!/usr/bin/env bash
# `dotnet build` of a content repository of 1,000 generated articles wired to this repository's SDK and analyzer
# (as tests/Newsroom is): cold (no obj/, compiler server stopped), no change, and one article changed (server warm).
# Reports wall time, whether CoreCompile ran, and the analyzer's own time from -p:ReportAnalyzer=true.
# The compiler server is asked for explicitly (-p:UseSharedCompilation=true): some environments turn it off, and
# without it every build is a new process whose analyzer cache starts empty.
# Usage: tests/NewsLint.Benchmarks/build-bench.sh [COUNT]   (default 1000 articles)
source "$(dirname "$0")/scripts/common.sh"
COUNT="${1:-1000}"

build_release
dotnet build "$REPO_ROOT/src/NewsLint.Analyzers" -c Release -nologo -v q >/dev/null
CONTENT="$WORK/content-repo"
generate_corpus "$CONTENT" "$COUNT" >&2
# A content repository of its own: the NewsLint code base's build settings stop here.
echo '<Project />' > "$CONTENT/Directory.Build.props"
echo '<Project />' > "$CONTENT/Directory.Build.targets"
cat > "$CONTENT/Content.csproj" <<XML
<Project>
  <PropertyGroup>
    <NewsLintAnalyzerProject>$REPO_ROOT/src/NewsLint.Analyzers/NewsLint.Analyzers.csproj</NewsLintAnalyzerProject>
  </PropertyGroup>
  <Import Project="$REPO_ROOT/src/NewsLint.Sdk/Sdk/Sdk.props" />
  <Import Project="$REPO_ROOT/src/NewsLint.Sdk/Sdk/Sdk.targets" />
</Project>
XML

cd "$CONTENT"
dotnet restore -nologo -v q >/dev/null

# build LABEL: one build; sets WALL, COMPILED (yes/no) and ANALYZER (seconds NewsLintAnalyzer took, or -).
build() {
  local log="$WORK/build-$1.log"
  local start end
  start=$(date +%s.%N)
  dotnet build -c Release --no-restore -nologo -v d -p:ReportAnalyzer=true -p:UseSharedCompilation=true > "$log" 2>&1 \
    || { tail -20 "$log"; exit 1; }
  end=$(date +%s.%N)
  WALL=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
  if grep -q 'Total analyzer execution time' "$log"; then COMPILED=yes; else COMPILED=no; fi
  ANALYZER=$(grep -m1 -E '^ +[0-9.<]+ +[0-9<]+ +NewsLint\.Analyzers\.NewsLintAnalyzer' "$log" | awk '{print $1}' || true)
  [ -n "$ANALYZER" ] || ANALYZER=-
  echo "  $1: ${WALL}s, CoreCompile ran: $COMPILED, analyzer: ${ANALYZER}s" >&2
}

dotnet build-server shutdown >/dev/null 2>&1 || true
rm -rf obj bin
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT
dotnet restore -nologo -v q >/dev/null
build cold;      COLD=($WALL $COMPILED $ANALYZER)
build no-change; SAME=($WALL $COMPILED $ANALYZER)
# awk reads all of sort's output: with pipefail, head -1 could leave sort to die of SIGPIPE and stop the script.
ONE=$(find articles -name '*.md' | sort | awk 'NR == 1')
printf '\nOn Monday, 16 May 2022, the ministry said nothing new.\n' >> "$ONE"
build one-changed; ONECH=($WALL $COMPILED $ANALYZER)

echo "Content repository: $COUNT articles. Machine: $(machine_line)"
echo
echo "| dotnet build | Wall time | CoreCompile ran | NewsLintAnalyzer time (ReportAnalyzer) |"
echo "|---|---:|---|---:|"
echo "| cold (server stopped, no obj/) | ${COLD[0]} s | ${COLD[1]} | ${COLD[2]} s |"
echo "| no change | ${SAME[0]} s | ${SAME[1]} | ${SAME[2]} s |"
echo "| one article changed (server warm) | ${ONECH[0]} s | ${ONECH[1]} | ${ONECH[2]} s |"

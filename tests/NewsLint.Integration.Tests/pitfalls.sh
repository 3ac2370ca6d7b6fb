#!/usr/bin/env bash
# Re-runs the build-integration experiments of docs/build-integration.md: each one removes one safeguard from a scratch
# copy of the repository and builds tests/Newsroom cold, printing the NewsLint, AD and CS lines and the exit code.
# Usage: tests/NewsLint.Integration.Tests/pitfalls.sh [scratch-dir]      (about 10 minutes on 2 cores)
set -u
src="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${1:-/tmp/newslint-pitfalls}"
fresh() {
  rm -rf "$scratch/repo"; mkdir -p "$scratch/repo/tests"
  (cd "$src" && cp -r src rules Directory.Build.props nuget.config .editorconfig "$scratch/repo/" && cp -r tests/Newsroom "$scratch/repo/tests/")
  rm -rf "$scratch"/repo/src/*/bin "$scratch"/repo/src/*/obj "$scratch/repo/tests/Newsroom/bin" "$scratch/repo/tests/Newsroom/obj"
  cd "$scratch/repo"
}
build() {
  dotnet build tests/Newsroom -p:UseSharedCompilation=false -nodeReuse:false "$@" 2>&1 \
    | grep -E "warning NL|error NL|info NL|AD0001|CS9057|Build succeeded|Build FAILED" \
    | sed -E 's#^[^ ]*/tests/Newsroom/#  #; s# \[[^]]*\]$##' | cut -c1-160 | sort -u
  echo "  exit=${PIPESTATUS[0]}"
}
analyzer=src/NewsLint.Analyzers/NewsLint.Analyzers.csproj
targets=src/NewsLint.Analyzers/build/NewsLint.Analyzers.targets

echo "== 1 as shipped"; fresh; build --no-incremental
echo "== 2 dependencies not handed to csc (no GetTargetPath addition)"; fresh
sed -i 's#<GetTargetPathDependsOn>.*</GetTargetPathDependsOn>##' $analyzer; build --no-incremental
echo "== 3 analyzer built against Microsoft.CodeAnalysis.Common 5.12.0, newer than the SDK's compiler"; fresh
sed -i 's#Microsoft.CodeAnalysis.Common" Version="4.8.0"#Microsoft.CodeAnalysis.Common" Version="5.12.0"#; s#Microsoft.CodeAnalysis.Analyzers" Version="3.3.4"#Microsoft.CodeAnalysis.Analyzers" Version="5.9.0"#' $analyzer
build --no-incremental
echo "== 4 an articles folder with its own .editorconfig (newslint.NL4001.severity = error)"; fresh
mkdir -p tests/Newsroom/articles/strict; printf '[*.md]\nnewslint.NL4001.severity = error\n' > tests/Newsroom/articles/strict/.editorconfig
cp tests/Newsroom/articles/id/csto-summit-moscow-2022.md tests/Newsroom/articles/strict/
echo " -- as shipped:"; build --no-incremental
sed -i 's#BeforeTargets="CoreCompile" AfterTargets="GenerateMSBuildEditorConfigFileCore"#Condition="false"#' $targets
echo " -- without the config discovery target:"; build --no-incremental
echo "== 5 an article moved in with an old timestamp, without the CoreCompileCache target"; fresh
sed -i 's#BeforeTargets="_GenerateCompileDependencyCache"#Condition="false"#' $targets; build >/dev/null
cp tests/Newsroom/articles/id/csto-summit-moscow-2022.md tests/Newsroom/articles/moved.md; touch -d 2001-01-01 tests/Newsroom/articles/moved.md
build
echo "== 6 a build with no change"; build

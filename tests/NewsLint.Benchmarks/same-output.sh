#!/usr/bin/env bash
# same-output.sh BEFORE AFTER: whether two builds of the CLI report exactly the same thing, --explain and text included.
# BEFORE and AFTER are `newslint` executables (e.g. two native publishes, or $WORK/cli/newslint of two commits).
# A speed-up must not change a single finding: run this before and after it, on the 300-article generated corpus
# (seed 42), a 300-article corpus of another seed, the real articles in ../shared/articles, tests/Newsroom and the
# engine's test fixtures. Prints the first differing lines and exits 1 when any output differs.
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
before="${1:?usage: same-output.sh BEFORE_NEWSLINT AFTER_NEWSLINT}"
after="${2:?usage: same-output.sh BEFORE_NEWSLINT AFTER_NEWSLINT}"

generator="$BENCH_DIR/bin/Release/net10.0/NewsLint.Benchmarks"
[ -x "$generator" ] || dotnet build "$BENCH_DIR" -c Release -nologo -v q >/dev/null
for seed in 42 7; do
  corpus="$WORK/identity-corpus-$seed"
  [ -d "$corpus" ] || "$generator" corpus "$corpus" --count 300 --seed "$seed" >/dev/null
done

status=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for target in "$WORK/identity-corpus-42" "$WORK/identity-corpus-7" "$REPO_ROOT/../shared/articles" "$REPO_ROOT/tests/Newsroom/articles" \
  "$REPO_ROOT/tests/NewsLint.Engine.Tests/Fixtures"; do
  [ -d "$target" ] || continue
  # JSON with --explain (every finding and the mentions behind it), then the default text format as a user sees it.
  { "$before" check "$target" --format json --explain; "$before" check "$target"; } >"$out/before" 2>&1 || true
  { "$after" check "$target" --format json --explain; "$after" check "$target"; } >"$out/after" 2>&1 || true
  if cmp -s "$out/before" "$out/after"; then
    echo "same: $target ($(wc -c <"$out/after") bytes of findings)"
  else
    echo "DIFFERENT: $target"
    diff "$out/before" "$out/after" | head -20
    status=1
  fi
done
exit $status

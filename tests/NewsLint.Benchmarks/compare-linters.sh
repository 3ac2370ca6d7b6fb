#!/usr/bin/env bash
# NewsLint's CLI against the linters newsrooms use today, whole process, on the same generated corpus, in one run:
#   textlint + textlint-rule-date-weekday-mismatch, and markdownlint-cli2 (defaults), from npm.
# Usage: tests/NewsLint.Benchmarks/compare-linters.sh [COUNT]   (default 2000 articles, about 11.6 MB)
# The npm packages go to $NL_COMPARE_DIR (default /tmp/nl-compare), never into the repository.
source "$(dirname "$0")/scripts/common.sh"
COUNT="${1:-2000}"
NPM_DIR="${NL_COMPARE_DIR:-/tmp/nl-compare}"
RUNS="${NL_COMPARE_RUNS:-3}"

if [ ! -x "$NPM_DIR/node_modules/.bin/textlint" ] || [ ! -x "$NPM_DIR/node_modules/.bin/markdownlint-cli2" ]; then
  mkdir -p "$NPM_DIR"
  (cd "$NPM_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund textlint textlint-rule-date-weekday-mismatch markdownlint-cli2 >/dev/null)
fi

build_release
CORPUS="$NPM_DIR/corpus"
generate_corpus "$CORPUS" "$COUNT" >&2
BYTES=$(corpus_bytes "$CORPUS")
echo '{ "rules": { "date-weekday-mismatch": true } }' > "$NPM_DIR/.textlintrc.json"
echo '{ "config": { "default": true } }' > "$NPM_DIR/.markdownlint-cli2.jsonc"

cd "$NPM_DIR"
median_of "$RUNS" newslint "$NEWSLINT" check corpus
NL_WALL=$WALL; NL_PEAK=$PEAK_KB; NL_CPU=$CPU
median_of "$RUNS" "newslint (native)" "$NEWSLINT_AOT" check corpus
AOT_WALL=$WALL; AOT_PEAK=$PEAK_KB; AOT_CPU=$CPU
median_of 1 textlint node_modules/.bin/textlint --config .textlintrc.json "corpus/**/*.md"
TL_WALL=$WALL; TL_PEAK=$PEAK_KB; TL_CPU=$CPU
median_of 1 markdownlint-cli2 node_modules/.bin/markdownlint-cli2 "corpus/**/*.md"
ML_WALL=$WALL; ML_PEAK=$PEAK_KB; ML_CPU=$CPU

awk -v bytes="$BYTES" -v count="$COUNT" -v machine="$(machine_line)" \
    -v nl="$NL_WALL" -v nlm="$NL_PEAK" -v tl="$TL_WALL" -v tlm="$TL_PEAK" -v ml="$ML_WALL" -v mlm="$ML_PEAK" \
    -v nlc="$NL_CPU" -v tlc="$TL_CPU" -v mlc="$ML_CPU" -v runs="$RUNS" \
    -v rr="$AOT_WALL" -v rrm="$AOT_PEAK" -v rrc="$AOT_CPU" \
    -v tlv="$(node -p "require('./node_modules/textlint/package.json').version")" \
    -v mlv="$(node -p "require('./node_modules/markdownlint-cli2/package.json').version")" 'BEGIN {
  printf "Corpus: %d articles, %.2f MB (seed 42). Machine: %s\n\n", count, bytes / 1e6, machine
  printf "| Linter (whole process) | Wall time | MB/s (wall) | CPU time | Peak memory | NewsLint faster (wall) | (CPU) |\n"
  printf "|---|---:|---:|---:|---:|---:|---:|\n"
  printf "| newslint check, all cores (median of %d) | %.2f s | %.2f | %.2f s | %d MB | - | - |\n", runs, nl, bytes / 1e6 / nl, nlc, nlm / 1024
  printf "| newslint check, native (AOT) publish (median of %d) | %.2f s | %.2f | %.2f s | %d MB | - | - |\n", runs, rr, bytes / 1e6 / rr, rrc, rrm / 1024
  printf "| textlint %s + date-weekday-mismatch | %.2f s | %.2f | %.2f s | %d MB | %.1fx (%.1fx) | %.1fx (%.1fx) |\n", tlv, tl, bytes / 1e6 / tl, tlc, tlm / 1024, tl / nl, tl / rr, tlc / nlc, tlc / rrc
  printf "| markdownlint-cli2 %s (defaults) | %.2f s | %.2f | %.2f s | %d MB | %.1fx (%.1fx) | %.1fx (%.1fx) |\n", mlv, ml, bytes / 1e6 / ml, mlc, mlm / 1024, ml / nl, ml / rr, mlc / nlc, mlc / rrc
  printf "\nIn brackets: how much faster the native (AOT) publish is.\n"
}'

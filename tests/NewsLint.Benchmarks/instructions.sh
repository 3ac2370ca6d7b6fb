#!/usr/bin/env bash
# The exact measure, whatever the machine's load: instructions of the native `newslint check -j 1` over 300 generated
# articles (the first 150 English and 150 Indonesian of the seed-42 corpus), counted by valgrind's callgrind, and the
# functions that execute them, named from the executable's .dbg file (valgrind cannot read its DWARF 5 itself, so it runs
# a copy without it). __memset_* is the GC clearing fresh allocation memory: about one instruction a byte allocated.
# Usage: tests/NewsLint.Benchmarks/instructions.sh [TOP] [--inclusive] [--grep=REGEX]   (default 30 functions, self cost)
#        NL_NEWSLINT_AOT=/path/to/newslint to count a build made elsewhere (e.g. another commit) instead of this tree's.
source "$(dirname "$0")/scripts/common.sh"
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

if [ -n "${NL_NEWSLINT_AOT:-}" ]; then
  NEWSLINT_AOT="$NL_NEWSLINT_AOT"
  GENERATOR="$BENCH_DIR/bin/Release/net10.0/NewsLint.Benchmarks"
  [ -x "$GENERATOR" ] || dotnet build "$BENCH_DIR" -c Release -nologo -v q >/dev/null
else
  build_release
fi
[ -d "$WORK/cli-corpus-2000" ] || generate_corpus "$WORK/cli-corpus-2000" 2000 >&2
CORPUS="$WORK/callgrind-300"
if [ ! -d "$CORPUS" ]; then
  (cd "$WORK/cli-corpus-2000/articles" && for lang in en id; do
     # sed reads all its input: head would stop early, and under pipefail the killed sort would end the loop after English.
     find "$lang" -name '*.md' | sort | sed -n '1,150p' | while read -r f; do
       mkdir -p "$CORPUS/$(dirname "$f")" && cp "$f" "$CORPUS/$f"
     done
   done)
fi

copy="$WORK/callgrind-exe"
rm -rf "$copy" && mkdir -p "$copy" && cp "$NEWSLINT_AOT" "$copy/newslint"
out="$WORK/callgrind.out"
(cd "$CORPUS" && valgrind --tool=callgrind --callgrind-out-file="$out" "$copy/newslint" check . -j 1 >/dev/null 2>"$WORK/callgrind.log") || true
grep -q "Collected" "$WORK/callgrind.log" || { cat "$WORK/callgrind.log" >&2; exit 1; }
echo "Corpus: $(find "$CORPUS" -name '*.md' | wc -l) articles, $(corpus_bytes "$CORPUS") bytes; build: $NEWSLINT_AOT"
python3 "$BENCH_DIR/scripts/cgmap.py" "$out" "${NEWSLINT_AOT%/newslint}/newslint.dbg" "${1:-30}" "${@:2}"

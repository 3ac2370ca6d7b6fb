#!/usr/bin/env bash
# The "within 2x of Markdig" target in time, robust to this machine's swings of speed: the engine and Markdig alone in
# alternating passes on one thread (the `ratio` command), on the 200-article corpus and on one article of 5, 50 and
# 500 KB (after 20 s of warm-up each: the JIT takes that long to settle on one article linted again and again).
# JIT-compiled by default; NL_RATIO_NATIVE=1 also publishes the benchmark tool natively (about 2.5 minutes).
# Usage: tests/NewsLint.Benchmarks/ratio.sh [ROUNDS]   (default 200 rounds over the corpus)
source "$(dirname "$0")/scripts/common.sh"
ROUNDS="${1:-200}"
dotnet build "$BENCH_DIR" -c Release -nologo -v q >/dev/null
TOOLS=("JIT:$BENCH_DIR/bin/Release/net10.0/NewsLint.Benchmarks")
if [ "${NL_RATIO_NATIVE:-0}" = 1 ]; then
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish "$BENCH_DIR" -c Release -r "$rid" -p:NewsLintAot=true -nologo -v q -o "$WORK/bench-aot" >/dev/null 2>&1
  TOOLS+=("native:$WORK/bench-aot/NewsLint.Benchmarks")
fi

echo "Machine: $(machine_line)"
echo
echo "| Build | Articles | Markdig (median pass) | Engine (median pass) | Engine / Markdig (median of rounds) | Quartiles |"
echo "|---|---|---:|---:|---:|---:|"
for tool in "${TOOLS[@]}"; do
  name="${tool%%:*}"; exe="${tool#*:}"
  for what in corpus 5000 50000 500000; do
    if [ "$what" = corpus ]; then args=(--rounds "$ROUNDS"); label="200-article corpus"
    else args=(--rounds $((2000000 / what * 2 + 20)) --bytes "$what"); label="one of $((what / 1000)) KB"; fi
    out=$("$exe" ratio "${args[@]}")
    markdig=$(echo "$out" | sed -n 's/.*Markdig \([0-9.]*\) μs.*/\1/p')
    engine=$(echo "$out" | sed -n 's/.*engine \([0-9.]*\) μs.*/\1/p')
    ratio=$(echo "$out" | sed -n 's/^engine \/ Markdig: \([0-9.]*x\).*/\1/p')
    quartiles=$(echo "$out" | sed -n 's/.*quartiles \([0-9.x-]*\)).*/\1/p')
    echo "| $name | $label | $markdig μs | $engine μs | **$ratio** | $quartiles |"
  done
done

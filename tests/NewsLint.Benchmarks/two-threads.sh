#!/usr/bin/env bash
# Where a second thread's time goes: `perf record` of the native CLI over the 10,000-file corpus with -j 1 and with
# -j 2, then the functions whose samples grew most from one to the other. Two separate -j 1 processes each run as fast
# as one alone (cores.sh), so any growth here is work the two threads of one process cause each other: shared caches
# and locks, the GC's allocation lock, write barriers, page faults and TLB shootdowns when the GC commits or frees memory.
# Needs perf (Debian package linux-perf); samples are CPU-clock at 4 kHz, so a sample is 0.25 ms of CPU.
# Usage: tests/NewsLint.Benchmarks/two-threads.sh [TOP]   (default 25 functions)
source "$(dirname "$0")/scripts/common.sh"
TOP="${1:-25}"
command -v perf >/dev/null || { echo "perf is not installed (apt-get install linux-perf)" >&2; exit 2; }

build_release
CORPUS="$WORK/cli-corpus-10000"
[ -d "$CORPUS" ] || generate_corpus "$CORPUS" 10000 >&2
cd "$CORPUS"
"$NEWSLINT_AOT" check . -j 1 >/dev/null 2>&1 || true   # warm the page cache

for j in 1 2; do
  /usr/bin/time -f "-j $j: %e s wall, %U s user, %S s system" -o "$WORK/two-threads.time.$j" \
    perf record -q -F 4000 -g -o "$WORK/two-threads.$j.data" "$NEWSLINT_AOT" check . -j "$j" >/dev/null 2>&1 || true
  perf report -i "$WORK/two-threads.$j.data" --no-children --sort symbol --stdio -g none -n 2>/dev/null |
    awk '!/^#/ && NF >= 4 { n = $2; $1 = ""; $2 = ""; $3 = ""; sub(/^ +/, ""); sub(/ +- +-$/, ""); print n "\t" $0 }' \
    >"$WORK/two-threads.$j.txt"
done

echo "Machine: $(machine_line)"
cat "$WORK/two-threads.time.1" "$WORK/two-threads.time.2"
awk -F'\t' '{ s[FILENAME] += $1 } END { for (f in s) t[f ~ /\.1\.txt$/ ? 1 : 2] = s[f]; printf "samples: -j 1 %d, -j 2 %d (%+.0f%%)\n\n", t[1], t[2], 100 * (t[2] - t[1]) / t[1] }' \
  "$WORK/two-threads.1.txt" "$WORK/two-threads.2.txt"
echo "| Function | -j 1 samples | -j 2 samples | growth |"
echo "|---|---:|---:|---:|"
awk -F'\t' 'NR == FNR { a[$2] = $1; next } { b[$2] = $1 }
  END { for (k in b) print b[k] - a[k] "\t" a[k] + 0 "\t" b[k] "\t" k; for (k in a) if (!(k in b)) print -a[k] "\t" a[k] "\t0\t" k }' \
  "$WORK/two-threads.1.txt" "$WORK/two-threads.2.txt" | sort -t$'\t' -k1,1 -gr | head -n "$TOP" |
  awk -F'\t' '{ printf "| `%s` | %d | %d | %+d |\n", substr($4, 1, 100), $2, $3, $1 }'

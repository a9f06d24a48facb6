#!/usr/bin/env bash
# Corpus-scale benchmark of `diplograph extract` (not a test; nothing fails).
#
#   bench/run_bench.sh [--size-mb N] [--seed S] [--build DIR] [--work DIR] [--keep]
#
# Generates a synthetic corpus of N MB (default 100) with build/bench/
# generate_corpus as JSON Lines, then measures, each as one run after a
# warm-up read of the corpus:
#   - a plain read of the corpus (cat > /dev/null), the floor for any reader;
#   - start-up: `extract` on a one-line document, median of 11 runs
#     (loading the embedded lexicon and ontology; target < 50 ms);
#   - N-Triples and Turtle with --jobs 1: input MB/s (wall clock and per CPU
#     second), documents per second, peak RSS;
#   - N-Triples with --jobs 2: the speed-up over --jobs 1;
#   - N-Quads with --stream --jobs 2: peak RSS in streaming mode;
#   - serdi rewriting the N-Triples produced as Turtle: how much slower the
#     whole extraction is than merely re-serializing its output, and how the
#     Turtle writer alone (build/bench/write_bench) compares with serdi on
#     the same triples.
# Runs that hold the merged graph in memory are skipped above
# --merged-max-mb (default 200): a 1 GB corpus (--size-mb 1024) measures
# streaming mode only. Figures go to standard output as a table; timings use
# /usr/bin/time (GNU time, Debian package `time`).
set -euo pipefail

size_mb=100
seed=1
here="$(cd "$(dirname "$0")" && pwd)"
build="${here}/../build"
work="${TMPDIR:-/tmp}/diplograph-bench"
keep=0
merged_max_mb=200

while [[ $# -gt 0 ]]; do
  case "$1" in
    --size-mb) size_mb="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --merged-max-mb) merged_max_mb="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

bin="${build}/diplograph"
gen="${build}/bench/generate_corpus"
for tool in "$bin" "$gen" /usr/bin/time; do
  [[ -x "$tool" ]] || { echo "run_bench.sh: $tool not found (build first, or pass --build DIR)" >&2; exit 1; }
done
have_serdi=0
command -v serdi > /dev/null && have_serdi=1

mkdir -p "$work"
corpus="${work}/corpus-${size_mb}mb-seed${seed}.jsonl"
if [[ ! -s "$corpus" ]]; then
  echo "generating ${size_mb} MB corpus: ${corpus}" >&2
  "$gen" --size-mb "$size_mb" --seed "$seed" --format jsonl --out "$corpus"
fi
bytes=$(stat -c %s "$corpus")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
cores=$(nproc)
cat "$corpus" > /dev/null  # warm the page cache

exec 3>&2  # progress messages, even where a run's standard error is captured

# measure NAME CMD...: runs CMD under GNU time; sets wall, cpu, rss_mb.
measure() {
  local name="$1"; shift
  echo "running: $name" >&3
  /usr/bin/time -f "%e %U %S %M" -o "${work}/time.txt" "$@"
  read -r wall user sys rss_kb < "${work}/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')
}

rows=()
# row NAME: one line of the table from the last measurement.
row() {
  rows+=("$(awk -v n="$1" -v w="$wall" -v c="$cpu" -v mb="$mb" -v d="${docs:-0}" -v r="$rss_mb" 'BEGIN {
    printf "%-44s %8.2f %8.2f %9.2f %9.2f %9.0f %9s\n", n, w, c, (w > 0 ? mb / w : 0), (c > 0 ? mb / c : 0), (w > 0 ? d / w : 0), r " MB" }')")
}

# --- plain read ---------------------------------------------------------------
measure "cat" sh -c "cat '$corpus' > /dev/null"
cat_wall="$wall"
docs=0
row "plain read: cat > /dev/null"

# --- start-up -------------------------------------------------------------------
one="${work}/one-line.txt"
echo "Germany condemned Iran on Monday." > "$one"
times=()
for _ in $(seq 11); do
  start=$EPOCHREALTIME
  "$bin" extract -f ntriples "$one" > /dev/null
  end=$EPOCHREALTIME
  times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) * 1000 }')")
done
startup_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
# CPU time too: on a busy machine the wall clock also counts waiting for a core.
/usr/bin/time -f "%U %S" -o "${work}/time.txt" sh -c "for i in 1 2 3 4 5 6 7 8 9 10 11; do '$bin' extract -f ntriples '$one' > /dev/null; done"
startup_cpu_ms=$(awk '{ printf "%.0f", ($1 + $2) * 1000 / 11 }' "${work}/time.txt")

# --- extraction -----------------------------------------------------------------
summary="${work}/summary.txt"
nt="${work}/out.nt"
docs=""
nt1_wall=""
if awk -v s="$size_mb" -v m="$merged_max_mb" 'BEGIN { exit !(s <= m) }'; then
  measure "ntriples --jobs 1" "$bin" extract --log-level info -j 1 -f ntriples -o "$nt" "$corpus" 2> "$summary"
  docs=$(sed -n 's/.*info: \([0-9]*\) documents.*/\1/p' "$summary")
  nt1_wall="$wall"
  row "N-Triples, --jobs 1 (merged graph)"

  measure "turtle --jobs 1" "$bin" extract -j 1 -f turtle -o "${work}/out.ttl" "$corpus"
  ttl_wall="$wall"
  row "Turtle, --jobs 1 (merged graph)"

  measure "ntriples --jobs 2" "$bin" extract -j 2 -f ntriples -o "${work}/out2.nt" "$corpus"
  nt2_wall="$wall"
  row "N-Triples, --jobs 2 (merged graph)"
  cmp -s "$nt" "${work}/out2.nt" || echo "warning: --jobs 1 and --jobs 2 outputs differ" >&2
fi

measure "nquads --stream --jobs 1" "$bin" extract --log-level info -j 1 --stream -f nquads -o "${work}/out.nq" "$corpus" \
  2> "$summary"
[[ -n "$docs" ]] || docs=$(sed -n 's/.*info: \([0-9]*\) documents.*/\1/p' "$summary")
stream1_wall="$wall"
row "N-Quads, --stream --jobs 1"
measure "nquads --stream --jobs 2" "$bin" extract -j 2 --stream -f nquads -o "${work}/out2.nq" "$corpus"
stream2_wall="$wall"
row "N-Quads, --stream --jobs 2"
cmp -s "${work}/out.nq" "${work}/out2.nq" || echo "warning: streaming --jobs 1 and --jobs 2 outputs differ" >&2

serdi_wall=""
if [[ $have_serdi == 1 && -s "$nt" ]]; then
  measure "serdi" sh -c "serdi -i ntriples -o turtle '$nt' > '${work}/out.serdi.ttl'"
  serdi_wall="$wall"
  docs_saved="$docs"; docs=0
  row "serdi -i ntriples -o turtle (its input: the N-Triples)"
  docs="$docs_saved"
fi

# The Turtle writer alone on the same triples (write_bench reads them into a
# graph untimed, then times only the writing): serdi's time covers reading
# and writing, so this is the writer's share of the comparison.
writer_line=""
if [[ -n "$serdi_wall" && -x "${build}/bench/write_bench" ]]; then
  echo "running: write_bench turtle" >&3
  writer_line=$("${build}/bench/write_bench" "$nt" turtle 3)
  writer_s=$(sed -n 's/.* \([0-9.]*\) s (median.*/\1/p' <<< "$writer_line")
fi

# --- table ------------------------------------------------------------------------
nt_size=""
[[ -s "$nt" ]] && nt_size=$(awk -v b="$(stat -c %s "$nt")" 'BEGIN { printf "%.0f MB", b / 1e6 }')
echo
echo "diplograph extract on ${mb} MB of synthetic news (JSON Lines, ${docs} documents, seed ${seed}); ${cores} cores"
printf "%-44s %8s %8s %9s %9s %9s %9s\n" "run" "wall s" "cpu s" "MB/s" "MB/cpu-s" "docs/s" "peak RSS"
printf '%s\n' "${rows[@]}"
echo
echo "start-up (one-line document): ${startup_ms} ms wall (median of 11), ${startup_cpu_ms} ms CPU (mean of 11); target < 50 ms"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock figures count waiting for a core)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "-" }'; }
if [[ -n "$nt1_wall" ]]; then
  echo "--jobs 2 speed-up (N-Triples): x$(ratio "$nt1_wall" "$nt2_wall")"
  echo "N-Triples --jobs 1 vs plain read: x$(ratio "$nt1_wall" "$cat_wall") slower"
  [[ -n "$serdi_wall" ]] && echo "Turtle --jobs 1 end to end vs serdi rewriting the ${nt_size} of N-Triples as Turtle: x$(ratio "$ttl_wall" "$serdi_wall") slower"
  if [[ -n "$writer_line" ]]; then
    echo "Turtle writer alone (${writer_line})"
    echo "Turtle writer throughput / serdi's on the same triples: x$(awk -v s="$serdi_wall" -v w="$writer_s" 'BEGIN { if (w > 0) printf "%.2f", s / w; else printf "-" }') (target: x0.5 or better)"
  fi
fi
echo "--stream --jobs 2 speed-up: x$(ratio "$stream1_wall" "$stream2_wall")"
echo "target: 10 MB/s per core to N-Triples (MB/cpu-s column)"

if [[ $keep == 0 ]]; then
  rm -f "$nt" "${work}/out2.nt" "${work}/out.ttl" "${work}/out.nq" "${work}/out2.nq" "${work}/out.serdi.ttl" \
    "$summary" "${work}/time.txt" "$one"
fi

#!/bin/sh
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each one
# for SECONDS (default 60) over its seed corpus (tests/fuzz/corpus/<target>,
# read-only; what the fuzzer finds goes to build-fuzz/corpus/<target>).
#
#   tests/fuzz/run.sh [SECONDS]            every target in turn
#   FUZZ_TARGETS="export_fuzzer" tests/fuzz/run.sh 30
#   tests/fuzz/run.sh --build-only
#
# Crashes, leaks, timeouts (an input taking over 10 s: a super-linear step)
# and out-of-memory are written to build-fuzz/artifacts/<target>/ and make
# the script exit 1; reproduce one with build-fuzz/tests/fuzz/<target> FILE.
# Prints one line per target: its executions and the time they took.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-60}
targets=${FUZZ_TARGETS:-"pipeline_fuzzer jsonl_fuzzer export_fuzzer"}
# clang++-14 first: .ci/install-deps installs it with its libFuzzer runtime
# (libclang-rt-14-dev), which a plain clang++ of another version may lack.
cxx=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || echo clang++)}

mkdir -p "$build"
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDIPLOGRAPH_FUZZ=ON -DDIPLOGRAPH_TESTS=OFF >"$build/configure.log" 2>&1 ||
  { cat "$build/configure.log"; exit 1; }
# shellcheck disable=SC2086
cmake --build "$build" -j "${FUZZ_BUILD_JOBS:-2}" --target $targets
[ "$seconds" = "--build-only" ] && exit 0

status=0
summary=""
for target in $targets; do
  corpus=$build/corpus/$target
  artifacts=$build/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  dict=""
  [ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"
  log=$build/$target.log
  echo "== $target: $seconds s"
  # shellcheck disable=SC2086
  if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" $dict \
      "$corpus" "$here/corpus/$target" >"$log" 2>&1; then
    status=1
    tail -n 60 "$log"
    echo "== $target FAILED: see $log and $artifacts/"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  summary="$summary$target: ${runs:-?} executions in ${secs:-?} s, corpus $(ls "$corpus" | wc -l) inputs
"
done
printf '%s' "$summary"
exit $status

#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang++-16, ASan+UBSan) in build-fuzz/
# and runs each for SECONDS over a copy of its seed corpus fuzz/corpus/NAME.
# Exits non-zero when any target finds something (a crash, a failed check, a
# leak, a unit slower than 10 s or over the memory limit) and prints the saved
# input; docs/FUZZING.md says how to turn it into a regression input.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60, all)
#   FUZZ_JOBS   parallel build jobs (default: nproc)
#   FUZZ_BUILD  build in this existing CHORUS_FUZZ build folder, not build-fuzz/
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: SECONDS_PER_TARGET must be a positive whole number, not '$seconds'" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
all_targets=()
for source in fuzz/*_fuzzer.cc; do
  name=$(basename "$source" _fuzzer.cc)
  all_targets+=("$name")
done
targets=("${@:-${all_targets[@]}}")
for target in "${targets[@]}"; do
  [[ -f fuzz/${target}_fuzzer.cc ]] || { echo "fuzz.sh: no fuzz target '$target' (known: ${all_targets[*]})" >&2; exit 2; }
done

compiler=${CXX_FUZZ:-clang++-16}
command -v "$compiler" >/dev/null || { echo "fuzz.sh: $compiler not found: run scripts/setup.sh --sanitize" >&2; exit 2; }
# FUZZ_BUILD: an existing build folder configured with -DCHORUS_FUZZ=ON (CI
# reuses its sanitizer build, so the project is compiled once for both).
build=${FUZZ_BUILD:-build-fuzz}
if [[ -n ${FUZZ_BUILD:-} ]]; then
  grep -q '^CHORUS_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null ||
    { echo "fuzz.sh: FUZZ_BUILD=$build is not a build configured with -DCHORUS_FUZZ=ON" >&2; exit 2; }
else
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" -DCHORUS_FUZZ=ON \
    -DCHORUS_BUILD_TESTS=OFF -DCHORUS_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"${FUZZ_JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

# The longest input each target gets: a whole digest of long inputs is slow
# without finding more.
max_len() {
  case $1 in
    digest) echo 3000 ;;
    decode | reader | digest_request) echo 8192 ;;
    html) echo 16384 ;;
    *) echo 4096 ;;
  esac
}
dictionary() {
  case $1 in
    reader | digest_request) echo fuzz/dict/json.dict ;;
    *) echo fuzz/dict/news.dict ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in "${targets[@]}"; do
  run=$build/runs/$target
  rm -rf "$run" && mkdir -p "$run/corpus" "$run/findings"
  cp fuzz/corpus/"$target"/* "$run/corpus/"
  echo "fuzz.sh: $target for ${seconds}s (log: $run/log)" >&2
  status=0
  "$build/fuzz/fuzz_$target" "$run/corpus" -max_total_time="$seconds" -max_len="$(max_len "$target")" \
    -timeout=10 -rss_limit_mb=2048 -dict="$(dictionary "$target")" -print_final_stats=1 \
    -artifact_prefix="$run/findings/" >"$run/log" 2>&1 || status=$?
  # libFuzzer's last status line: "#N DONE cov: C ft: F corp: ... exec/s: E ...".
  grep -E '^#[0-9]+' "$run/log" | tail -n 1 | sed "s/^/fuzz.sh: $target: /" >&2 || true
  if [[ $status -ne 0 ]]; then
    failed+=("$target")
    echo "fuzz.sh: $target: FINDING (exit $status)" >&2
    grep -E 'ERROR|SUMMARY|fuzz check failed|runtime error|Test unit written' "$run/log" | head -n 20 >&2 || true
    for file in "$run"/findings/*; do
      [[ -e $file ]] && echo "fuzz.sh: $target: input saved in $file" >&2
    done
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, ${seconds}s each, no finding" >&2

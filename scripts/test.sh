#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCHORUS_BUILD_TESTS=ON -DCHORUS_BUILD_BENCH=ON \
  -DCHORUS_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)"

#!/usr/bin/env bash
# Sets up, builds and runs chorus on the shipped example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target chorus
build/chorus digest examples/lakeport --show-removed
build/chorus digest examples/lakeport --format html -o build/lakeport-report.html
echo "quickstart: the report to open in a browser: build/lakeport-report.html" >&2

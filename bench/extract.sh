#!/usr/bin/env bash
# Main-text extraction from web pages (docs/BENCHMARKS.md, "Web pages"):
# quality and speed on L3S-GN1 (../shared/data/l3s-gn1, 621 news pages from
# 407 sites), on one core (taskset -c 0).
#  1. `chorus eval extract`: pages read into Documents in one process (the
#     time it reports is extraction alone: parsing, choosing the main text,
#     metadata, furniture), with the 4-gram shingle F1 of the Zyte benchmark;
#  2. `chorus extract` of every page, one process for all, output to
#     /dev/null: wall and CPU time with file reading and JSON writing.
# Usage: bench/extract.sh [path/to/chorus] [dataset folder]
set -euo pipefail
chorus=${1:-build/chorus}
dataset=${2:-"$(dirname "$0")/../../shared/data/l3s-gn1"}
[[ -x "$chorus" ]] || { echo "extract.sh: $chorus is not an executable (build first)" >&2; exit 2; }
[[ -f "$dataset/gold.jsonl" ]] || { echo "extract.sh: no $dataset/gold.jsonl (the shared data is absent); skipped" >&2; exit 0; }
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

echo "== chorus eval extract --dataset $dataset"
"${pin[@]}" "$chorus" eval extract --dataset "$dataset"

pages=$(find "$dataset/original" -name '*.html' | wc -l)
echo "== chorus extract of $pages pages, one process"
/usr/bin/time -f "wall %e s, CPU %U+%S s, peak RSS %M KB" "${pin[@]}" \
  "$chorus" extract -q -f jsonl -o /dev/null "$dataset/original" 2>&1 | tail -1

#!/usr/bin/env bash
# Wall time of whole `chorus digest` processes (start-up, reading, output
# included) on the shipped example and, when present, the shared seeds.
# Usage: bench/cli_digest.sh [runs]   (run from the project root after building)
set -euo pipefail
runs=${1:-50}
chorus=build/chorus
inputs=(examples/lakeport)
[[ -d ../shared/seeds ]] && inputs+=(../shared/seeds)
for input in "${inputs[@]}"; do
  bytes=$(cat "$input"/*.txt | wc -c)
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do
    taskset -c 0 "$chorus" digest "$input" --format json >/dev/null
  done
  end=$(date +%s%N)
  ms=$(echo "scale=2; ($end - $start) / 1000000 / $runs" | bc)
  echo "$input: $bytes bytes, ${ms} ms per run (mean of $runs, one core)"
done

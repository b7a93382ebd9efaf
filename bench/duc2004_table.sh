#!/usr/bin/env bash
# The DUC 2004 comparison table of docs/BENCHMARKS.md: every chorus method
# (summarized and scored by `chorus eval summarize`, one process on one core)
# beside the published systems' own outputs (SumRepo, scored by `chorus eval
# rouge` in the same setting: -n 2 -m -l 100 -2 4 -u, all four references).
# Usage: bench/duc2004_table.sh [methods...]   (from the project root, after building)
set -euo pipefail
chorus=build/chorus
data=../shared/data/duc2004
if [[ ! -f $data/clusters.jsonl ]]; then
  echo "duc2004_table: $data/clusters.jsonl not found (the ../shared folder beside the project is absent)" >&2
  exit 1
fi
methods=("$@")
if [[ ${#methods[@]} -eq 0 ]]; then
  mapfile -t methods < <("$chorus" eval summarize --help | sed -n "s/.*--method TEXT:{\\(.*\\)}.*/\\1/p" | tr ',' '\n' | grep -v default)
fi

# "R-1 | R-2 | R-SU4" recall in percent from the text report of eval rouge.
rouge_cells() {
  awk '$2 == "R" && ($1 == "ROUGE-1" || $1 == "ROUGE-2" || $1 == "ROUGE-SU4") { printf "%.2f | ", 100 * $3 }'
}

# CPU time per cluster of one whole process over the 50 clusters (reading,
# preparing, summarizing; no scoring), the best of three, on one core.
cpu_ms_per_cluster() {
  local best=""
  for _ in 1 2 3; do
    local us
    us=$( { TIMEFORMAT='%3U %3S'; time taskset -c 0 "$chorus" eval summarize --dataset "$data/clusters.jsonl" \
            --method "$1" --no-score -q >/dev/null; } 2>&1 | awk '{ printf "%.0f", ($1 + $2) * 1000000 }')
    if [[ -z $best || $us -lt $best ]]; then best=$us; fi
  done
  awk -v us="$best" 'BEGIN { printf "%.2f", us / 1000 / 50 }'
}

echo "| system | fill R-1 | R-2 | R-SU4 | strict R-1 | R-2 | R-SU4 | ms per cluster (CPU, whole process) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for method in "${methods[@]}"; do
  fill=$("$chorus" eval summarize --dataset "$data/clusters.jsonl" --method "$method" -q | awk '$2 == "R" { printf "%s | ", $3 }')
  strict=$("$chorus" eval summarize --dataset "$data/clusters.jsonl" --method "$method" -q --strict-budget |
    awk '$2 == "R" { printf "%s | ", $3 }')
  echo "| chorus \`$method\` | ${fill}${strict}$(cpu_ms_per_cluster "$method") |"
done
for file in "$data"/baselines/*.jsonl "$data"/sumrepo/*.jsonl; do
  name=$(basename "$file" .jsonl)
  cells=$("$chorus" eval rouge --summaries "$file" --dataset "$data/clusters.jsonl" -n 2 -m -l 100 -2 4 -u | rouge_cells)
  echo "| $name | ${cells}– | – | – | – |"
done

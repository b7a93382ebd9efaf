#!/usr/bin/env bash
# Leave-one-cluster-out check of the pair model on the labelled clusters of
# data/claims/training (docs/EVAL.md, "Evaluating claims"): for each cluster,
# train on the MSR Paraphrase training pairs and the other clusters, then score
# the cluster left out with `chorus eval claims`; print the pooled scores.
# Usage: scripts/claims_cross_validation.sh [THRESHOLD...]   (default 0.5)
set -euo pipefail
cd "$(dirname "$0")/.."
chorus=build/chorus
msrp=../shared/data/msrp-train/train.jsonl
[[ -x $chorus ]] || { echo "build chorus first" >&2; exit 1; }
[[ -f $msrp ]] || { echo "$msrp not found (the shared data beside the project)" >&2; exit 1; }
thresholds=("${@:-0.5}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clusters=(data/claims/training/*/)
for left in "${clusters[@]}"; do
  others=()
  for c in "${clusters[@]}"; do [[ $c == "$left" ]] || others+=("$c"); done
  name=$(basename "$left")
  "$chorus" train pairs --dataset "$msrp" --clusters "${others[@]}" -o "$work/$name.tsv" 2>/dev/null
  for t in "${thresholds[@]}"; do
    "$chorus" eval claims --gold "$left" --pair-model "$work/$name.tsv" --support-threshold "$t" --format json \
      > "$work/$name.$t.json"
  done
done
for t in "${thresholds[@]}"; do
  python3 - "$work" "$t" <<'PY'
import glob, json, sys
work, t = sys.argv[1], sys.argv[2]
total = {}
for path in sorted(glob.glob(f"{work}/*.{t}.json")):
    s = json.load(open(path))["total"]
    for key in ("claim_outlet_pairs", "single_sentences", "false_shared", "summary_sentences", "support_complete", "support_wrong"):
        total[key] = total.get(key, 0) + s[key]
    for key in ("strict", "lenient"):
        total[key] = total.get(key, 0) + s[key] * s["claim_outlet_pairs"]
n = total["claim_outlet_pairs"]
print(f"threshold {t}: claim-outlet pairs {n}  strict {total['strict'] / n:.3f}  lenient {total['lenient'] / n:.3f}  "
      f"false shared {total['false_shared']}/{total['single_sentences']}  "
      f"support complete {total['support_complete']}/{total['summary_sentences']}  wrong {total['support_wrong']}")
PY
done

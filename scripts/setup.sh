#!/usr/bin/env bash
# Installs the Debian packages chorus needs, only those missing; a no-op when
# all are present. Usage: scripts/setup.sh [--tests] [--sanitize]
#   --tests     also the packages the test suite and benchmarks need
#   --sanitize  also clang-16 and its runtimes, for the sanitizer and fuzz
#               builds (.ci/run, scripts/fuzz.sh; docs/FUZZING.md)
set -euo pipefail

optional=()
packages=(
  cmake g++ make pkg-config
  libicu-dev               # Unicode: decoding, normalization, break iterators
  nlohmann-json3-dev       # JSON input and output
  libsimdjson-dev          # fast reading of large evaluation datasets
  libcli11-dev             # command-line parsing
  liblingua-stopwords-perl # the Snowball English stop list, read at build time
  coinor-libcbc-dev        # CBC mixed-integer solver: the exact concept ILP summarizer
  libgfortran-12-dev       # the Fortran runtime of the static LAPACK that CBC links (src/summarize)
  iso-codes wordnet-base wamerican  # gazetteers for `chorus train ner` (data/ner/README.md)
  libcpp-httplib-dev       # HTTP server for chorus serve
  libxml2-dev              # HTML parser: web pages in (src/ingest/html_*)
  libcurl4-openssl-dev     # fetching URLs (src/ingest/url_fetch)
)
for option in "$@"; do
  case $option in
    --tests)
      packages+=(libgtest-dev libbenchmark-dev)
      # The browser test of the HTML report; large, and the test skips without it,
      # so a failed install is a warning, not an error.
      optional+=(chromium)
      ;;
    --sanitize)
      # libFuzzer and the ASan/UBSan runtimes come with libclang-rt-16-dev;
      # clang-14 cannot compile g++ 12's <ranges>.
      packages+=(clang-16 libclang-rt-16-dev)
      ;;
    *)
      echo "setup.sh: unknown option '$option' (known: --tests, --sanitize)" >&2
      exit 2
      ;;
  esac
done

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done
missing_optional=()
for package in "${optional[@]}"; do
  installed "$package" || missing_optional+=("$package")
done
if [[ ${#missing[@]} -eq 0 && ${#missing_optional[@]} -eq 0 ]]; then
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "setup: installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if [[ ${#missing_optional[@]} -gt 0 ]]; then
  echo "setup: installing ${missing_optional[*]} (optional)" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing_optional[@]}" >&2 ||
    echo "setup: warning: could not install ${missing_optional[*]}; the tests that need it will skip" >&2
fi

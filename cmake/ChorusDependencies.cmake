# Every third-party dependency is a Debian -dev package, installed by
# scripts/setup.sh and found here.
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(simdjson 3 REQUIRED)  # fast reading of large evaluation datasets
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
# COIN-OR CBC with the Clp LP solver (Eclipse Public License 1.0 in Debian
# 12, compatible with Apache-2.0): the exact concept ILP
# (src/summarize/concept_ilp.cc).
pkg_check_modules(CBC REQUIRED IMPORTED_TARGET cbc osi-clp)
# HTTP for `chorus serve` (src/serve). Debian builds cpp-httplib as a shared
# library with OpenSSL, zlib and brotli on; its pkg-config file carries the
# matching -DCPPHTTPLIB_* flags, which every user of the header needs.
pkg_check_modules(HTTPLIB IMPORTED_TARGET cpp-httplib)
if(NOT HTTPLIB_FOUND)
  message(FATAL_ERROR "cpp-httplib not found: install libcpp-httplib-dev (scripts/setup.sh does)")
endif()

# Web pages: libxml2's HTML parser (fast and forgiving of broken markup) and
# libcurl for fetching URLs (src/ingest).
find_package(LibXml2 2.9 REQUIRED)
find_package(CURL 7.68 REQUIRED)

# English stop words: the Snowball list shipped by liblingua-stopwords-perl,
# turned into a data file at configure time (see cmake/ExtractStopwords.cmake).
set(CHORUS_STOPWORDS_PM "/usr/share/perl5/Lingua/StopWords/EN.pm" CACHE FILEPATH
  "Snowball English stop list (Debian package liblingua-stopwords-perl)")
if(NOT EXISTS "${CHORUS_STOPWORDS_PM}")
  message(FATAL_ERROR "${CHORUS_STOPWORDS_PM} not found: install liblingua-stopwords-perl (scripts/setup.sh does)")
endif()

# Tests and benchmarks are built when their libraries are there (scripts/
# setup.sh --tests installs them); the engine and CLI need neither.
if(CHORUS_BUILD_TESTS)
  find_package(GTest QUIET)
  if(NOT GTest_FOUND)
    message(STATUS "GoogleTest not found: tests are not built (scripts/setup.sh --tests installs it)")
    set(CHORUS_BUILD_TESTS OFF)
  endif()
endif()
if(CHORUS_BUILD_BENCH)
  find_package(benchmark QUIET)
  if(NOT benchmark_FOUND)
    message(STATUS "Google Benchmark not found: benchmarks are not built")
    set(CHORUS_BUILD_BENCH OFF)
  endif()
endif()

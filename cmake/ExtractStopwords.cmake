# Reads the Snowball English stop list from Lingua::StopWords::EN (Debian
# package liblingua-stopwords-perl, BSD-style license) and writes it as a C++
# array. Run with -DINPUT=... -DOUTPUT=...
cmake_policy(SET CMP0007 NEW)
file(READ "${INPUT}" content)
# The list is the qw(...) inside sub _stopwords (an earlier qw() imports a module).
string(REGEX MATCH "sub _stopwords[^q]*qw\\(([^)]*)\\)" _ "${content}")
set(words "${CMAKE_MATCH_1}")
if(words STREQUAL "")
  message(FATAL_ERROR "no stop words found in ${INPUT}")
endif()
string(REGEX REPLACE "[ \t\r\n]+" ";" words "${words}")
list(FILTER words EXCLUDE REGEX "^$")
list(REMOVE_DUPLICATES words)
list(SORT words)
set(body "")
foreach(word IN LISTS words)
  string(APPEND body "    \"${word}\",\n")
endforeach()
list(LENGTH words count)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/ExtractStopwords.cmake. Do not edit.\n"
"// Snowball English stop list, ${count} words, sorted.\n"
"inline constexpr const char* kEnglishStopwords[] = {\n${body}};\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

# Turns WordNet's morphological exception list (one "inflected base" pair a
# line, data/rouge/wordnet-2.0-exceptions.txt) into a sorted C++ array, so the
# ROUGE scorer needs no data path at run time. Run with -DINPUT=... -DOUTPUT=...
cmake_policy(SET CMP0007 NEW)
file(STRINGS "${INPUT}" lines)
set(pairs "")
foreach(line IN LISTS lines)
  string(STRIP "${line}" line)
  if(line STREQUAL "")
    continue()
  endif()
  if(NOT line MATCHES "^([^ \t\"\\\\]+)[ \t]+([^ \t\"\\\\]+)$")
    message(FATAL_ERROR "${INPUT}: expected \"inflected base\", got \"${line}\"")
  endif()
  # A space sorts before every character a word holds, so sorting the lines
  # sorts the pairs by their first word.
  list(APPEND pairs "${CMAKE_MATCH_1} ${CMAKE_MATCH_2}")
endforeach()
list(SORT pairs)
set(body "")
set(previous "")
foreach(pair IN LISTS pairs)
  string(REPLACE " " ";" fields "${pair}")
  list(GET fields 0 word)
  list(GET fields 1 base)
  if(word STREQUAL previous)
    message(FATAL_ERROR "${INPUT}: \"${word}\" is listed twice")
  endif()
  set(previous "${word}")
  string(APPEND body "    {\"${word}\", \"${base}\"},\n")
endforeach()
list(LENGTH pairs count)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by src/eval/embed_word_exceptions.cmake. Do not edit.\n"
"// WordNet 2.0 morphological exceptions, ${count} pairs sorted by inflected form.\n"
"inline constexpr WordException kWordNetExceptions[] = {\n${body}};\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")

// WordNet 2.0's morphological exceptions (irregular forms such as
// "mice" -> "mouse"), which ROUGE-1.5.5's -m consults before its Porter
// stemmer. Embedded at build time from data/rouge/wordnet-2.0-exceptions.txt
// (src/eval/embed_word_exceptions.cmake), so no data path is needed at run time.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace chorus::eval {

struct WordException {
  const char* word;  // the inflected form, lower case
  const char* base;  // its base form
};

// The base form WordNet lists for `word`, or nothing.
std::optional<std::string_view> wordnet_base_form(std::string_view word);

// The whole table, sorted by `word` (byte order).
std::span<const WordException> wordnet_exceptions();

}  // namespace chorus::eval

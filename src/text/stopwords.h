// The English stop list (Snowball, from Debian's liblingua-stopwords-perl,
// extracted at build time; see cmake/ExtractStopwords.cmake).
#pragma once

#include <span>
#include <string_view>

namespace chorus::text {

// `folded` must be case-folded. Apostrophe forms ("don't") are in the list;
// the tokenizer splits them, so their parts ("don", "t") are added too.
bool is_stopword(std::string_view folded);

// The list as shipped, sorted.
std::span<const char* const> stopword_list();

}  // namespace chorus::text

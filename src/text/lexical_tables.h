// The word tables chorus ships (data/lexical/README.md), embedded in the
// library: background document frequencies and WordNet word relations.
#pragma once

#include <string_view>

namespace chorus::text {

std::string_view builtin_background_df();   // data/lexical/background_df.tsv
std::string_view builtin_word_relations();  // data/lexical/word_relations.tsv

}  // namespace chorus::text

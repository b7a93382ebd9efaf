// The word tables chorus ships (data/lexical/README.md), embedded in the
// library: background document frequencies and WordNet word relations. Their
// text is embedded as it is, and beside it the sorted arrays their parsers
// made of it at build time (lexical_tables_pack.cc), so the tables are read
// in place: nothing is parsed when chorus starts.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/term_weights.h"
#include "text/word_relations.h"

namespace chorus::text {

std::string_view builtin_background_df();   // data/lexical/background_df.tsv
std::string_view builtin_word_relations();  // data/lexical/word_relations.tsv

// The tables over that text and the packed arrays.
TermWeights builtin_term_weights();
WordRelations builtin_word_relation_table();

// The packed arrays' header; then TermWeights::Entry[term_count],
// WordRelations::Entry[relation_count], uint32_t classes[class_count], in
// the build host's byte order.
struct PackedLexicalHeader {
  char magic[8] = {'C', 'H', 'L', 'E', 'X', '1', 0, 0};
  uint64_t documents = 0;
  uint32_t term_count = 0;
  uint32_t relation_count = 0;
  uint32_t class_count = 0;
  uint32_t background_df_size = 0;  // bytes of the text the arrays point into
  uint32_t word_relations_size = 0;
  uint32_t reserved = 0;
};

}  // namespace chorus::text

#include "text/lexical_tables.h"

#include <cstring>
#include <string>

#include "chorus/error.h"
#include "core/embed.h"

namespace chorus::text {

CHORUS_EMBED(builtin_background_df, CHORUS_DATA_DIR "/lexical/background_df.tsv")
CHORUS_EMBED(builtin_word_relations, CHORUS_DATA_DIR "/lexical/word_relations.tsv")
CHORUS_EMBED(packed_lexical_tables, CHORUS_LEXICAL_PACK)

namespace {

static_assert(sizeof(TermWeights::Entry) == 12 && sizeof(WordRelations::Entry) == 16 &&
              sizeof(PackedLexicalHeader) == 40);

// The packed arrays, checked against the text they point into (both are
// built together, so a mismatch is a broken build, not bad input).
struct Packed {
  PackedLexicalHeader header;
  std::span<const TermWeights::Entry> terms;
  std::span<const WordRelations::Entry> relations;
  std::span<const uint32_t> classes;
};

Packed packed() {
  const std::string_view bytes = packed_lexical_tables();
  Packed p;
  if (bytes.size() >= sizeof p.header) std::memcpy(&p.header, bytes.data(), sizeof p.header);
  const size_t expected = sizeof p.header + p.header.term_count * sizeof(TermWeights::Entry) +
                          p.header.relation_count * sizeof(WordRelations::Entry) +
                          p.header.class_count * sizeof(uint32_t);
  if (bytes.size() < sizeof p.header || std::memcmp(p.header.magic, PackedLexicalHeader().magic, 8) != 0 ||
      bytes.size() != expected || p.header.background_df_size != builtin_background_df().size() ||
      p.header.word_relations_size != builtin_word_relations().size())
    throw Error("the packed word tables do not match data/lexical/ (a broken build: rebuild chorus)");
  const char* at = bytes.data() + sizeof p.header;
  p.terms = {reinterpret_cast<const TermWeights::Entry*>(at), p.header.term_count};
  at += p.terms.size_bytes();
  p.relations = {reinterpret_cast<const WordRelations::Entry*>(at), p.header.relation_count};
  at += p.relations.size_bytes();
  p.classes = {reinterpret_cast<const uint32_t*>(at), p.header.class_count};
  return p;
}

}  // namespace

TermWeights builtin_term_weights() {
  const Packed p = packed();
  return TermWeights::view(builtin_background_df(), p.header.documents, p.terms);
}

WordRelations builtin_word_relation_table() {
  const Packed p = packed();
  return WordRelations::view(builtin_word_relations(), p.relations, p.classes);
}

}  // namespace chorus::text

// chorus_pack_lexical: run at build time. Parses the word tables with the
// library's own parsers (so a malformed table fails the build, naming the
// line) and writes their sorted arrays, which the library embeds and reads in
// place (text/lexical_tables.h): nothing is parsed when chorus starts.
//
// Usage: chorus_pack_lexical BACKGROUND_DF.tsv WORD_RELATIONS.tsv OUT.bin
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "chorus/error.h"
#include "text/lexical_tables.h"
#include "text/term_weights.h"
#include "text/word_relations.h"

namespace {

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw chorus::Error(std::string(path) + ": cannot read");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

template <typename T>
void write_array(std::ostream& out, std::span<const T> items) {
  out.write(reinterpret_cast<const char*>(items.data()), static_cast<std::streamsize>(items.size_bytes()));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: chorus_pack_lexical BACKGROUND_DF.tsv WORD_RELATIONS.tsv OUT.bin\n";
    return 2;
  }
  try {
    const std::string df_text = read_all(argv[1]), relations_text = read_all(argv[2]);
    const auto weights = chorus::text::TermWeights::parse(df_text, argv[1]);
    const auto relations = chorus::text::WordRelations::parse(relations_text, argv[2]);
    chorus::text::PackedLexicalHeader header;
    header.documents = weights.documents();
    header.term_count = static_cast<uint32_t>(weights.entries().size());
    header.relation_count = static_cast<uint32_t>(relations.keys().size());
    header.class_count = static_cast<uint32_t>(relations.all_classes().size());
    header.background_df_size = static_cast<uint32_t>(df_text.size());
    header.word_relations_size = static_cast<uint32_t>(relations_text.size());
    std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(&header), sizeof header);
    write_array(out, weights.entries());
    write_array(out, relations.keys());
    write_array(out, relations.all_classes());
    if (!out) throw chorus::Error(std::string(argv[3]) + ": cannot write");
  } catch (const chorus::Error& error) {
    std::cerr << "chorus_pack_lexical: error: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

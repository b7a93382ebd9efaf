// The shipped word tables read in place from the arrays packed at build time
// agree with their twin: the same tables parsed from the embedded text.
#include <gtest/gtest.h>

#include <string>

#include "text/lexical_tables.h"

namespace chorus::text {
namespace {

TEST(LexicalTables, PackedTermWeightsAgreeWithParsedText) {
  const TermWeights packed = builtin_term_weights();
  const TermWeights parsed = TermWeights::parse(builtin_background_df(), "background_df.tsv");
  ASSERT_GT(parsed.size(), 1000u);
  ASSERT_EQ(packed.size(), parsed.size());
  EXPECT_EQ(packed.documents(), parsed.documents());
  const std::string_view text = builtin_background_df();
  for (const TermWeights::Entry& entry : parsed.entries()) {
    const std::string stem(text.substr(entry.key_offset, entry.key_size));
    ASSERT_EQ(packed.idf(stem), parsed.idf(stem)) << stem;
    ASSERT_LT(packed.idf(stem), packed.max_idf()) << stem;
    ASSERT_EQ(packed.idf(stem + "q"), parsed.idf(stem + "q")) << stem;  // mostly absent
  }
  EXPECT_EQ(packed.idf(""), packed.max_idf());
  EXPECT_EQ(packed.idf("zzzzzzzz"), packed.max_idf());
}

TEST(LexicalTables, PackedWordRelationsAgreeWithParsedText) {
  const WordRelations packed = builtin_word_relation_table();
  const WordRelations parsed = WordRelations::parse(builtin_word_relations(), "word_relations.tsv");
  ASSERT_GT(parsed.size(), 1000u);
  ASSERT_EQ(packed.size(), parsed.size());
  const std::string_view text = builtin_word_relations();
  for (const WordRelations::Entry& entry : parsed.keys()) {
    const std::string key(text.substr(entry.key_offset, entry.key_size));
    const auto a = packed.classes(key), b = parsed.classes(key);
    ASSERT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end())) << key;
    ASSERT_FALSE(a.empty()) << key;
    ASSERT_EQ(packed.classes(key + "#").size(), 0u) << key;
  }
  EXPECT_TRUE(packed.classes("").empty());
}

}  // namespace
}  // namespace chorus::text

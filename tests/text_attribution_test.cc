// Attribution clauses: the words that say who says something, not what.
#include <gtest/gtest.h>

#include "cluster_support.h"
#include "text/attribution.h"

namespace chorus::testing {
namespace {

TEST(Attribution, ClosingOpeningAndAccordingTo) {
  const Cluster cluster = annotated_cluster({
      "Twelve people died in the flood, the agency said on Thursday.\n"
      "The province says that twelve people died in the flood.\n"
      "Twelve people died in the flood, said Jane Roe, a spokeswoman.\n"
      "According to the agency, twelve people died in the flood.\n"
      "Hamas claimed responsibility for the attack on the bus.\n"});
  const Document& doc = cluster.documents[0];
  const auto kept = [&](uint32_t s) {
    const Sentence& sentence = doc.sentences[s];
    const std::vector<bool> marked = text::attribution_tokens(cluster.lexicon, doc, sentence);
    std::string words;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (marked[t - sentence.token_begin]) continue;
      if (!words.empty()) words += ' ';
      words += doc.at(doc.tokens[t].span);
    }
    return words;
  };
  ASSERT_EQ(doc.sentences.size(), 5u);
  EXPECT_EQ(kept(0), "Twelve people died in the flood");
  EXPECT_EQ(kept(1), "twelve people died in the flood");
  EXPECT_EQ(kept(2), "Twelve people died in the flood");
  EXPECT_EQ(kept(3), "twelve people died in the flood");
  EXPECT_EQ(kept(4), "Hamas claimed responsibility for the attack on the bus");
}

}  // namespace
}  // namespace chorus::testing

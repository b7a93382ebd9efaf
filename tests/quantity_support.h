// The quantities of an annotated cluster, each checked for the span invariant
// and basic sanity: for the tests of figures and of figure groups.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "cluster_support.h"
#include "figures/quantity_scanner.h"

namespace chorus::testing {

inline std::vector<std::vector<figures::Quantity>> quantities_of(const Cluster& cluster) {
  const figures::QuantityWords words(cluster.lexicon);
  std::vector<std::vector<figures::Quantity>> out(cluster.documents.size());
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    figures::find_quantities(cluster.documents[d], cluster.lexicon, words, {}, out[d]);
  }
  return out;
}

// The span invariant and basic sanity for every quantity of a document.
inline void expect_valid(const Document& doc, const std::vector<figures::Quantity>& quantities) {
  for (const figures::Quantity& q : quantities) {
    ASSERT_LT(q.sentence, doc.sentences.size());
    const Span sentence = doc.sentences[q.sentence].span;
    EXPECT_TRUE(sentence.contains(q.span)) << doc.at(q.span);
    EXPECT_FALSE(q.span.empty());
    EXPECT_EQ(doc.at(q.span), std::string_view(doc.text).substr(q.span.begin, q.span.size()));
    if (!q.thing.empty()) {
      EXPECT_TRUE(sentence.contains(q.thing)) << doc.at(q.thing);
    }
    if (q.head != figures::kNoStem) {
      EXPECT_TRUE(q.thing.contains(q.head_span)) << doc.at(q.span);
    }
    // The text of a quantity starts and ends on a word boundary.
    const std::string_view text = doc.at(q.span);
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(text.front())));
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(text.back())));
    EXPECT_LE(q.low, q.value * (1 + 1e-12)) << text;
    EXPECT_GE(q.high, q.value * (1 - 1e-12)) << text;
  }
}

// The quantities of one sentence, checked for validity.
inline std::vector<figures::Quantity> scan(const std::string& sentence, Cluster& holder) {
  holder = annotated_cluster({sentence});
  auto all = quantities_of(holder);
  expect_valid(holder.documents[0], all[0]);
  return all[0];
}

}  // namespace chorus::testing

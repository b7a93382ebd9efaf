// Support between sentences: the sparse support score against a slow twin
// computed with maps from the token strings, on every sentence pair.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "compare/support.h"
#include "digest/pipeline.h"
#include "text/attribution.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

Cluster make_cluster(const std::vector<std::string>& texts) {
  std::vector<Article> articles;
  for (size_t i = 0; i < texts.size(); ++i) {
    articles.push_back(Article{"d" + std::to_string(i), "d" + std::to_string(i), "", "", "", "", texts[i]});
  }
  Diagnostics diagnostics;
  return digest::prepare_cluster(articles, Options{}, diagnostics);
}

// The slow twin: counts by stem string, idf over all sentences, cosine and
// coverage from maps.
double naive_support(const Cluster& cluster, uint32_t da, uint32_t sa, uint32_t db, uint32_t sb) {
  std::map<std::string, int> df;
  int total = 0;
  auto counts = [&](uint32_t d, uint32_t s) {
    std::map<std::string, double> c;
    const Document& doc = cluster.documents[d];
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      if (!doc.tokens[t].stop) c[std::string(cluster.lexicon.str(doc.tokens[t].stem))] += 1;
    }
    return c;
  };
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    for (uint32_t s = 0; s < cluster.documents[d].sentences.size(); ++s) {
      for (const auto& entry : counts(d, s)) ++df[entry.first];
      ++total;
    }
  }
  auto weighted = [&](std::map<std::string, double> c) {
    double norm = 0;
    for (auto& [stem, weight] : c) {
      weight *= std::log(static_cast<double>(total) / df[stem]);
      norm += weight * weight;
    }
    for (auto& entry : c) entry.second = norm > 0 ? entry.second / std::sqrt(norm) : 0;
    return c;
  };
  const auto a = weighted(counts(da, sa));
  const auto b = weighted(counts(db, sb));
  double cosine = 0, coverage = 0;
  for (const auto& [stem, weight] : a) {
    if (auto it = b.find(stem); it != b.end()) {
      cosine += weight * it->second;
      coverage += weight * weight;
    }
  }
  return (cosine + coverage) / 2;
}

const std::vector<std::string> kTexts = {
    "The river burst its banks on Tuesday, flooding the lower town. Hundreds of families left "
    "their homes overnight. The mayor asked for army help.\n",
    "Floodwater covered the lower town on Tuesday after the river burst its banks. The army sent "
    "two hundred soldiers. Schools stayed closed.\n",
    "The mayor said the town would need months to recover. Farmers lost most of the harvest. "
    "Insurance companies opened a hotline on Wednesday.\n"};

TEST(SupportScore, AgreesWithNaiveTwinOnEveryPair) {
  const Cluster cluster = make_cluster(kTexts);
  const text::SentenceVectors vectors(cluster);
  int pairs = 0;
  for (uint32_t da = 0; da < cluster.documents.size(); ++da) {
    for (uint32_t sa = 0; sa < cluster.documents[da].sentences.size(); ++sa) {
      for (uint32_t db = 0; db < cluster.documents.size(); ++db) {
        for (uint32_t sb = 0; sb < cluster.documents[db].sentences.size(); ++sb) {
          EXPECT_NEAR(compare::support_score(vectors.of(da, sa), vectors.of(db, sb)),
                      naive_support(cluster, da, sa, db, sb), 1e-9);
          ++pairs;
        }
      }
    }
  }
  EXPECT_GT(pairs, 50);
}

TEST(Support, ParaphraseSupportsAndTopicalSentenceDoesNot) {
  const Cluster cluster = make_cluster(kTexts);
  const text::SentenceVectors vectors(cluster);
  // "The river burst its banks on Tuesday, flooding the lower town."
  const auto matches = compare::find_support(vectors, 0, 0, compare::SupportOptions{});
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].doc, 0u);
  EXPECT_DOUBLE_EQ(matches[0].similarity, 1.0);
  EXPECT_EQ(matches[1].doc, 1u);
  EXPECT_EQ(matches[1].sentence, 0u);
  EXPECT_GE(matches[1].similarity, 0.5);
  // Identical vectors give similarity 1 (up to rounding).
  EXPECT_NEAR(vectors.similarity(1, 0, 1, 0), 1.0, 1e-12);
}

// Who says it is not what is said: attributions left out, number words as digits.
TEST(Support, ClaimVectorsCompareWhatIsSaidNotWhoSaysIt) {
  const Cluster cluster = make_cluster({
      "Twelve people have died and seven are missing, the regional rescue agency said on "
      "Thursday. The river rose overnight.\n",
      "The province says 12 people died and seven are missing. Schools stayed closed.\n",
      "Seven roads remained closed on Thursday, the regional rescue agency said. Farmers lost "
      "their harvest.\n"});
  const text::SentenceVectors plain(cluster);
  const text::SentenceVectors claims(cluster, text::VectorOptions{.claims = true, .names = {}});
  const compare::SupportOptions options;
  // With plain vectors the sentence that shares the attribution scores higher
  // than the one that states the same toll.
  EXPECT_GT(compare::support_score(plain.of(0, 0), plain.of(2, 0)),
            compare::support_score(plain.of(0, 0), plain.of(1, 0)));
  const auto matches = compare::find_support(claims, 0, 0, options);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[1].doc, 1u);
  EXPECT_LT(compare::support_score(claims.of(0, 0), claims.of(2, 0)), options.threshold);
}

// Names given as entities compare as one term whatever their spelling.
TEST(Support, NamesOfOneEntityAreOneTerm) {
  const Cluster cluster = make_cluster({
      "The Northern Rail Authority closed the Varno line after the landslide. Crews cleared "
      "debris.\n",
      "The NRA closed the Varno line after the landslide. Buses replaced trains.\n",
      "Farmers met the mayor on Friday. The harvest was late.\n"});
  const auto span_of = [&](uint32_t d, std::string_view name) {
    const auto at = static_cast<uint32_t>(cluster.documents[d].text.find(name));
    return Span{at, at + static_cast<uint32_t>(name.size())};
  };
  const std::vector<text::NameMention> names = {{0, span_of(0, "Northern Rail Authority"), 0},
                                                {1, span_of(1, "NRA"), 0},
                                                {0, span_of(0, "Varno"), 1},
                                                {1, span_of(1, "Varno"), 1}};
  const text::SentenceVectors words(cluster, text::VectorOptions{.claims = true, .names = {}});
  const text::SentenceVectors entities(cluster, text::VectorOptions{.claims = true, .names = names});
  EXPECT_GT(compare::support_score(entities.of(0, 0), entities.of(1, 0)),
            compare::support_score(words.of(0, 0), words.of(1, 0)));
  EXPECT_GE(compare::support_score(entities.of(0, 0), entities.of(1, 0)), 0.8);
  EXPECT_EQ(entities.term_bound(), cluster.lexicon.size() + 2);
}

// The attribution clauses themselves.
TEST(Attribution, ClosingOpeningAndAccordingTo) {
  const Cluster cluster = make_cluster({
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

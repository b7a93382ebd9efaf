// Bounded cost (issue 12): the sparse sentence graphs against their dense
// twins, the neighbour cap, the candidate limit and its warning, the bound
// on choosing again after repeated facts, and cancellation.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stop_token>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "cluster_support.h"
#include "summarize/candidate_limit.h"
#include "summarize/graph_rank.h"
#include "summarize/method.h"
#include "summarize/ranked_selection.h"
#include "summarize/similarity_graph.h"
#include "summarize/summarizer.h"
#include "test_support.h"
#include "text/sentence_vectors.h"

namespace chorus::testing {
namespace {

using summarize::SparseGraph;

// Articles of news-like sentences drawn from a small vocabulary (Zipf-like:
// a few words in many sentences, most in few), so that sentences share words
// the way a cluster's do. Deterministic for a seed.
std::vector<std::string> synthetic_articles(uint32_t seed, size_t articles, size_t sentences_per_article) {
  static const char* const kStarts[] = {"Officials said", "The report says", "Witnesses told reporters",
                                        "According to the ministry,", "Local media reported that"};
  static const char* const kLinks[] = {"the", "a", "of", "in", "and", "after", "with", "near"};
  std::mt19937 random(seed);
  std::vector<std::string> vocabulary;
  for (int w = 0; w < 400; ++w) {
    std::string word;
    for (int letter = 0; letter < 5 + w % 4; ++letter) word += static_cast<char>('a' + (w * 7 + letter * 13 + w / 26) % 26);
    vocabulary.push_back(word);
  }
  std::discrete_distribution<size_t> pick_word = [&] {
    std::vector<double> weights;
    for (size_t w = 0; w < vocabulary.size(); ++w) weights.push_back(1.0 / static_cast<double>(w + 1));
    return std::discrete_distribution<size_t>(weights.begin(), weights.end());
  }();
  std::vector<std::string> texts;
  for (size_t a = 0; a < articles; ++a) {
    std::string text;
    for (size_t s = 0; s < sentences_per_article; ++s) {
      std::string sentence = kStarts[random() % 5];
      const size_t words = 8 + random() % 14;
      for (size_t w = 0; w < words; ++w) {
        sentence += ' ';
        sentence += w % 3 == 1 ? kLinks[random() % 8] : vocabulary[pick_word(random)];
      }
      text += sentence + ".\n";
    }
    texts.push_back(text);
  }
  return texts;
}

std::vector<const text::SparseVector*> vectors_of(const text::SentenceVectors& vectors,
                                                  const std::vector<summarize::Candidate>& candidates) {
  return summarize::candidate_vectors(vectors, candidates);
}

// The dense twins the methods used before the sparse graphs: every pair's
// cosine in an n×n matrix, and power iteration over all n² entries, adding
// in the order graph_rank adds (the zeros it skips add nothing).
std::vector<double> dense_cosines(const std::vector<const text::SparseVector*>& vectors) {
  const size_t n = vectors.size();
  std::vector<double> matrix(n * n, 0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) matrix[i * n + j] = text::dot(*vectors[i], *vectors[j]);
  }
  return matrix;
}

std::vector<double> dense_graph_rank(std::vector<double> weights, size_t n) {
  const double damping = 0.85;
  std::vector<char> dangling(n, 0);
  for (size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (size_t j = 0; j < n; ++j) sum += weights[i * n + j];
    if (sum > 0) {
      for (size_t j = 0; j < n; ++j) weights[i * n + j] /= sum;
    } else {
      dangling[i] = 1;
    }
  }
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> score(n, uniform), next(n);
  for (int iteration = 0; iteration < 500; ++iteration) {
    double dangling_mass = 0;
    for (size_t i = 0; i < n; ++i) dangling_mass += dangling[i] ? score[i] : 0;
    const double base = (1 - damping) * uniform + damping * dangling_mass * uniform;
    std::fill(next.begin(), next.end(), base);
    for (size_t i = 0; i < n; ++i) {
      if (dangling[i]) continue;
      const double out = damping * score[i];
      for (size_t j = 0; j < n; ++j) next[j] += out * weights[i * n + j];
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) change += std::fabs(next[j] - score[j]);
    score.swap(next);
    if (change < 1e-9) break;
  }
  return score;
}

summarize::GraphOptions with_self_loops(uint32_t max_neighbours = 512) {
  summarize::GraphOptions options;
  options.self_loops = true;
  options.max_neighbours = max_neighbours;
  return options;
}

double cosine_weight(uint32_t, uint32_t, double cosine) { return cosine; }

TEST(SimilarityGraph, HoldsEveryPairThatSharesATermWithItsCosine) {
  for (uint32_t seed = 1; seed <= 5; ++seed) {
    const Cluster cluster = annotated_cluster(synthetic_articles(seed, 3, 12));
    const auto candidates = summarize::collect_candidates(cluster, {});
    const text::SentenceVectors vectors(cluster);
    const auto rows = vectors_of(vectors, candidates);
    const SparseGraph graph =
        summarize::similarity_graph(rows, vectors.term_bound(), cosine_weight, with_self_loops(1000));
    const std::vector<double> dense = dense_cosines(rows);
    const size_t n = rows.size();
    ASSERT_EQ(graph.nodes(), n);
    size_t nonzero = 0;
    for (size_t i = 0; i < n; ++i) {
      std::vector<double> row(n, 0.0);
      for (size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) {
        if (e > graph.offsets[i]) {
          EXPECT_LT(graph.targets[e - 1], graph.targets[e]);
        }
        row[graph.targets[e]] = graph.weights[e];
      }
      for (size_t j = 0; j < n; ++j) {
        EXPECT_EQ(row[j], dense[i * n + j]) << "seed " << seed << " pair " << i << "," << j;  // bit for bit
        nonzero += dense[i * n + j] > 0;
      }
    }
    EXPECT_EQ(graph.edges(), nonzero);
  }
}

TEST(SimilarityGraph, KeepsAtMostTheCapOfHeaviestNeighbours) {
  const Cluster cluster = annotated_cluster(synthetic_articles(11, 4, 25));
  const auto candidates = summarize::collect_candidates(cluster, {});
  const text::SentenceVectors vectors(cluster);
  const auto rows = vectors_of(vectors, candidates);
  const SparseGraph all = summarize::similarity_graph(rows, vectors.term_bound(), cosine_weight, {1000, false});
  const uint32_t cap = 5;
  const SparseGraph capped = summarize::similarity_graph(rows, vectors.term_bound(), cosine_weight, {cap, false});
  ASSERT_GT(all.edges(), cap * rows.size());  // the cap binds
  EXPECT_LE(capped.edges(), cap * capped.nodes());
  for (size_t i = 0; i < rows.size(); ++i) {
    std::vector<double> weights(all.weights.begin() + static_cast<std::ptrdiff_t>(all.offsets[i]),
                                all.weights.begin() + static_cast<std::ptrdiff_t>(all.offsets[i + 1]));
    std::sort(weights.rbegin(), weights.rend());
    const size_t kept = std::min<size_t>(cap, weights.size());
    ASSERT_EQ(capped.offsets[i + 1] - capped.offsets[i], kept);
    double lightest_kept = INFINITY;
    for (size_t e = capped.offsets[i]; e < capped.offsets[i + 1]; ++e) {
      EXPECT_NE(capped.targets[e], i);  // no self-loops asked for
      lightest_kept = std::min(lightest_kept, capped.weights[e]);
    }
    if (kept > 0) {
      EXPECT_EQ(lightest_kept, weights[kept - 1]);
    }
  }
}

TEST(SimilarityGraph, LexRankScoresEqualTheDenseMatrixOnes) {
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    const Cluster cluster = annotated_cluster(synthetic_articles(seed, 2 + seed % 4, 6 + seed % 9));
    const auto candidates = summarize::collect_candidates(cluster, {});
    const text::SentenceVectors vectors(cluster);
    const auto rows = vectors_of(vectors, candidates);
    const std::vector<double> dense = dense_graph_rank(dense_cosines(rows), rows.size());
    const std::vector<double> sparse = summarize::graph_rank(
        summarize::similarity_graph(rows, vectors.term_bound(), cosine_weight, with_self_loops()));
    ASSERT_EQ(sparse.size(), dense.size());
    for (size_t i = 0; i < dense.size(); ++i) EXPECT_EQ(sparse[i], dense[i]) << "seed " << seed;  // bit for bit
    EXPECT_EQ(summarize::rank_by_score(sparse), summarize::rank_by_score(dense)) << "seed " << seed;
  }
}

TEST(CandidateLimit, KeepsTheMostCentralInTheirOrder) {
  const Cluster cluster = annotated_cluster(synthetic_articles(3, 3, 20));
  auto candidates = summarize::collect_candidates(cluster, {});
  const auto all = candidates;
  const std::vector<double> centrality = summarize::centrality(cluster, all);
  ASSERT_GT(all.size(), 10u);
  EXPECT_EQ(summarize::limit_candidates(cluster, candidates, 10), all.size() - 10);
  ASSERT_EQ(candidates.size(), 10u);
  // Kept in their order, and none left out is more central than one kept.
  double least_kept = INFINITY;
  std::vector<char> kept(all.size(), 0);
  size_t from = 0;
  for (const auto& candidate : candidates) {
    while (from < all.size() && (all[from].doc != candidate.doc || all[from].sentence != candidate.sentence)) ++from;
    ASSERT_LT(from, all.size());
    kept[from] = 1;
    least_kept = std::min(least_kept, centrality[from]);
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if (!kept[i]) {
      EXPECT_LE(centrality[i], least_kept);
    }
  }
  // At or under the limit nothing changes.
  auto same = all;
  EXPECT_EQ(summarize::limit_candidates(cluster, same, static_cast<uint32_t>(all.size())), 0u);
  EXPECT_EQ(same.size(), all.size());
}

TEST(CandidateLimit, CopiesOfOneArticleDoNotCrowdOutTheOthers) {
  // Forty copies of one article and one other article: over the limit, the
  // copies count once and every distinct sentence stays.
  const std::vector<std::string> one = synthetic_articles(12, 1, 10);
  const std::vector<std::string> other = synthetic_articles(13, 1, 10);
  std::vector<std::string> texts(40, one[0]);
  texts.push_back(other[0]);
  const Cluster cluster = annotated_cluster(texts);
  auto candidates = summarize::collect_candidates(cluster, {});
  const size_t distinct = summarize::collect_candidates(annotated_cluster({one[0], other[0]}), {}).size();
  ASSERT_GT(candidates.size(), 100u);
  summarize::limit_candidates(cluster, candidates, 100);
  ASSERT_EQ(candidates.size(), distinct);
  EXPECT_EQ(std::count_if(candidates.begin(), candidates.end(), [](const auto& c) { return c.doc == 40; }),
            static_cast<std::ptrdiff_t>(distinct / 2));
  for (const auto& candidate : candidates) EXPECT_TRUE(candidate.doc == 0 || candidate.doc == 40);
}

TEST(CandidateLimit, AppliesBeyondTheLimitWithAWarning) {
  const Cluster cluster = annotated_cluster(synthetic_articles(5, 4, 15));
  const size_t candidates = summarize::collect_candidates(cluster, {}).size();
  ASSERT_GT(candidates, 30u);
  for (const std::string_view method : summarize::method_names()) {
    summarize::SummaryOptions options;
    options.method = std::string(method);
    options.max_candidates = 30;
    const summarize::Summary limited = summarize::summarize(cluster, options, {});
    EXPECT_FALSE(limited.sentences.empty()) << method;
    if (method == "lead") {  // one pass over one document: never limited
      EXPECT_TRUE(limited.warnings.empty());
      continue;
    }
    ASSERT_EQ(limited.warnings.size(), 1u) << method;
    EXPECT_NE(limited.warnings[0].find(std::to_string(candidates) + " candidate sentences"), std::string::npos)
        << limited.warnings[0];
    EXPECT_NE(limited.warnings[0].find("limit of 30"), std::string::npos) << limited.warnings[0];
    // Every chosen sentence is among the 30 most central.
    auto kept = summarize::collect_candidates(cluster, {});
    summarize::limit_candidates(cluster, kept, 30);
    for (const auto& s : limited.sentences) {
      EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [&](const summarize::Candidate& c) {
        return c.doc == s.doc && c.sentence == s.sentence;
      })) << method;
    }
  }
}

TEST(CandidateLimit, TheExactIlpHasALowerLimitOfItsOwn) {
  const Cluster cluster = annotated_cluster(synthetic_articles(6, 10, 70));
  ASSERT_GT(summarize::collect_candidates(cluster, {}).size(), 600u);
  summarize::SummaryOptions options;
  options.method = "ilp";
  options.max_candidates = 0;  // no general limit: the solver's own still holds
  const summarize::Summary summary = summarize::summarize(cluster, options, {});
  EXPECT_FALSE(summary.sentences.empty());
  ASSERT_EQ(summary.warnings.size(), 1u);
  EXPECT_NE(summary.warnings[0].find("limit of 600"), std::string::npos) << summary.warnings[0];
}

TEST(CandidateLimit, BelowTheLimitTheSummaryIsUnchanged) {
  const Cluster cluster = annotated_cluster(synthetic_articles(8, 3, 12));
  for (const std::string_view method : summarize::method_names()) {
    summarize::SummaryOptions options;
    options.method = std::string(method);
    const summarize::Summary limited = summarize::summarize(cluster, options, {});
    EXPECT_TRUE(limited.warnings.empty()) << method;
    options.max_candidates = 0;  // no limit at all
    const auto unlimited = summarize::summarize(cluster, options);
    ASSERT_EQ(limited.sentences.size(), unlimited.size()) << method;
    for (size_t i = 0; i < unlimited.size(); ++i) {
      EXPECT_EQ(limited.sentences[i].doc, unlimited[i].doc) << method;
      EXPECT_EQ(limited.sentences[i].sentence, unlimited[i].sentence) << method;
    }
  }
}

TEST(SameFact, ManySentencesOfOneFactEndInOneSentence) {
  // Every pair states one fact: however many rounds that takes, one sentence stays.
  const Cluster cluster = annotated_cluster(synthetic_articles(9, 5, 30));
  for (const char* method : {"textrank", "kl", "default"}) {
    summarize::SummaryOptions options;
    options.method = method;
    options.words = 400;
    options.same_fact = [](const summarize::Selection&, const summarize::Selection&) { return true; };
    EXPECT_EQ(summarize::summarize(cluster, options).size(), 1u) << method;
  }
}

TEST(Cancellation, EveryMethodThrowsCancelledOnceStopped) {
  const Cluster cluster = annotated_cluster(synthetic_articles(4, 3, 10));
  const auto candidates = summarize::collect_candidates(cluster, {});
  std::stop_source source;
  source.request_stop();
  for (const std::string_view method : summarize::method_names()) {
    summarize::SummaryOptions options;
    options.method = std::string(method);
    EXPECT_THROW(summarize::summarize(cluster, options, source.get_token()), Cancelled) << method;
    if (method == "lead") continue;  // one short pass, nothing to stop
    const auto chosen = [&] {
      return summarize::make_method(method)->select(cluster, candidates, summarize::Budget{}, source.get_token());
    };
    EXPECT_THROW(chosen(), Cancelled) << method;
  }
  // Not stopped: the same call runs.
  summarize::SummaryOptions options;
  EXPECT_FALSE(summarize::summarize(cluster, options, std::stop_source().get_token()).sentences.empty());
}

}  // namespace
}  // namespace chorus::testing

// The vector-space summarizers: centroid (MEAD), LexRank, TextRank and MMR,
// and the helpers they share (graph ranking, ranked selection, centroid).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "summarize/cluster_centroid.h"
#include "summarize/graph_rank.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "cluster_support.h"
#include "test_support.h"
#include "text/tokenizer.h"
#include "text/annotator.h"

namespace chorus::testing {
namespace {

const char* const kMethods[] = {"centroid", "lexrank", "textrank", "mmr"};


std::string sentence_text(const Cluster& cluster, uint32_t doc, uint32_t sentence) {
  const Document& d = cluster.documents[doc];
  return std::string(d.at(d.sentences[sentence].span));
}

std::vector<std::string> summary_of(const Cluster& cluster, const std::string& method, uint32_t words,
                                    bool fill = false) {
  summarize::SummaryOptions options;
  options.method = method;
  options.words = words;
  options.fill = fill;
  std::vector<std::string> out;
  for (const auto& s : summarize::summarize(cluster, options)) out.push_back(sentence_text(cluster, s.doc, s.sentence));
  return out;
}

// A hub: the first sentence shares words with each of the others, which share
// almost nothing with one another.
const std::vector<std::string> kHub = {
    "Heavy rain flooded the harbour of Velma and closed the coastal road on Monday.",  // 14 words
    "Heavy rain fell across the southern region during the long storm season.",
    "The harbour of Velma stayed empty as fishing boats waited offshore.",
    "Police closed the coastal road to traffic while crews cleared fallen trees.",
    "Rivers flooded several farms on Monday, farmers told local reporters.",
};

TEST(VectorMethods, GraphMethodsAndCentroidPickTheMostCentralSentence) {
  const Cluster cluster = annotated_cluster(kHub);
  // Room for the 14-word hub sentence only.
  for (const char* method : {"centroid", "lexrank", "textrank", "mmr"}) {
    const auto summary = summary_of(cluster, method, 14);
    ASSERT_EQ(summary.size(), 1u) << method;
    EXPECT_EQ(summary[0], kHub[0]) << method;
  }
}

TEST(VectorMethods, LexRankScoresTheHubHighest) {
  const Cluster cluster = annotated_cluster(kHub);
  const auto candidates = summarize::collect_candidates(cluster, {});
  ASSERT_EQ(candidates.size(), kHub.size());
  // With room for every sentence, LexRank still takes the hub first.
  const auto chosen = summarize::make_method("lexrank")->select(cluster, candidates, summarize::Budget{1000, false});
  ASSERT_FALSE(chosen.empty());
  EXPECT_EQ(candidates[chosen[0]].doc, 0u);
}

// Two outlets run the same agency sentence word for word.
const std::vector<std::string> kCopies = {
    "Heavy rain flooded the harbour of Velma and closed the coastal road on Monday.",
    "Heavy rain flooded the harbour of Velma and closed the coastal road on Monday.",
    "Rescue teams moved three hundred families out of the flooded harbour district of Velma.",
    "The mayor of Velma said the coastal road would reopen once the heavy rain stopped.",
};

TEST(VectorMethods, RedundancyChecksSkipANearDuplicate) {
  const Cluster cluster = annotated_cluster(kCopies);
  // 30 words hold two of these sentences, not three.
  for (const char* method : {"centroid", "lexrank", "mmr"}) {
    const auto summary = summary_of(cluster, method, 30);
    ASSERT_EQ(summary.size(), 2u) << method;
    EXPECT_NE(summary[0], summary[1]) << method << " repeated the agency sentence";
  }
}

TEST(VectorMethods, MmrTradesRelevanceForNovelty) {
  const Cluster cluster = annotated_cluster(kCopies);
  const auto candidates = summarize::collect_candidates(cluster, {});
  const auto chosen = summarize::make_method("mmr")->select(cluster, candidates, summarize::Budget{1000, false});
  ASSERT_EQ(chosen.size(), candidates.size());  // everything fits, so all is taken ...
  // ... but the second copy comes last: it adds nothing new.
  const auto first = std::find(chosen.begin(), chosen.end(), 0u) - chosen.begin();
  const auto second = std::find(chosen.begin(), chosen.end(), 1u) - chosen.begin();
  EXPECT_EQ(static_cast<size_t>(std::max(first, second)), chosen.size() - 1);
}

TEST(VectorMethods, CentroidPrefersTheClustersWordsAndEarlierSentences) {
  // The fire story is told by three documents; the last sentence of d0 is about
  // something else entirely.
  const Cluster cluster = annotated_cluster({
      "A fire destroyed the old timber market in Corlan overnight. "
      "Firefighters fought the blaze for six hours before it was contained. "
      "Separately, the city council approved a new budget for public libraries.",
      "The old timber market in Corlan burned down overnight in a huge fire. "
      "Six hours passed before firefighters contained the blaze.",
      "Firefighters needed six hours to contain the fire at the Corlan timber market.",
  });
  const auto summary = summary_of(cluster, "centroid", 12);
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_NE(summary[0].find("fire"), std::string::npos) << summary[0];

  // Two copies of one sentence at different positions: the earlier wins.
  const std::string lead = "The storm damaged roofs and cut power lines across the northern valley.";
  const std::string other = "Schools in the valley stayed open for the rest of the week, officials said.";
  const Cluster positions = annotated_cluster({lead + " " + other, other + " " + lead});
  const auto candidates = summarize::collect_candidates(positions, {});
  const auto chosen = summarize::make_method("centroid")->select(positions, candidates, summarize::Budget{13, false});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_EQ(candidates[chosen[0]].position, 0u);
}

TEST(VectorMethods, BudgetHoldsUnderBothPolicies) {
  const Cluster cluster = annotated_cluster({
      "Rescuers reached the three climbers trapped on Mount Verel on Thursday after a two-day search in "
      "heavy snow. The climbers were flown to the regional hospital in Tarsk. Doctors said all three were "
      "suffering from mild frostbite but were in stable condition.",
      "Three climbers have been trapped on Mount Verel since Tuesday, when an avalanche cut off their route "
      "down. Rescue teams from Tarsk began a search in heavy snow. A helicopter could not fly because of "
      "strong winds.",
      "The three climbers trapped on Mount Verel were rescued on Thursday after a two-day search in heavy "
      "snow, officials in Tarsk said. The climbers were flown to hospital with mild frostbite. The mountain "
      "will stay closed to climbers until the snow settles.",
  });
  const auto candidates = summarize::collect_candidates(cluster, {});
  uint32_t total = 0;
  for (const auto& c : candidates) total += c.words;
  for (const char* name : kMethods) {
    const auto method = summarize::make_method(name);
    for (uint32_t words = 5; words <= 120; words += 5) {
      const auto strict = method->select(cluster, candidates, summarize::Budget{words, false});
      uint32_t used = 0;
      for (uint32_t i : strict) used += candidates[i].words;
      EXPECT_LE(used, words) << name;

      // Fill: sentences are added while the summary is short of the budget,
      // so without its last sentence the summary is under it.
      const auto fill = method->select(cluster, candidates, summarize::Budget{words, true});
      ASSERT_FALSE(fill.empty()) << name;
      used = 0;
      for (uint32_t i : fill) used += candidates[i].words;
      EXPECT_LT(used - candidates[fill.back()].words, words) << name;
      if (words <= total / 2) {
        EXPECT_GE(used, words) << name << " stopped short of " << words;
      }
    }
  }
}

TEST(VectorMethods, Deterministic) {
  for (const char* name : kMethods) {
    const Cluster a = annotated_cluster(kCopies);
    const Cluster b = annotated_cluster(kCopies);
    EXPECT_EQ(summary_of(a, name, 40), summary_of(b, name, 40)) << name;
    EXPECT_EQ(summary_of(a, name, 40, true), summary_of(a, name, 40, true)) << name;
  }
}

TEST(VectorMethods, ShortNotesAndEmptyClusters) {
  // Only sentences under the candidates' minimum length: the summarizer
  // relaxes it, and every method still says something.
  const Cluster note = annotated_cluster({"Polls closed at eight. Counting starts now.", "Turnout was high."});
  for (const char* name : kMethods) {
    EXPECT_FALSE(summary_of(note, name, 100).empty()) << name;
  }
  const Cluster empty = annotated_cluster({});
  for (const char* name : kMethods) {
    EXPECT_TRUE(summary_of(empty, name, 100).empty()) << name;
  }
}

TEST(VectorMethods, RegisteredByName) {
  const auto names = summarize::method_names();
  for (const char* name : kMethods) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(summarize::canonical_method_name("default"), "concept");
}

TEST(ClusterCentroid, KeepsTheTopWords) {
  const Cluster cluster = annotated_cluster(kHub);
  const auto all = summarize::cluster_centroid(cluster, 0, 0);
  const auto top = summarize::cluster_centroid(cluster, 3, 1e9);
  ASSERT_EQ(top.vector.size(), 3u);
  EXPECT_GT(all.vector.size(), 3u);
  EXPECT_TRUE(std::is_sorted(top.vector.begin(), top.vector.end()));
  // The kept words are the heaviest ones, with their full weight.
  double lightest_kept = INFINITY;
  for (const auto& [stem, weight] : top.vector) {
    EXPECT_EQ(weight, all.weight[stem]);
    lightest_kept = std::min(lightest_kept, weight);
  }
  for (const auto& [stem, weight] : all.vector) {
    if (top.weight[stem] == 0) {
      EXPECT_LE(weight, lightest_kept);
    }
  }
  // "flood" is in two sentences; "season" in one: the repeated word weighs more.
  const auto flood = cluster.lexicon.find("flood");
  const auto season = cluster.lexicon.find("season");
  ASSERT_TRUE(flood && season);
  EXPECT_GT(all.weight[*flood], all.weight[*season]);
}

// The slow twin of graph_rank: the stationary distribution solved directly,
// (I - d M^T - d/n 1 dangling^T) p = (1 - d)/n 1, by Gaussian elimination.
std::vector<double> solve_stationary(std::vector<double> weights, size_t n, double d) {
  std::vector<double> a(n * n, 0), b(n, (1 - d) / n);
  for (size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (size_t j = 0; j < n; ++j) sum += weights[i * n + j];
    for (size_t j = 0; j < n; ++j) {
      const double step = sum > 0 ? weights[i * n + j] / sum : 1.0 / n;  // row i: from node i
      a[j * n + i] -= d * step;
    }
  }
  for (size_t i = 0; i < n; ++i) a[i * n + i] += 1;
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t r = col + 1; r < n; ++r) {
      if (std::fabs(a[r * n + col]) > std::fabs(a[pivot * n + col])) pivot = r;
    }
    for (size_t k = 0; k < n; ++k) std::swap(a[col * n + k], a[pivot * n + k]);
    std::swap(b[col], b[pivot]);
    for (size_t r = 0; r < n; ++r) {
      if (r == col) continue;
      const double factor = a[r * n + col] / a[col * n + col];
      for (size_t k = 0; k < n; ++k) a[r * n + k] -= factor * a[col * n + k];
      b[r] -= factor * b[col];
    }
  }
  for (size_t i = 0; i < n; ++i) b[i] /= a[i * n + i];
  return b;
}

// A dense row-major matrix as the sparse graph graph_rank reads.
summarize::SparseGraph sparse_graph(const std::vector<double>& weights, size_t n) {
  summarize::SparseGraph graph;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      if (weights[i * n + j] == 0) continue;
      graph.targets.push_back(static_cast<uint32_t>(j));
      graph.weights.push_back(weights[i * n + j]);
    }
    graph.offsets.push_back(graph.targets.size());
  }
  return graph;
}

TEST(GraphRank, AgreesWithTheDirectSolutionOnRandomGraphs) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> uniform(0, 1);
  for (int trial = 0; trial < 200; ++trial) {
    const size_t n = 1 + random() % 12;
    std::vector<double> weights(n * n, 0);
    for (size_t i = 0; i < n; ++i) {
      if (uniform(random) < 0.15) continue;  // a node without out-edges
      for (size_t j = 0; j < n; ++j) weights[i * n + j] = uniform(random) < 0.5 ? uniform(random) : 0;
    }
    const std::vector<double> expected = solve_stationary(weights, n, 0.85);
    const std::vector<double> scores = summarize::graph_rank(sparse_graph(weights, n));
    ASSERT_EQ(scores.size(), n);
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
      EXPECT_NEAR(scores[i], expected[i], 1e-8) << "trial " << trial << " node " << i;
      sum += scores[i];
    }
    EXPECT_NEAR(sum, 1.0, 1e-9);
  }
}

TEST(GraphRank, StarCentreRanksFirst) {
  const size_t n = 5;
  std::vector<double> weights(n * n, 0);
  for (size_t leaf = 1; leaf < n; ++leaf) weights[leaf] = weights[leaf * n] = 1;
  const auto scores = summarize::graph_rank(sparse_graph(weights, n));
  for (size_t leaf = 1; leaf < n; ++leaf) {
    EXPECT_GT(scores[0], scores[leaf]);
    EXPECT_NEAR(scores[leaf], scores[1], 1e-12);
  }
}


}  // namespace
}  // namespace chorus::testing

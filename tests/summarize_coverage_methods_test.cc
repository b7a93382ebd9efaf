// The word-distribution and coverage methods: SumBasic, KL-greedy, the
// Lin-Bilmes submodular objective and the exact concept ILP.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "summarize/candidate.h"
#include "summarize/concept_ilp.h"
#include "summarize/concepts.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "summarize/word_distribution.h"
#include "cluster_support.h"
#include "test_support.h"
#include "text/annotator.h"
#include "text/tokenizer.h"

namespace chorus::testing {
namespace {

using summarize::Budget;
using summarize::Candidate;

const char* const kMethods[] = {"sumbasic", "kl", "submodular", "ilp"};


std::string sentence_text(const Cluster& cluster, const Candidate& candidate) {
  const Document& doc = cluster.documents[candidate.doc];
  return std::string(doc.at(doc.sentences[candidate.sentence].span));
}

uint32_t words_of(const std::vector<Candidate>& candidates, const std::vector<uint32_t>& chosen) {
  uint32_t words = 0;
  for (uint32_t i : chosen) words += candidates[i].words;
  return words;
}

std::vector<uint32_t> run(std::string_view method, const Cluster& cluster, const std::vector<Candidate>& candidates,
                          Budget budget) {
  std::vector<uint32_t> chosen = summarize::make_method(method)->select(cluster, candidates, budget);
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// A storm story told by four outlets, with one off-topic sentence.
const std::vector<std::string> kStorm = {
    "Floods from the storm destroyed hundreds of homes in the river valley on Monday. "
    "Rescue teams pulled dozens of people from flooded homes in the valley. "
    "The local football club postponed its weekend match against a rival team.",
    "The storm flooded the river valley and destroyed hundreds of homes, officials said. "
    "Rescue teams used boats to reach families trapped by the floods. "
    "The storm is expected to move north toward the coast by Wednesday.",
    "Hundreds of homes in the river valley were destroyed by floods after the storm. "
    "Officials said at least twelve people died in the floods. "
    "Rescue teams were still searching the valley for missing people on Tuesday.",
    "At least twelve people died when the storm flooded the river valley. "
    "Hundreds of homes were destroyed and rescue teams searched for the missing. "
    "The government promised emergency aid for families who lost their homes.",
};

TEST(CoverageMethods, AreRegistered) {
  for (const char* name : kMethods) {
    const auto names = summarize::method_names();
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
    EXPECT_NE(summarize::make_method(name), nullptr);
  }
  EXPECT_EQ(summarize::canonical_method_name("default"), "concept");
}

TEST(CoverageMethods, KeepBothBudgetPolicies) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  uint32_t total = 0;
  for (const Candidate& c : candidates) total += c.words;
  for (const char* name : kMethods) {
    for (uint32_t words : {15u, 30u, 60u}) {
      const auto strict = run(name, cluster, candidates, Budget{words, false});
      EXPECT_LE(words_of(candidates, strict), words) << name << " " << words;
      EXPECT_FALSE(strict.empty()) << name << " " << words;  // every budget here fits a sentence

      const auto fill = run(name, cluster, candidates, Budget{words, true});
      const uint32_t filled = words_of(candidates, fill);
      // Fills the budget; only the last sentence may cross it.
      EXPECT_GE(filled, std::min(words, total)) << name << " " << words;
      // The sentence that crosses comes last (the summarizer keeps it last,
      // where the scorer's cut falls): all before it are under the budget.
      const auto in_order = summarize::make_method(name)->select(cluster, candidates, Budget{words, true});
      ASSERT_FALSE(in_order.empty());
      EXPECT_LT(filled - candidates[in_order.back()].words, words) << name << " " << words;
    }
  }
}

TEST(CoverageMethods, AreDeterministic) {
  const Cluster a = annotated_cluster(kStorm);
  const Cluster b = annotated_cluster(kStorm);
  const auto candidates_a = summarize::collect_candidates(a, {});
  const auto candidates_b = summarize::collect_candidates(b, {});
  for (const char* name : kMethods) {
    for (bool fill : {false, true}) {
      EXPECT_EQ(run(name, a, candidates_a, Budget{40, fill}), run(name, b, candidates_b, Budget{40, fill})) << name;
    }
  }
}

TEST(CoverageMethods, LeaveOutTheOffTopicSentence) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  for (const char* name : kMethods) {
    for (uint32_t i : run(name, cluster, candidates, Budget{45, false})) {
      EXPECT_EQ(sentence_text(cluster, candidates[i]).find("football"), std::string::npos) << name;
    }
  }
}

TEST(CoverageMethods, DoNotRepeatANearDuplicate) {
  // Two outlets carry the same wire sentence; a summary says it once.
  const std::string wire = "The storm destroyed hundreds of homes in the river valley on Monday night. ";
  std::vector<std::string> texts = kStorm;
  texts[0] = wire + texts[0];
  texts[2] = wire + texts[2];
  const Cluster cluster = annotated_cluster(texts);
  const auto candidates = summarize::collect_candidates(cluster, {});
  for (const char* name : kMethods) {
    int copies = 0;
    for (uint32_t i : run(name, cluster, candidates, Budget{60, false})) {
      copies += sentence_text(cluster, candidates[i]) + " " == wire;
    }
    EXPECT_LE(copies, 1) << name;
  }
}

// SumBasic step 3: the sentence must contain the most probable word, even
// when a sentence without it has a higher mean probability.
TEST(SumBasic, TakesTheHeaviestSentenceWithTheMostProbableWord) {
  // "floods" is the most frequent word, but "town" and "hit" sentences have
  // the highest mean probability.
  const Cluster cluster = annotated_cluster({
      "Floods damaged the old northern bridge. Floods damaged the quiet eastern farm. "
      "Floods damaged the small western school.",
      "The town hit the town hit. The town hit the town.",
      "Floods reached the distant southern port. Floods reached the empty central market.",
  });
  summarize::CandidateOptions options;
  options.min_words = 1;
  const auto candidates = summarize::collect_candidates(cluster, options);
  const auto distribution = summarize::word_distribution(cluster, candidates);
  uint32_t top = 0;
  for (uint32_t w = 0; w < distribution.probability.size(); ++w) {
    if (distribution.probability[w] > distribution.probability[top]) top = w;
  }
  int best_any = -1, best_with_top = -1;
  double best_mean = -1, best_with = -1;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const auto& tokens = distribution.tokens[i];
    if (tokens.empty()) continue;
    double sum = 0;
    for (uint32_t w : tokens) sum += distribution.probability[w];
    const double mean = sum / static_cast<double>(tokens.size());
    if (mean > best_mean) {
      best_mean = mean;
      best_any = static_cast<int>(i);
    }
    if (std::find(tokens.begin(), tokens.end(), top) != tokens.end() && mean > best_with) {
      best_with = mean;
      best_with_top = static_cast<int>(i);
    }
  }
  ASSERT_GE(best_with_top, 0);
  ASSERT_NE(best_any, best_with_top);  // the case step 3 is about
  EXPECT_EQ(sentence_text(cluster, candidates[best_with_top]), "Floods damaged the old northern bridge.");
  const auto one = run("sumbasic", cluster, candidates, Budget{6, false});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0], static_cast<uint32_t>(best_with_top)) << sentence_text(cluster, candidates[one[0]]);
}

// SumBasic step 4: after a sentence is chosen its words are squared, so the
// next pick says something else rather than the same words again.
TEST(SumBasic, SquaredProbabilitiesMoveOnToNewWords) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  const auto chosen = run("sumbasic", cluster, candidates, Budget{30, false});
  ASSERT_GE(chosen.size(), 2u);
  // No two chosen sentences share most of their content words.
  for (size_t a = 0; a < chosen.size(); ++a) {
    for (size_t b = a + 1; b < chosen.size(); ++b) {
      std::vector<uint32_t> x = candidates[chosen[a]].content, y = candidates[chosen[b]].content, shared;
      std::sort(x.begin(), x.end());
      std::sort(y.begin(), y.end());
      std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(shared));
      EXPECT_LT(2 * shared.size(), std::min(x.size(), y.size()));
    }
  }
}

// KL-greedy against its slow twin: the divergence computed in full over the
// whole vocabulary (add-one smoothing), sentence by sentence.
double full_divergence(const summarize::WordDistribution& distribution, const std::vector<uint32_t>& summary) {
  std::vector<double> counts(distribution.probability.size(), 0.0);
  double tokens = 0;
  for (uint32_t i : summary) {
    for (uint32_t w : distribution.tokens[i]) {
      counts[w] += 1;
      tokens += 1;
    }
  }
  const double vocabulary = static_cast<double>(counts.size());
  double kl = 0;
  for (size_t w = 0; w < counts.size(); ++w) {
    const double p = distribution.probability[w];
    const double q = (counts[w] + 1.0) / (tokens + vocabulary);
    kl += p * std::log(p / q);
  }
  return kl;
}

TEST(KlGreedy, MatchesTheFullDivergenceGreedy) {
  const std::vector<std::vector<std::string>> clusters = {
      kStorm,
      {"The central bank raised interest rates by half a point on Thursday. Markets fell after the "
       "central bank decision. Analysts had expected a smaller rise in rates.",
       "Interest rates rose by half a point, the central bank said. The bank said inflation was too high. "
       "Shares in banks rose while the currency gained against the dollar.",
       "The rate rise was the third this year. Borrowers face higher mortgage payments after the rise. "
       "The central bank will meet again in six weeks to review rates."}};
  for (const auto& texts : clusters) {
    const Cluster cluster = annotated_cluster(texts);
    const auto candidates = summarize::collect_candidates(cluster, {});
    const auto distribution = summarize::word_distribution(cluster, candidates);
    for (uint32_t words : {10u, 25u, 50u}) {
      // The slow twin: at each step, try every fitting sentence in full.
      std::vector<uint32_t> expected;
      std::vector<char> taken(candidates.size(), 0);
      uint32_t used = 0;
      for (;;) {
        int best = -1;
        double best_kl = 0;
        for (size_t i = 0; i < candidates.size(); ++i) {
          if (taken[i] || used + candidates[i].words > words) continue;
          std::vector<uint32_t> trial = expected;
          trial.push_back(static_cast<uint32_t>(i));
          const double kl = full_divergence(distribution, trial);
          if (best < 0 || kl < best_kl - 1e-12) {
            best = static_cast<int>(i);
            best_kl = kl;
          }
        }
        if (best < 0) break;
        taken[best] = 1;
        expected.push_back(static_cast<uint32_t>(best));
        used += candidates[best].words;
      }
      std::sort(expected.begin(), expected.end());
      EXPECT_EQ(run("kl", cluster, candidates, Budget{words, false}), expected) << words;
    }
  }
}

TEST(KlGreedy, PrefersTheSentenceThatMatchesTheClusterWords) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  const auto one = run("kl", cluster, candidates, Budget{16, false});
  ASSERT_EQ(one.size(), 1u);
  const std::string chosen = sentence_text(cluster, candidates[one[0]]);
  // The story's words: storm, flood, valley, homes, destroyed.
  int hits = 0;
  for (const char* word : {"storm", "flood", "valley", "homes", "destroyed"}) hits += chosen.find(word) != std::string::npos;
  EXPECT_GE(hits, 4) << chosen;
}

TEST(Submodular, FirstTakesACentralSentence) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  const auto one = run("submodular", cluster, candidates, Budget{16, false});
  ASSERT_EQ(one.size(), 1u);
  const std::string chosen = sentence_text(cluster, candidates[one[0]]);
  EXPECT_NE(chosen.find("homes"), std::string::npos) << chosen;
  EXPECT_NE(chosen.find("valley"), std::string::npos) << chosen;
}

// The slow twin of the ILP: every subset of a small random instance.
double brute_force(const summarize::Concepts& concepts, const std::vector<uint32_t>& lengths, uint32_t capacity) {
  const size_t n = lengths.size();
  double best = 0;
  for (uint32_t mask = 0; mask < (1u << n); ++mask) {
    uint32_t words = 0;
    std::vector<char> covered(concepts.weight.size(), 0);
    for (size_t j = 0; j < n; ++j) {
      if (!(mask >> j & 1)) continue;
      words += lengths[j];
      for (uint32_t c : concepts.of_candidate[j]) covered[c] = 1;
    }
    if (words > capacity) continue;
    double value = 0;
    for (size_t c = 0; c < covered.size(); ++c) value += covered[c] ? concepts.weight[c] : 0;
    best = std::max(best, value);
  }
  return best;
}

TEST(ConceptIlp, EqualsBruteForceOnRandomInstances) {
  std::mt19937 random(20260523);
  for (int instance = 0; instance < 150; ++instance) {
    const uint32_t sentences = 4 + random() % 9;  // 4..12
    const uint32_t concept_count = 3 + random() % 14;
    summarize::Concepts concepts;
    for (uint32_t c = 0; c < concept_count; ++c) concepts.weight.push_back(1 + random() % 6);
    concepts.of_candidate.resize(sentences);
    std::vector<uint32_t> lengths(sentences);
    for (uint32_t j = 0; j < sentences; ++j) {
      lengths[j] = 3 + random() % 20;
      for (uint32_t c = 0; c < concept_count; ++c) {
        if (random() % 4 == 0) concepts.of_candidate[j].push_back(c);
      }
    }
    const uint32_t capacity = 10 + random() % 40;
    const summarize::IlpSolution solution = summarize::solve_concept_ilp(concepts, lengths, capacity);
    EXPECT_TRUE(solution.optimal);
    EXPECT_DOUBLE_EQ(solution.value, brute_force(concepts, lengths, capacity)) << "instance " << instance;
    // The reported value is the chosen sentences' value, and they fit.
    EXPECT_LE(std::accumulate(solution.chosen.begin(), solution.chosen.end(), 0u,
                              [&](uint32_t sum, uint32_t j) { return sum + lengths[j]; }),
              capacity);
    std::vector<char> covered(concept_count, 0);
    double value = 0;
    for (uint32_t j : solution.chosen) {
      for (uint32_t c : concepts.of_candidate[j]) {
        if (!covered[c]) value += concepts.weight[c];
        covered[c] = 1;
      }
    }
    EXPECT_DOUBLE_EQ(value, solution.value);
  }
}

TEST(ConceptIlp, CoversAtLeastAsMuchAsTheDefaultGreedy) {
  const Cluster cluster = annotated_cluster(kStorm);
  const auto candidates = summarize::collect_candidates(cluster, {});
  const summarize::Concepts concepts = summarize::extract_concepts(cluster, candidates);
  const auto value = [&](const std::vector<uint32_t>& chosen) {
    std::vector<char> covered(concepts.weight.size(), 0);
    double sum = 0;
    for (uint32_t j : chosen) {
      for (uint32_t c : concepts.of_candidate[j]) {
        if (!covered[c]) sum += concepts.weight[c];
        covered[c] = 1;
      }
    }
    return sum;
  };
  for (uint32_t words : {15u, 30u, 45u}) {
    EXPECT_GE(value(run("ilp", cluster, candidates, Budget{words, false})),
              value(run("concept", cluster, candidates, Budget{words, false})))
        << words;
  }
}

}  // namespace
}  // namespace chorus::testing

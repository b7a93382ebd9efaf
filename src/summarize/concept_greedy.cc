// Concept coverage, greedy (after Gillick and Favre 2009, "A scalable global
// model for summarization"): the summary should cover as many important
// concepts as the budget allows, each counted once. Concepts are stemmed
// bigrams that are not made only of stop words; a concept's weight is the
// number of documents that contain it, so what several outlets report counts
// most. Counting each concept once removes redundancy without a separate
// penalty. Selection is greedy by weight gained per word, followed by a check
// against the best single sentence (which bounds the greedy's worst case).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "summarize/method.h"

namespace chorus::summarize {
namespace {

// A concept must appear in this many documents to count: 3 for ten or more
// documents as in Gillick and Favre, fewer for small clusters so that a
// two-article cluster still has concepts.
uint32_t min_document_frequency(size_t documents) {
  if (documents >= 6) return 3;
  if (documents >= 3) return 2;
  return 1;
}

class ConceptGreedy final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               uint32_t budget) const override {
    const auto weights = concept_weights(cluster, candidates);
    // Per candidate, its distinct weighted concepts.
    std::vector<std::vector<uint64_t>> concepts(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i) {
      for (uint64_t key : candidates[i].bigrams) {
        if (weights.count(key)) concepts[i].push_back(key);
      }
      std::sort(concepts[i].begin(), concepts[i].end());
      concepts[i].erase(std::unique(concepts[i].begin(), concepts[i].end()), concepts[i].end());
    }

    std::unordered_set<uint64_t> covered;
    std::vector<bool> taken(candidates.size(), false);
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    double chosen_value = 0;
    for (;;) {
      int best = -1;
      double best_ratio = 0, best_gain = 0;
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (taken[i] || used + candidates[i].words > budget) continue;
        double gain = 0;
        for (uint64_t key : concepts[i]) {
          if (!covered.count(key)) gain += weights.at(key);
        }
        const double ratio = gain / candidates[i].words;
        if (gain > 0 && ratio > best_ratio) {  // strict: ties keep the earlier sentence
          best = static_cast<int>(i);
          best_ratio = ratio;
          best_gain = gain;
        }
      }
      if (best < 0) break;
      taken[best] = true;
      chosen.push_back(static_cast<uint32_t>(best));
      used += candidates[best].words;
      chosen_value += best_gain;
      for (uint64_t key : concepts[best]) covered.insert(key);
    }

    // The best single sentence beats a greedy pick of many small ones at times.
    int single = -1;
    double single_value = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (candidates[i].words > budget) continue;
      double value = 0;
      for (uint64_t key : concepts[i]) value += weights.at(key);
      if (value > single_value) {
        single = static_cast<int>(i);
        single_value = value;
      }
    }
    if (single >= 0 && single_value > chosen_value) return {static_cast<uint32_t>(single)};
    if (chosen.empty() && !candidates.empty()) return fallback(candidates, budget);
    return chosen;
  }

 private:
  static std::unordered_map<uint64_t, double> concept_weights(
      const Cluster& cluster, const std::vector<Candidate>& candidates) {
    std::unordered_map<uint64_t, uint32_t> document_frequency;
    std::unordered_set<uint64_t> seen_in_doc;
    uint32_t current_doc = UINT32_MAX;
    for (const Candidate& candidate : candidates) {  // candidates are grouped by document
      if (candidate.doc != current_doc) {
        current_doc = candidate.doc;
        seen_in_doc.clear();
      }
      const Document& doc = cluster.documents[candidate.doc];
      const Sentence& sentence = doc.sentences[candidate.sentence];
      for (uint32_t t = sentence.token_begin; t + 1 < sentence.token_end; ++t) {
        if (doc.tokens[t].stop && doc.tokens[t + 1].stop) continue;
        const uint64_t key = bigram_key(doc.tokens[t].stem, doc.tokens[t + 1].stem);
        if (seen_in_doc.insert(key).second) ++document_frequency[key];
      }
    }
    const uint32_t min_df = min_document_frequency(cluster.documents.size());
    std::unordered_map<uint64_t, double> weights;
    for (const auto& [key, df] : document_frequency) {
      if (df >= min_df) weights.emplace(key, static_cast<double>(df));
    }
    return weights;
  }

  // No shared concept at all (e.g. one tiny article): take sentences in order.
  static std::vector<uint32_t> fallback(const std::vector<Candidate>& candidates, uint32_t budget) {
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (used + candidates[i].words > budget) continue;
      chosen.push_back(static_cast<uint32_t>(i));
      used += candidates[i].words;
    }
    return chosen;
  }
};

}  // namespace

std::unique_ptr<Method> make_concept_greedy() { return std::make_unique<ConceptGreedy>(); }

}  // namespace chorus::summarize

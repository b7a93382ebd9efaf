// Concept coverage, greedy (after Gillick and Favre 2009, "A scalable global
// model for summarization"): the summary should cover as many important
// concepts as the budget allows, each counted once. Concepts are stemmed
// bigrams that are not made only of stop words; a concept's weight is the
// number of documents that contain it, so what several outlets report counts
// most. Counting each concept once removes redundancy without a separate
// penalty. Selection is greedy by weight gained per word, followed by a check
// against the best single sentence (which bounds the greedy's worst case).
#include "summarize/concepts.h"
#include "summarize/method.h"

namespace chorus::summarize {
namespace {

class ConceptGreedy final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget) const override {
    // Concepts get dense ids so the greedy loop indexes arrays, not hash maps.
    const Concepts extracted = extract_concepts(cluster, candidates);
    const std::vector<double>& weight = extracted.weight;
    const std::vector<std::vector<uint32_t>>& concepts = extracted.of;
    const auto value_of = [&](uint32_t i, const std::vector<char>& covered) {
      double value = 0;
      for (uint32_t c : concepts[i]) value += covered[c] ? 0 : weight[c];
      return value;
    };

    std::vector<char> covered(weight.size(), 0);
    std::vector<bool> taken(candidates.size(), false);
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    double chosen_value = 0;
    for (;;) {
      int best = -1;
      double best_ratio = 0, best_gain = 0;
      for (uint32_t i = 0; i < candidates.size(); ++i) {
        if (taken[i] || !budget.fits(used, candidates[i].words)) continue;
        const double gain = value_of(i, covered);
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
      for (uint32_t c : concepts[best]) covered[c] = 1;
    }

    // The best single sentence beats a greedy pick of many small ones at times.
    const std::vector<char> none(weight.size(), 0);
    int single = -1;
    double single_value = 0;
    for (uint32_t i = 0; i < candidates.size(); ++i) {
      if (!budget.fits(0, candidates[i].words)) continue;
      const double value = value_of(i, none);
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
  // No shared concept at all (e.g. one tiny article): take sentences in order.
  static std::vector<uint32_t> fallback(const std::vector<Candidate>& candidates, const Budget& budget) {
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (!budget.fits(used, candidates[i].words)) continue;
      chosen.push_back(static_cast<uint32_t>(i));
      used += candidates[i].words;
    }
    return chosen;
  }
};

}  // namespace

std::unique_ptr<Method> make_concept_greedy() { return std::make_unique<ConceptGreedy>(); }

}  // namespace chorus::summarize

// SumBasic (Nenkova and Vanderwende 2005, "The impact of frequency on
// summarization", MSR-TR-2005-101; Nenkova, Vanderwende and McKeown 2006):
//   1. p(w) = n(w) / N over the content words (stems, stop words left out) of
//      the whole cluster;
//   2. a sentence's weight is the mean p(w) of its content tokens;
//   3. among the sentences that contain the most probable word, take the
//      heaviest;
//   4. square p(w) of every word of the chosen sentence (what has been said
//      becomes unlikely to be said again), and repeat until the budget.
// No parameters. Only sentences that still fit the budget take part, so in
// step 3 "the most probable word" is the most probable one that some fitting
// sentence still has. Ties go to the earlier candidate (reading order).
#include "chorus/error.h"
#include "summarize/method.h"
#include "summarize/word_distribution.h"

namespace chorus::summarize {
namespace {

class SumBasic final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget,
                               const std::stop_token& stop) const override {
    WordDistribution distribution = word_distribution(cluster, candidates);
    std::vector<double>& p = distribution.probability;
    const std::vector<std::vector<uint32_t>>& tokens = distribution.tokens;

    std::vector<char> taken(candidates.size(), 0);
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    for (;;) {
      if (stop.stop_requested()) throw Cancelled();
      // The most probable word among the sentences that may still be added.
      uint32_t top = UINT32_MAX;
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (taken[i] || !budget.fits(used, candidates[i].words)) continue;
        for (uint32_t w : tokens[i]) {
          if (top == UINT32_MAX || p[w] > p[top]) top = w;
        }
      }
      if (top == UINT32_MAX) break;

      int best = -1;
      double best_weight = -1;
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (taken[i] || !budget.fits(used, candidates[i].words)) continue;
        bool has_top = false;
        double sum = 0;
        for (uint32_t w : tokens[i]) {
          sum += p[w];
          has_top |= w == top;
        }
        if (!has_top) continue;
        const double weight = sum / static_cast<double>(tokens[i].size());
        if (weight > best_weight) {
          best = static_cast<int>(i);
          best_weight = weight;
        }
      }
      taken[best] = 1;
      chosen.push_back(static_cast<uint32_t>(best));
      used += candidates[best].words;
      // Square each distinct word once: a word said twice is not squared twice.
      for (uint32_t w : tokens[best]) {
        if (p[w] >= 0) p[w] = -p[w] * p[w];  // negative marks "already squared"
      }
      for (uint32_t w : tokens[best]) p[w] = p[w] < 0 ? -p[w] : p[w];
    }
    return chosen;
  }
};

}  // namespace

std::unique_ptr<Method> make_sum_basic() { return std::make_unique<SumBasic>(); }

}  // namespace chorus::summarize

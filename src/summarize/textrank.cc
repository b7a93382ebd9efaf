// TextRank for sentences (Mihalcea and Tarau 2004, "TextRank: Bringing
// order into texts", section 4). Two candidates are linked with weight
//   |{w : w in S_i and w in S_j}| / (log |S_i| + log |S_j|),
// the shared words being distinct content stems (stop words left out: they
// would link every pair) and |S| a sentence's length in words. Scores come
// from weighted PageRank with d = 0.85 (graph_rank.h); the top sentences
// are taken in score order while they fit the budget. The paper has no
// redundancy step, so none is added.
#include <algorithm>
#include <cmath>

#include "summarize/graph_rank.h"
#include "summarize/method.h"
#include "summarize/ranked_selection.h"

namespace chorus::summarize {
namespace {

class TextRank final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster&, const std::vector<Candidate>& candidates,
                               const Budget& budget) const override {
    const size_t n = candidates.size();
    // Distinct content stems of each candidate, sorted, for a merge count.
    std::vector<std::vector<uint32_t>> words(n);
    std::vector<double> log_length(n);
    for (size_t i = 0; i < n; ++i) {
      words[i] = candidates[i].content;
      std::sort(words[i].begin(), words[i].end());
      words[i].erase(std::unique(words[i].begin(), words[i].end()), words[i].end());
      log_length[i] = std::log(std::max(candidates[i].words, 2u));  // a one-word sentence would divide by 0
    }
    std::vector<double> weights(n * n, 0);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        const double shared = static_cast<double>(shared_count(words[i], words[j]));
        const double weight = shared / (log_length[i] + log_length[j]);
        weights[i * n + j] = weight;
        weights[j * n + i] = weight;
      }
    }
    return select_ranked(candidates, graph_rank(weights, n), {}, 1, budget);
  }

 private:
  static size_t shared_count(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    size_t i = 0, j = 0, shared = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i] < b[j]) {
        ++i;
      } else if (b[j] < a[i]) {
        ++j;
      } else {
        ++shared, ++i, ++j;
      }
    }
    return shared;
  }
};

}  // namespace

std::unique_ptr<Method> make_textrank() { return std::make_unique<TextRank>(); }

}  // namespace chorus::summarize

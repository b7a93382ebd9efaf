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
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget) const override {
    const size_t n = candidates.size();
    // Distinct content stems of each candidate.
    std::vector<std::vector<uint32_t>> words(n);
    std::vector<double> log_length(n);
    for (size_t i = 0; i < n; ++i) {
      words[i] = candidates[i].content;
      std::sort(words[i].begin(), words[i].end());
      words[i].erase(std::unique(words[i].begin(), words[i].end()), words[i].end());
      log_length[i] = std::log(std::max(candidates[i].words, 2u));  // a one-word sentence would divide by 0
    }
    // Shared words by marking the row's words in a dense array once.
    std::vector<double> weights(n * n, 0);
    std::vector<char> in_row(cluster.lexicon.size(), 0);
    for (size_t i = 0; i < n; ++i) {
      for (uint32_t stem : words[i]) in_row[stem] = 1;
      for (size_t j = i + 1; j < n; ++j) {
        uint32_t shared = 0;
        for (uint32_t stem : words[j]) shared += in_row[stem];
        const double weight = shared / (log_length[i] + log_length[j]);
        weights[i * n + j] = weight;
        weights[j * n + i] = weight;
      }
      for (uint32_t stem : words[i]) in_row[stem] = 0;
    }
    return select_ranked(candidates, graph_rank(weights, n), {}, 1, budget);
  }
};

}  // namespace

std::unique_ptr<Method> make_textrank() { return std::make_unique<TextRank>(); }

}  // namespace chorus::summarize

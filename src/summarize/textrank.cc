// TextRank for sentences (Mihalcea and Tarau 2004, "TextRank: Bringing
// order into texts", section 4). Two candidates are linked with weight
//   |{w : w in S_i and w in S_j}| / (log |S_i| + log |S_j|),
// the shared words being distinct content stems (stop words left out: they
// would link every pair) and |S| a sentence's length in words. Scores come
// from weighted PageRank with d = 0.85 (graph_rank.h); the top sentences
// are taken in score order while they fit the budget. The paper has no
// redundancy step, so none is added.
//
// The graph is sparse (similarity_graph.h): only pairs that share a word
// have an edge, and each sentence keeps its 512 heaviest (a cap news
// clusters do not reach; it bounds the graph of a huge input).
#include <algorithm>
#include <cmath>

#include "summarize/graph_rank.h"
#include "summarize/method.h"
#include "summarize/ranked_selection.h"
#include "summarize/similarity_graph.h"

namespace chorus::summarize {
namespace {

class TextRank final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget, const std::stop_token& stop) const override {
    const size_t n = candidates.size();
    // Distinct content stems of each candidate, each worth 1: a pair's
    // overlap is then the number of words it shares.
    std::vector<text::SparseVector> words(n);
    std::vector<const text::SparseVector*> rows(n);
    std::vector<double> log_length(n);
    for (size_t i = 0; i < n; ++i) {
      std::vector<uint32_t> stems = candidates[i].content;
      std::sort(stems.begin(), stems.end());
      stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
      for (uint32_t stem : stems) words[i].emplace_back(stem, 1.0);
      rows[i] = &words[i];
      log_length[i] = std::log(std::max(candidates[i].words, 2u));  // a one-word sentence would divide by 0
    }
    const SparseGraph graph = similarity_graph(
        rows, cluster.lexicon.size(),
        [&](uint32_t i, uint32_t j, double shared) { return shared / (log_length[i] + log_length[j]); }, {},
        stop);
    return select_ranked(candidates, graph_rank(graph, {}, stop), {}, 1, budget, stop);
  }
};

}  // namespace

std::unique_ptr<Method> make_textrank() { return std::make_unique<TextRank>(); }

}  // namespace chorus::summarize

#include "summarize/graph_rank.h"

#include <cmath>

#include "chorus/error.h"

namespace chorus::summarize {

std::vector<double> graph_rank(const SparseGraph& graph, const GraphRankOptions& options,
                               const std::stop_token& stop) {
  const size_t n = graph.nodes();
  if (n == 0) return {};
  std::vector<double> step(graph.weights.size());  // edge weights over their row's sum
  std::vector<char> dangling(n, 0);
  for (size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) sum += graph.weights[e];
    if (sum > 0) {
      for (size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) step[e] = graph.weights[e] / sum;
    } else {
      dangling[i] = 1;
    }
  }
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> score(n, uniform), next(n);
  for (uint32_t iteration = 0; iteration < options.max_iterations; ++iteration) {
    if (stop.stop_requested()) throw Cancelled();
    // Mass of dangling nodes is spread evenly, like the jump.
    double dangling_mass = 0;
    for (size_t i = 0; i < n; ++i) dangling_mass += dangling[i] ? score[i] : 0;
    const double base = (1 - options.damping) * uniform + options.damping * dangling_mass * uniform;
    for (size_t j = 0; j < n; ++j) next[j] = base;
    for (size_t i = 0; i < n; ++i) {
      if (dangling[i]) continue;
      const double out = options.damping * score[i];
      for (size_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) next[graph.targets[e]] += out * step[e];
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) change += std::fabs(next[j] - score[j]);
    score.swap(next);
    if (change < options.tolerance) break;
  }
  return score;
}

}  // namespace chorus::summarize

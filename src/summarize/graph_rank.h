// Ranking the nodes of a weighted sentence graph by power iteration: the
// stationary distribution of a random walk that follows an edge with
// probability `damping` (in proportion to its weight) and jumps to a node
// chosen uniformly otherwise (PageRank; the form LexRank and TextRank use).
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

#include "summarize/similarity_graph.h"

namespace chorus::summarize {

struct GraphRankOptions {
  // Probability of following an edge. 0.85 in both LexRank (whose d = 0.15
  // is the jump probability) and TextRank.
  double damping = 0.85;
  // Stop when the scores change by less than this in L1 norm (they sum to 1).
  double tolerance = 1e-9;
  // ... or after this many iterations, converged or not.
  uint32_t max_iterations = 500;
};

// Scores summing to 1 over the graph's nodes; each node's out-edges are
// normalized to sum to 1, and a node without out-edges jumps uniformly.
// Each iteration costs the graph's edges. Throws chorus::Cancelled once
// `stop` is requested.
std::vector<double> graph_rank(const SparseGraph& graph, const GraphRankOptions& options = {},
                               const std::stop_token& stop = {});

}  // namespace chorus::summarize

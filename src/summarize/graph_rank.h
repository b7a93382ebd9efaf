// Ranking the nodes of a weighted sentence graph by power iteration: the
// stationary distribution of a random walk that follows an edge with
// probability `damping` (in proportion to its weight) and jumps to a node
// chosen uniformly otherwise (PageRank; the form LexRank and TextRank use).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "text/sentence_vectors.h"

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

// `weights` is an n×n row-major matrix of non-negative edge weights
// (weights[i * n + j]: edge i -> j); rows are normalized here, in place. A
// node without out-edges jumps uniformly. Returns scores summing to 1.
std::vector<double> graph_rank(std::vector<double>& weights, size_t n, const GraphRankOptions& options = {});

// The cosine of every pair of unit `vectors` (row-major n×n, diagonal
// included), whose stem ids are below `stems`: each row is scattered into a
// dense array once, so a pair costs one pass over the shorter side.
std::vector<double> cosine_matrix(const std::vector<const text::SparseVector*>& vectors, uint32_t stems);

}  // namespace chorus::summarize

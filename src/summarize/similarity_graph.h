// Sparse sentence graphs: an edge only between sentences that share a term,
// found through an inverted index over term ids, and at most a fixed number
// of edges out of each sentence. A dense n×n matrix costs n² memory and time
// whatever the text; this costs the pairs that actually share words, and
// its memory is at most `max_neighbours` edges per sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

#include "text/sentence_vectors.h"

namespace chorus::summarize {

// Directed weighted graph in compressed rows: the edges out of node i are
// targets/weights[offsets[i] .. offsets[i + 1]), targets ascending.
struct SparseGraph {
  std::vector<size_t> offsets{0};  // nodes + 1
  std::vector<uint32_t> targets;
  std::vector<double> weights;

  size_t nodes() const { return offsets.size() - 1; }
  size_t edges() const { return targets.size(); }
};

struct GraphOptions {
  // Edges kept out of each node: its heaviest ones (ties: the lower target).
  // A sentence of a news cluster shares words with a few hundred others at
  // most (DUC 2004: 433, in clusters of up to 575 candidates), so the cap
  // changes nothing there and bounds a huge input's graph at 512 × n edges.
  uint32_t max_neighbours = 512;
  // Whether a node links to itself (LexRank's cosine matrix has the
  // diagonal; TextRank's graph does not).
  bool self_loops = false;
};

// `overlap` is the sum over the terms rows i and j share, in ascending term
// order, of the product of their values in the two rows; the edge i -> j
// gets weight(i, j, overlap), and is left out when that is not positive.
using EdgeWeight = std::function<double(uint32_t i, uint32_t j, double overlap)>;

// The graph over `rows` (each sorted by term id, every id below
// `term_bound`). With unit tf-idf vectors and weight = overlap this is the
// cosine graph, each edge equal to text::dot bit for bit. Throws
// chorus::Cancelled once `stop` is requested.
SparseGraph similarity_graph(const std::vector<const text::SparseVector*>& rows, uint32_t term_bound,
                             const EdgeWeight& weight, const GraphOptions& options = {},
                             const std::stop_token& stop = {});

}  // namespace chorus::summarize

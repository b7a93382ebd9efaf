#include "summarize/similarity_graph.h"

#include <algorithm>

#include "chorus/error.h"

namespace chorus::summarize {
namespace {

// For each term, the rows that have it and their value there, rows ascending.
struct InvertedIndex {
  std::vector<size_t> offsets;  // term_bound + 1
  std::vector<uint32_t> rows;
  std::vector<double> values;

  InvertedIndex(const std::vector<const text::SparseVector*>& vectors, uint32_t term_bound)
      : offsets(static_cast<size_t>(term_bound) + 1, 0) {
    for (const text::SparseVector* row : vectors) {
      for (const auto& entry : *row) ++offsets[entry.first + 1];
    }
    for (size_t t = 1; t < offsets.size(); ++t) offsets[t] += offsets[t - 1];
    rows.resize(offsets.back());
    values.resize(offsets.back());
    std::vector<size_t> next(offsets.begin(), offsets.end() - 1);
    for (uint32_t i = 0; i < vectors.size(); ++i) {
      for (const auto& [term, value] : *vectors[i]) {
        rows[next[term]] = i;
        values[next[term]++] = value;
      }
    }
  }
};

}  // namespace

SparseGraph similarity_graph(const std::vector<const text::SparseVector*>& rows, uint32_t term_bound,
                             const EdgeWeight& weight, const GraphOptions& options, const std::stop_token& stop) {
  const auto n = static_cast<uint32_t>(rows.size());
  const InvertedIndex index(rows, term_bound);
  SparseGraph graph;
  graph.offsets.reserve(static_cast<size_t>(n) + 1);
  std::vector<double> overlap(n, 0.0);
  std::vector<uint32_t> seen_in(n, UINT32_MAX);  // the row that last touched each node
  std::vector<uint32_t> touched;
  std::vector<std::pair<uint32_t, double>> edges;
  for (uint32_t i = 0; i < n; ++i) {
    if (stop.stop_requested()) throw Cancelled();
    // Terms in ascending order, so each pair's sum adds the same products in
    // the same order as text::dot does.
    for (const auto& [term, value] : *rows[i]) {
      for (size_t p = index.offsets[term]; p < index.offsets[term + 1]; ++p) {
        const uint32_t j = index.rows[p];
        if (seen_in[j] != i) {
          seen_in[j] = i;
          overlap[j] = 0.0;
          touched.push_back(j);
        }
        overlap[j] += value * index.values[p];
      }
    }
    edges.clear();
    for (uint32_t j : touched) {
      if (j == i && !options.self_loops) continue;
      const double w = weight(i, j, overlap[j]);
      if (w > 0) edges.emplace_back(j, w);
    }
    touched.clear();
    if (edges.size() > options.max_neighbours) {
      const auto heavier = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
      };
      std::nth_element(edges.begin(), edges.begin() + options.max_neighbours, edges.end(), heavier);
      edges.resize(options.max_neighbours);
    }
    std::sort(edges.begin(), edges.end());
    for (const auto& [j, w] : edges) {
      graph.targets.push_back(j);
      graph.weights.push_back(w);
    }
    graph.offsets.push_back(graph.targets.size());
  }
  return graph;
}

}  // namespace chorus::summarize

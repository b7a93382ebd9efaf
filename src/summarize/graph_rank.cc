#include "summarize/graph_rank.h"

#include <cmath>

namespace chorus::summarize {

std::vector<double> graph_rank(std::vector<double>& weights, size_t n, const GraphRankOptions& options) {
  if (n == 0) return {};
  std::vector<char> dangling(n, 0);
  for (size_t i = 0; i < n; ++i) {
    double* row = weights.data() + i * n;
    double sum = 0;
    for (size_t j = 0; j < n; ++j) sum += row[j];
    if (sum > 0) {
      for (size_t j = 0; j < n; ++j) row[j] /= sum;
    } else {
      dangling[i] = 1;
    }
  }
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> score(n, uniform), next(n);
  for (uint32_t iteration = 0; iteration < options.max_iterations; ++iteration) {
    // Mass of dangling nodes is spread evenly, like the jump.
    double dangling_mass = 0;
    for (size_t i = 0; i < n; ++i) dangling_mass += dangling[i] ? score[i] : 0;
    const double base = (1 - options.damping) * uniform + options.damping * dangling_mass * uniform;
    for (size_t j = 0; j < n; ++j) next[j] = base;
    for (size_t i = 0; i < n; ++i) {
      if (dangling[i]) continue;
      const double out = options.damping * score[i];
      const double* row = weights.data() + i * n;
      for (size_t j = 0; j < n; ++j) next[j] += out * row[j];
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) change += std::fabs(next[j] - score[j]);
    score.swap(next);
    if (change < options.tolerance) break;
  }
  return score;
}

std::vector<double> cosine_matrix(const std::vector<const text::SparseVector*>& vectors, uint32_t stems) {
  const size_t n = vectors.size();
  std::vector<double> matrix(n * n, 0);
  std::vector<double> dense(stems, 0);
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [stem, weight] : *vectors[i]) dense[stem] = weight;
    for (size_t j = i; j < n; ++j) {
      double sum = 0;
      for (const auto& [stem, weight] : *vectors[j]) sum += dense[stem] * weight;
      matrix[i * n + j] = sum;
      matrix[j * n + i] = sum;
    }
    for (const auto& entry : *vectors[i]) dense[entry.first] = 0;
  }
  return matrix;
}

}  // namespace chorus::summarize

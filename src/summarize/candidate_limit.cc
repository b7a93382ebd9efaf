#include "summarize/candidate_limit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

#include "summarize/cluster_centroid.h"
#include "summarize/ranked_selection.h"
#include "text/sentence_vectors.h"

namespace chorus::summarize {

std::vector<double> centrality(const Cluster& cluster, const std::vector<Candidate>& candidates) {
  const Centroid centroid = cluster_centroid(cluster, 0, 0);
  const double norm = std::sqrt(text::dot(centroid.vector, centroid.vector));
  std::vector<double> scores(candidates.size(), 0.0);
  if (norm == 0) return scores;
  const text::SentenceVectors vectors(cluster);
  for (size_t i = 0; i < candidates.size(); ++i) {
    // The centroid's dense weights: a sentence costs its own terms, not the vocabulary.
    double sum = 0;
    for (const auto& [stem, weight] : vectors.of(candidates[i].doc, candidates[i].sentence)) {
      sum += weight * centroid.weight[stem];
    }
    scores[i] = sum / norm;
  }
  return scores;
}

namespace {

// Indices of the candidates, each sentence repeated word for word once (its
// first occurrence), ascending.
std::vector<uint32_t> without_repeats(const std::vector<Candidate>& candidates) {
  std::vector<uint32_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0u);
  const auto words = [&](uint32_t i) { return std::tie(candidates[i].content, candidates[i].bigrams); };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return words(a) < words(b); });
  std::vector<uint32_t> kept;
  for (size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || words(order[k - 1]) != words(order[k])) kept.push_back(order[k]);
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

}  // namespace

size_t limit_candidates(const Cluster& cluster, std::vector<Candidate>& candidates, uint32_t limit) {
  if (candidates.size() <= limit) return 0;
  std::vector<Candidate> limited;
  for (uint32_t i : without_repeats(candidates)) limited.push_back(std::move(candidates[i]));
  const size_t dropped = candidates.size() - std::min<size_t>(limited.size(), limit);
  candidates = std::move(limited);
  if (candidates.size() <= limit) return dropped;

  std::vector<uint32_t> kept = rank_by_score(centrality(cluster, candidates));
  kept.resize(limit);
  std::sort(kept.begin(), kept.end());
  limited.clear();
  for (uint32_t i : kept) limited.push_back(std::move(candidates[i]));
  candidates = std::move(limited);
  return dropped;
}

}  // namespace chorus::summarize

#include "summarize/candidate_limit.h"

#include <algorithm>
#include <cmath>

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

size_t limit_candidates(const Cluster& cluster, std::vector<Candidate>& candidates, uint32_t limit) {
  if (candidates.size() <= limit) return 0;
  std::vector<uint32_t> kept = rank_by_score(centrality(cluster, candidates));
  kept.resize(limit);
  std::sort(kept.begin(), kept.end());
  std::vector<Candidate> limited;
  limited.reserve(limit);
  for (uint32_t i : kept) limited.push_back(std::move(candidates[i]));
  const size_t dropped = candidates.size() - limited.size();
  candidates = std::move(limited);
  return dropped;
}

}  // namespace chorus::summarize

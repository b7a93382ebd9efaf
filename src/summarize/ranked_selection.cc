#include "summarize/ranked_selection.h"

#include <algorithm>
#include <numeric>

#include "chorus/error.h"

namespace chorus::summarize {

std::vector<uint32_t> rank_by_score(const std::vector<double>& scores) {
  std::vector<uint32_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return scores[a] > scores[b]; });
  return order;
}

std::vector<uint32_t> select_ranked(const std::vector<Candidate>& candidates, const std::vector<double>& scores,
                                    const std::vector<const text::SparseVector*>& vectors, double max_similarity,
                                    const Budget& budget, const std::stop_token& stop) {
  std::vector<uint32_t> chosen;
  uint32_t used = 0;
  for (uint32_t i : rank_by_score(scores)) {
    if (stop.stop_requested()) throw Cancelled();
    if (!budget.fits(used, candidates[i].words)) {
      if (budget.fits(used, 0)) continue;  // a shorter sentence may still fit
      break;
    }
    const bool redundant = max_similarity < 1 && std::any_of(chosen.begin(), chosen.end(), [&](uint32_t j) {
                             return text::dot(*vectors[i], *vectors[j]) > max_similarity;
                           });
    if (redundant) continue;
    chosen.push_back(i);
    used += candidates[i].words;
  }
  return chosen;
}

std::vector<const text::SparseVector*> candidate_vectors(const text::SentenceVectors& vectors,
                                                         const std::vector<Candidate>& candidates) {
  std::vector<const text::SparseVector*> out;
  out.reserve(candidates.size());
  for (const Candidate& candidate : candidates) out.push_back(&vectors.of(candidate.doc, candidate.sentence));
  return out;
}

}  // namespace chorus::summarize

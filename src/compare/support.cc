#include "compare/support.h"

#include <algorithm>

namespace chorus::compare {

double support_score(const text::SparseVector& claim, const text::SparseVector& other) {
  return (text::dot(claim, other) + text::coverage(claim, other)) / 2;
}

std::vector<Match> find_support(const text::SentenceVectors& vectors, uint32_t doc, uint32_t sentence,
                                const SupportOptions& options) {
  std::vector<Match> matches;
  for (uint32_t d = 0; d < vectors.documents(); ++d) {
    if (d == doc) {
      matches.push_back(Match{d, sentence, 1.0});
      continue;
    }
    Match best{d, 0, -1.0};
    for (uint32_t s = 0; s < vectors.sentences(d); ++s) {
      const double score = support_score(vectors.of(doc, sentence), vectors.of(d, s));
      if (score > best.similarity) best = Match{d, s, score};
    }
    if (best.similarity >= options.threshold) matches.push_back(best);
  }
  return matches;
}

}  // namespace chorus::compare

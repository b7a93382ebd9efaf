// Support: which documents say what a given sentence says.
#pragma once

#include <cstdint>
#include <vector>

#include "text/sentence_vectors.h"

namespace chorus::compare {

struct SupportOptions {
  // support_score at or above which another sentence says the same thing.
  // Near-duplicates score 0.8-1.0, close paraphrases and the same clause
  // inside a longer sentence 0.5-0.8; sentences that only share the story's
  // names stay below 0.5.
  double threshold = 0.5;
};

// How far `other` says what `claim` says: the mean of their cosine
// similarity and the coverage of `claim` by `other` (see coverage()). The
// cosine alone misses a claim restated inside a longer sentence; coverage
// alone lets a long sentence that names everything support anything.
double support_score(const text::SparseVector& claim, const text::SparseVector& other);

struct Match {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  double similarity = 0;  // support_score
};

// For each document, its sentence most similar to (doc, sentence), kept when
// the similarity reaches the threshold. The sentence's own document is always
// included, with similarity 1. Sorted by document index.
std::vector<Match> find_support(const text::SentenceVectors& vectors, uint32_t doc, uint32_t sentence,
                                const SupportOptions& options);

}  // namespace chorus::compare

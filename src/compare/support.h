// Support: which documents say what a given sentence says.
#pragma once

#include <cstdint>
#include <vector>

#include "compare/sentence_vectors.h"

namespace chorus::compare {

struct SupportOptions {
  // Cosine similarity (see SentenceVectors) at or above which two sentences
  // say the same thing. Near-duplicates score 0.8-1.0, close paraphrases
  // 0.5-0.8; sentences that only share the topic's names stay below 0.5.
  double threshold = 0.5;
};

struct Match {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  double similarity = 0;
};

// For each document, its sentence most similar to (doc, sentence), kept when
// the similarity reaches the threshold. The sentence's own document is always
// included, with similarity 1. Sorted by document index.
std::vector<Match> find_support(const SentenceVectors& vectors, uint32_t doc, uint32_t sentence,
                                const SupportOptions& options);

}  // namespace chorus::compare

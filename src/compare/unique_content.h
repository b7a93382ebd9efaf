// Unique content: the sentences of a document that no other document
// supports, by the same test as summary support (docs/JSON.md, "How support
// is decided"): no sentence of any other document reaches the support
// threshold against it.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "text/sentence_vectors.h"

namespace chorus::compare {

struct UniqueOptions {
  // support_score at or above which another document's sentence says the
  // same thing (Options::support_threshold).
  double threshold = 0.5;
  // Sentences with fewer content words (not stop words, not numbers) are
  // left out: fragments such as "It was not." say nothing on their own.
  uint32_t min_content_words = 4;
};

// For each document of the cluster, the indexes of its unique sentences, in
// text order.
std::vector<std::vector<uint32_t>> unique_sentences(const Cluster& cluster,
                                                    const text::SentenceVectors& vectors,
                                                    const UniqueOptions& options);

}  // namespace chorus::compare

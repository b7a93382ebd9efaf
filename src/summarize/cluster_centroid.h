// The centroid of a cluster (Radev et al. 2004, "Centroid-based
// summarization of multiple documents"): a pseudo-document of the words that
// characterize the event, each weighted by tf-idf.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "text/sentence_vectors.h"

namespace chorus::summarize {

struct Centroid {
  std::vector<double> weight;  // by stem id (Lexicon ids); 0 for stems outside the centroid
  text::SparseVector vector;   // the same weights, sparse, sorted by stem id
};

// A content stem's centroid value is its mean count per document times its
// idf, ln(N / df) over the cluster's N body sentences as in
// text::SentenceVectors (there is no background corpus: a word every
// document uses is the heart of the event, so document-level idf would erase
// it). As in MEAD (Essence::Centroid), the centroid holds the `min_words`
// highest-valued stems and, beyond them, every stem valued above
// `min_value`; the rest count nothing. Ties by stem id. (0, 0) keeps every
// stem.
Centroid cluster_centroid(const Cluster& cluster, uint32_t min_words, double min_value);

}  // namespace chorus::summarize

// Sentence vectors for comparing sentences across documents: tf-idf weights
// over stemmed content words (stop words left out), unit length, so that the
// dot product of two vectors is their cosine similarity.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/cluster.h"

namespace chorus::text {

// Sparse vector: (stem id, weight) sorted by stem id.
using SparseVector = std::vector<std::pair<uint32_t, double>>;

double dot(const SparseVector& a, const SparseVector& b);
// The share of unit vector `a`'s squared weight on terms `b` also has: how
// much of what `a` says `b` says too, however much more `b` says.
double coverage(const SparseVector& a, const SparseVector& b);

class SentenceVectors {
 public:
  // idf(stem) = ln(N / df), N = sentences in the cluster, df = sentences
  // containing the stem: words every sentence uses weigh nothing, a name that
  // two sentences share weighs a lot.
  explicit SentenceVectors(const Cluster& cluster);

  const SparseVector& of(uint32_t doc, uint32_t sentence) const { return vectors_[doc][sentence]; }
  double similarity(uint32_t doc_a, uint32_t sentence_a, uint32_t doc_b, uint32_t sentence_b) const {
    return dot(of(doc_a, sentence_a), of(doc_b, sentence_b));
  }
  size_t documents() const { return vectors_.size(); }
  // One more than the largest term id in any vector (the lexicon's size).
  uint32_t term_bound() const { return term_bound_; }
  size_t sentences(uint32_t doc) const { return vectors_[doc].size(); }

 private:
  std::vector<std::vector<SparseVector>> vectors_;  // [doc][sentence]
  uint32_t term_bound_ = 0;
};

}  // namespace chorus::text

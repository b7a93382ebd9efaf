// The words around a name, as evidence that two spellings name one entity:
// the content stems of the sentences a name occurs in (the name's own words
// left out), weighted by inverse sentence frequency in the cluster.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/cluster.h"

namespace chorus::compare {

// Sparse vector: (stem id, weight), sorted by stem id.
using ContextBag = std::vector<std::pair<uint32_t, float>>;

class ContextWeights {
 public:
  explicit ContextWeights(const Cluster& cluster);

  // Adds the stems of sentence `sentence` of document `doc` outside `name` to `bag`
  // (unsorted, repeats allowed: finish with normalize()); of a sentence of
  // more than 120 words, those within 60 words of the name.
  void add(const Cluster& cluster, uint32_t doc, uint32_t sentence, Span name, ContextBag& bag) const;

 private:
  std::vector<float> idf_;  // by stem id: ln(1 + sentences / sentences with the stem)
};

// Sorts by stem and sums repeats.
void normalize(ContextBag& bag);

// Adds normalized `from` into normalized `into`, in linear time.
void merge_into(ContextBag& into, const ContextBag& from);

// How alike two contexts are: the mean of their cosine and of the share of
// the smaller context's weight that the other shares (a name seen once is
// judged by whether its few words fit the other's), in [0, 1].
double context_similarity(const ContextBag& a, const ContextBag& b);

}  // namespace chorus::compare

// Concepts for coverage methods (Gillick and Favre 2009): stemmed bigrams
// that are not made only of stop words, weighted by the number of documents
// that contain them, so what several outlets report counts most. Shared by
// the greedy concept method and the exact concept ILP.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

struct Concepts {
  std::vector<double> weight;               // by dense concept id: its document frequency
  std::vector<std::vector<uint32_t>> of;    // per candidate: its distinct concept ids, sorted
};

// A bigram is a concept when at least this many documents contain it: 3 for
// six or more documents (Gillick and Favre used 3 on ten-document clusters),
// fewer for small clusters so that a two-article cluster still has concepts.
uint32_t min_document_frequency(size_t documents);

// Document frequencies are counted over `candidates` (which come grouped by
// document). Concept ids are dense, numbered in order of first occurrence.
Concepts extract_concepts(const Cluster& cluster, const std::vector<Candidate>& candidates);

}  // namespace chorus::summarize

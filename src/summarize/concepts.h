// Concepts (Gillick and Favre 2009, "A scalable global model for
// summarization"): stemmed bigrams, except pairs of two stop words, weighted
// by the number of documents that contain them, so that what several outlets
// report counts most. A bigram in too few documents is not a concept.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

struct ConceptOptions {
  // Added to a concept's weight for each document that has it in one of its
  // first `lead_sentences` sentences: news writing puts the essentials in
  // the lead, so a concept several leads share is central to the story.
  // 0 gives Gillick and Favre's document frequency.
  double lead_bonus = 0;
  uint32_t lead_sentences = 3;
  // Per document, the document it counts as (near-duplicate versions of one
  // story count once); empty: every document counts on its own.
  std::vector<uint32_t> document_group;
};

struct Concepts {
  std::vector<double> weight;                         // by dense concept id
  std::vector<std::vector<uint32_t>> of_candidate;    // each candidate's distinct concept ids, sorted
};

// A concept must appear in this many documents: 3 for six or more documents
// (Gillick and Favre use 3 for ten), fewer for small clusters so that a
// two-article cluster still has concepts.
uint32_t min_document_frequency(size_t documents);

// Concepts of the candidates' bigrams, counted over the candidates whose
// `counted` entry is non-zero (all when `counted` is empty): a method that
// will choose from some candidates only counts what those say.
Concepts extract_concepts(const Cluster& cluster, const std::vector<Candidate>& candidates,
                          const ConceptOptions& options = {}, const std::vector<char>& counted = {});

}  // namespace chorus::summarize

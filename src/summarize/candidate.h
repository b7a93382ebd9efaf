// The sentences a summarizer may choose from, with the features every method
// shares: length in ROUGE words, stemmed content words and stemmed bigrams.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"

namespace chorus::summarize {

struct Candidate {
  uint32_t doc = 0;       // index into Cluster::documents
  uint32_t sentence = 0;  // index into that document's sentences
  uint32_t words = 0;     // tokens, as ROUGE counts words
  uint32_t position = 0;  // sentence index within the document body
  bool quotation = false; // opens with a quotation mark: someone's words, not the report's
  std::vector<uint32_t> content;   // stem ids of non-stop tokens, in order
  std::vector<uint64_t> bigrams;   // adjacent stem pairs (stem << 32 | stem), in order,
                                   // except pairs of two stop words ("of the")
};

struct CandidateOptions {
  // Sentences shorter than this are rarely informative (fragments, bylines).
  uint32_t min_words = 6;
  // Very long sentences are usually run-ons from missed boundaries.
  uint32_t max_words = 60;
};

std::vector<Candidate> collect_candidates(const Cluster& cluster, const CandidateOptions& options);

inline uint64_t bigram_key(uint32_t first, uint32_t second) {
  return (static_cast<uint64_t>(first) << 32) | second;
}

}  // namespace chorus::summarize

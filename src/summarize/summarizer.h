// Summarization: choose sentences from a cluster within a word budget and
// put them in reading order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

struct Selection;

struct SummaryOptions {
  uint32_t words = 100;              // budget in ROUGE words
  // Let the last sentence cross the budget so that the summary fills it, for
  // scorers that cut at `words` (see Budget::fill). Off for readers.
  bool fill = false;
  std::string method = "default";    // see method_names()
  CandidateOptions candidates;
  // When given, two sentences for which it is true state one fact (the
  // outlets' claims, compare/claims.h): the summary holds at most one of them.
  std::function<bool(const Selection&, const Selection&)> same_fact;
};

struct Selection {
  uint32_t doc = 0;       // index into Cluster::documents
  uint32_t sentence = 0;  // index into that document's sentences
};

// Sentences in reading order: documents by publication date (undated ones
// after dated ones, each group in input order), then by position.
std::vector<Selection> summarize(const Cluster& cluster, const SummaryOptions& options);

// Documents in chronological order (the order `summarize` reads them in).
std::vector<uint32_t> chronological_order(const Cluster& cluster);

}  // namespace chorus::summarize

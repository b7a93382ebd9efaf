// Summarization: choose sentences from a cluster within a word budget and
// put them in reading order.
#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
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
  // A method whose cost grows faster than its candidates (every method but
  // lead; Method::limits_candidates) chooses among at most this many:
  // repeated sentences once, then those closest to the cluster's centroid
  // (candidate_limit.h), and the summary warns. News clusters have a few hundred candidates (DUC 2004: at most
  // 575; 25 wire-length articles about 650); 1000 keeps every method but the
  // exact ILP under half a second and 20 MB of its own on any input
  // (docs/bench/summarize_scaling.md). 0: no limit but the ILP's own (600).
  uint32_t max_candidates = 1000;
  // When given, two sentences for which it is true state one fact (the
  // outlets' claims, compare/claims.h): the summary holds at most one of them.
  std::function<bool(const Selection&, const Selection&)> same_fact;
};

struct Selection {
  uint32_t doc = 0;       // index into Cluster::documents
  uint32_t sentence = 0;  // index into that document's sentences
};

struct Summary {
  std::vector<Selection> sentences;   // in reading order (see summarize)
  std::vector<std::string> warnings;  // one line each, e.g. the candidate limit applied
};

// Sentences in reading order: documents by publication date (undated ones
// after dated ones, each group in input order), then by position. Throws
// chorus::Cancelled once `stop` is requested.
Summary summarize(const Cluster& cluster, const SummaryOptions& options, const std::stop_token& stop);
// The same sentences, without a stop token or the warnings.
std::vector<Selection> summarize(const Cluster& cluster, const SummaryOptions& options);

// Documents in chronological order (the order `summarize` reads them in).
std::vector<uint32_t> chronological_order(const Cluster& cluster);

}  // namespace chorus::summarize

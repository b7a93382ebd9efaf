// Claims measured against hand-labelled clusters (claims_gold.h):
// - recall of claim-outlet pairs: for each gold claim two or more outlets
//   state, and each of those outlets, whether chorus puts that outlet's
//   sentence in a claim with every other outlet of the gold claim (strict)
//   or with at least one (lenient);
// - false sharing: sentences the gold gives to single-outlet claims only
//   that chorus puts in a claim of two or more outlets;
// - summary support: summary sentences whose support names every outlet of
//   the corroborated gold claims they state (complete), and those whose
//   support names an outlet that states none of their gold claims (wrong).
// Also the training pairs `chorus train pairs --clusters` learns from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chorus/digest.h"
#include "compare/pair_model.h"
#include "compare/sentence_facts.h"
#include "entities/ner_model.h"
#include "eval/claims_gold.h"

namespace chorus::eval {

struct ClaimScores {
  size_t claim_outlets = 0;    // claim-outlet pairs of gold claims of 2+ outlets
  size_t strict = 0;
  size_t lenient = 0;
  size_t single_sentences = 0;  // gold sentences of single-outlet claims only
  size_t false_shared = 0;
  size_t summary = 0;
  size_t support_complete = 0;
  size_t support_wrong = 0;
  ClaimScores& operator+=(const ClaimScores& other);
};

// Scores `digest` (made from cluster.articles) against the cluster's gold.
// `misses`, when given, receives one line per missed pair and false share.
ClaimScores score_claims(const Digest& digest, const LabelledCluster& cluster, std::vector<std::string>* misses);

std::string claim_report_text(const std::vector<std::pair<std::string, ClaimScores>>& clusters);
std::string claim_report_json(const std::vector<std::pair<std::string, ClaimScores>>& clusters);

// The candidate sentence pairs of a labelled cluster (compare::candidate_pairs),
// labelled by whether the gold puts them in one claim of two or more outlets,
// with disagreements set aside (contested claims are one claim too).
std::vector<compare::PairExample> cluster_pair_examples(const LabelledCluster& cluster, const entities::NerModel* ner,
                                                        const compare::LexicalModel& lexical);

}  // namespace chorus::eval

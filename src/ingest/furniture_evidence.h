// The evidence furniture removal weighs for each line: how much it reads
// as prose, how much as furniture and of which kind (see furniture.cc, step 2).
#pragma once

#include "core/document.h"
#include "ingest/line_features.h"

namespace chorus::ingest {

// Scores (body evidence minus furniture evidence) at or above this are body.
inline constexpr double kBodyThreshold = 2.0;
// Evidence weaker than this does not name a removal reason by itself.
inline constexpr double kReasonEvidence = 3.0;

// Accumulates furniture evidence; the strongest piece names the reason.
struct Evidence {
  double total = 0.0;
  double strongest = 0.0;
  RemovalReason reason = RemovalReason::kBoilerplate;
  void add(double weight, RemovalReason why) {
    total += weight;
    if (weight > strongest) { strongest = weight; reason = why; }
  }
};

// Long sentences (more than 20 words ending in . ? !), and any line of 40
// words or more (a paragraph that lost its final period), are prose.
bool is_protected(const LineFeatures& f);

// Evidence that a line is prose.
double body_evidence(const LineFeatures& f);

// "— Name (@handle) Month D, YYYY": the attribution line of an embedded post.
bool is_attribution(const LineFeatures& f);

// Evidence that a line is furniture; `repeated` when it recurs across the
// batch's documents or one source's.
Evidence furniture_evidence(const LineFeatures& f, bool repeated);

}  // namespace chorus::ingest

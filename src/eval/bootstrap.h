// Bootstrap confidence intervals for the mean of per-cluster ROUGE scores,
// following ROUGE-1.5.5: resample the clusters with replacement, average
// recall, precision and F over each resample, sort each of the three, and
// interpolate between the ranks ROUGE uses for the interval's ends.
//
// ROUGE seeds Perl's rand with the resample number (srand(k)), so each
// resample draws the same clusters for every metric. chorus does the same with
// a documented generator: resample k uses std::mt19937_64 seeded with k, and
// draws index floor(u * n) with u = (x >> 11) * 2^-53 for each output x. The
// intervals are therefore deterministic and portable, though not ROUGE's
// digits (its rand() depends on the platform's C library).
#pragma once

#include <span>

#include "eval/rouge_scorer.h"

namespace chorus::eval {

struct Interval {
  double low = 0;
  double high = 0;
};

struct BootstrapInterval {
  RougeScore resample_mean;  // what ROUGE prints as the average
  Interval recall;
  Interval precision;
  Interval f;
};

// `confidence` in percent (0..100), `resamples` >= 1.
BootstrapInterval bootstrap_interval(std::span<const RougeScore> per_cluster, double confidence, int resamples);

}  // namespace chorus::eval

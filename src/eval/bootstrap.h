// ROUGE-1.5.5's set averages and bootstrap confidence intervals, digit for
// digit. ROUGE does not print the plain mean of the per-cluster scores: it
// resamples the clusters with replacement R times, and prints the mean of the
// R resample means (Average_R/P/F) with an interval read off their sorted
// values (computeAverages and bootstrapResampling in ROUGE-1.5.5.pl).
//
// The draws are reproducible because ROUGE seeds Perl's generator before
// each resample: srand(k) for resample k = 0 .. R-1, then int(rand(n)) for
// each of the n draws. Perl's rand is drand48 (its own copy since Perl 5.20;
// the C library's, the same generator, on the Linux and Solaris Perls ROUGE
// was run with): x' = (0x5DEECE66D x + 0xB) mod 2^48, srand(s) sets
// x = s * 2^16 + 0x330E, and rand(n) = n * x' / 2^48.
#pragma once

#include <cstdint>
#include <span>

#include "eval/rouge_scorer.h"

namespace chorus::eval {

// Perl's drand48 generator as srand/rand use it.
class PerlRandom {
 public:
  explicit PerlRandom(std::uint64_t seed);  // srand(seed)
  // The next value of rand(limit): limit * x / 2^48 in [0, limit).
  double next(double limit);

 private:
  std::uint64_t state_;
};

struct Interval {
  double low = 0;
  double high = 0;
};

struct BootstrapInterval {
  RougeScore resample_mean;  // what ROUGE prints as the average (Average_R/P/F)
  Interval recall;
  Interval precision;
  Interval f;
};

// `per_cluster` in ROUGE's order (sorted by evaluation id), each value as
// ROUGE rounds it (five decimals); `confidence` in percent (0..100),
// `resamples` >= 1.
BootstrapInterval bootstrap_interval(std::span<const RougeScore> per_cluster, double confidence, int resamples);

}  // namespace chorus::eval

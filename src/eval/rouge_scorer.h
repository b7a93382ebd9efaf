// Scores one system summary against its references with ROUGE-1.5.5's
// formulas, including its rounding: recall and precision are rounded to five
// decimals, and F is computed from the rounded values and rounded again, so
// per-summary scores equal ROUGE's printed ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_lcs.h"
#include "eval/rouge_options.h"
#include "eval/rouge_text.h"

namespace chorus::eval {

struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f = 0;
};

// The metrics `options` asks for, in ROUGE's order and naming:
// ROUGE-1..ROUGE-n, ROUGE-L, then ROUGE-S4 / ROUGE-SU4 (ROUGE-S* with no gap limit).
std::vector<std::string> rouge_metric_names(const RougeOptions& options);

// ROUGE's rounding of a score: sprintf("%7.5f").
double round_like_rouge(double value);

// F from recall and precision as ROUGE computes it (0 when both are 0).
double rouge_f(double recall, double precision, double alpha);

// Per-evaluation state: the options and the vocabulary of every term seen.
// Not thread-safe; use one per thread.
class RougeScorer {
 public:
  // Throws chorus::Error on invalid options (see validate()).
  explicit RougeScorer(RougeOptions options);

  const RougeOptions& options() const { return options_; }

  // One score per name of rouge_metric_names(), in that order. `system` and
  // each reference hold one sentence per line.
  std::vector<RougeScore> score(std::string_view system, const std::vector<std::string>& references);

 private:
  // A summary read the two ways ROUGE reads it (see rouge_text.h).
  struct Prepared {
    std::vector<std::uint32_t> terms;  // the joined, truncated text
    TermUnits units;                   // the sentences ROUGE-L aligns
  };
  Prepared prepare(std::string_view summary);

  RougeOptions options_;
  RougeVocabulary vocabulary_;
  LcsScratch scratch_;
};

}  // namespace chorus::eval

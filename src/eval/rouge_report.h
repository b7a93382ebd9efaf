// A RougeEvaluation as text (a table in the spirit of ROUGE's output) or JSON.
// Averages, means and interval ends are rounded to five decimals, as ROUGE
// prints them. The average is ROUGE-1.5.5's (the mean of its bootstrap
// resample means, which published tables give); the mean is the plain mean of
// the per-cluster scores.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "eval/rouge_evaluation.h"

namespace chorus::eval {

// One line per metric and measure:
//   ROUGE-1  R 0.38013  (95% CI 0.36912 - 0.39120)  mean 0.38010
std::string rouge_report_text(const RougeEvaluation& evaluation);

// {"clusters": 50, "rouge-1": {"r": .., "p": .., "f": .., "r_ci": [lo, hi],
//  "p_ci": [..], "f_ci": [..], "r_mean": .., "p_mean": .., "f_mean": ..}, ...}:
// fractions, one object per metric (its name lower-cased), plus the number of
// clusters scored. r, p and f are ROUGE's averages.
std::string rouge_report_json(const RougeEvaluation& evaluation);
// The same object, for reports that add their own fields.
nlohmann::ordered_json rouge_report_object(const RougeEvaluation& evaluation);

}  // namespace chorus::eval

// A RougeEvaluation as text (a table in the spirit of ROUGE's output) or JSON.
// Means and interval ends are rounded to five decimals, as ROUGE prints them.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "eval/rouge_evaluation.h"

namespace chorus::eval {

// One line per metric and measure:
//   ROUGE-1  R 0.38013  (95% CI 0.36912 - 0.39120)
std::string rouge_report_text(const RougeEvaluation& evaluation);

// {"clusters": 50, "rouge-1": {"r": .., "p": .., "f": .., "r_ci": [lo, hi],
//  "p_ci": [..], "f_ci": [..]}, ...}: fractions, one object per metric
// (its name lower-cased), plus the number of clusters scored.
std::string rouge_report_json(const RougeEvaluation& evaluation);
// The same object, for reports that add their own fields.
nlohmann::ordered_json rouge_report_object(const RougeEvaluation& evaluation);

}  // namespace chorus::eval

// Scores the time tagger against TimeML gold annotations as the TempEval-3
// scorer does: extent precision/recall/F1 with strict (same span) and relaxed
// (overlapping span) matching; `type` and `value` over relaxed matches, as
// accuracy (correct / matched gold expressions) and F1 = accuracy x relaxed F1,
// as the TempEval-3 scorer (evaluate_entities.py) computes attribute F1.
#pragma once

#include <string>
#include <vector>

#include "eval/timeml.h"
#include "time/timex.h"

namespace chorus::eval {

struct Prf {
  double p = 0, r = 0, f1 = 0;
};

struct AttributeScore {
  double accuracy = 0, f1 = 0;
};

// One miss or confusion, for error analysis (`--errors`).
struct TimexError {
  std::string document;
  std::string kind;       // "missed", "spurious", "value", "type", "extent"
  std::string gold_text, gold_type, gold_value;
  std::string predicted_text, predicted_type, predicted_value;
};

struct TimexEvaluation {
  Prf strict, relaxed;
  AttributeScore type, value;
  size_t documents = 0, gold = 0, predicted = 0;
  std::vector<TimexError> errors;
};

TimexEvaluation evaluate_timex(const std::vector<TimemlDocument>& documents,
                               const time::TimexTagger& tagger);

std::string timex_report_text(const TimexEvaluation& evaluation);
std::string timex_report_json(const TimexEvaluation& evaluation);
std::string timex_errors_text(const TimexEvaluation& evaluation);

}  // namespace chorus::eval

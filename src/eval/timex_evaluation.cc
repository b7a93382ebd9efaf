#include "eval/timex_evaluation.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace chorus::eval {
namespace {

bool overlaps(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

Prf prf(size_t correct_predicted, size_t predicted, size_t correct_gold, size_t gold) {
  Prf out;
  out.p = predicted ? static_cast<double>(correct_predicted) / predicted : 0;
  out.r = gold ? static_cast<double>(correct_gold) / gold : 0;
  out.f1 = out.p + out.r > 0 ? 2 * out.p * out.r / (out.p + out.r) : 0;
  return out;
}

// As the TempEval-3 scorer (evaluate_entities.py) computes it: accuracy over
// the relaxed matches of gold expressions, and F1 = accuracy x relaxed F1
// (attribute P = accuracy x relaxed P, R = accuracy x relaxed R).
AttributeScore attribute(size_t correct, size_t matched, const Prf& relaxed) {
  const double accuracy = matched ? static_cast<double>(correct) / matched : 0;
  return AttributeScore{accuracy, accuracy * relaxed.f1};
}

double round4(double x) { return std::round(x * 10000.0) / 10000.0; }

}  // namespace

TimexEvaluation evaluate_timex(const std::vector<TimemlDocument>& documents,
                               const time::TimexTagger& tagger) {
  TimexEvaluation out;
  size_t strict_gold = 0, strict_predicted = 0, relaxed_gold = 0, relaxed_predicted = 0;
  size_t matched = 0, type_correct = 0, value_correct = 0;
  time::TimexScratch scratch;
  for (const TimemlDocument& doc : documents) {
    const auto reference = time::parse_iso_date(doc.creation_time);
    const std::vector<time::Timex> predicted = tagger.tag(doc.text, reference, scratch);
    ++out.documents;
    out.gold += doc.timexes.size();
    out.predicted += predicted.size();
    // Gold and predicted expressions pair one to one, as the TempEval-3
    // scorer pairs them: a prediction that overlaps two gold expressions
    // ("Monday night" against "Monday" and "night") matches one of them.
    // An exact extent pairs first, then the first free overlapping one.
    std::vector<bool> predicted_used(predicted.size(), false);
    std::vector<bool> predicted_strict(predicted.size(), false);
    std::vector<int> pair_of(doc.timexes.size(), -1);
    for (size_t g = 0; g < doc.timexes.size(); ++g) {
      for (size_t k = 0; k < predicted.size(); ++k) {
        if (predicted_used[k] || doc.timexes[g].span != predicted[k].span) continue;
        pair_of[g] = static_cast<int>(k);
        predicted_used[k] = predicted_strict[k] = true;
        break;
      }
    }
    for (size_t g = 0; g < doc.timexes.size(); ++g) {
      for (size_t k = 0; k < predicted.size() && pair_of[g] < 0; ++k) {
        if (predicted_used[k] || !overlaps(doc.timexes[g].span, predicted[k].span)) continue;
        pair_of[g] = static_cast<int>(k);
        predicted_used[k] = true;
      }
    }
    for (size_t g = 0; g < doc.timexes.size(); ++g) {
      const GoldTimex& gold = doc.timexes[g];
      const auto text_of = [&doc](Span s) { return std::string(s.of(doc.text)); };
      const int pair = pair_of[g];
      if (pair < 0) {
        out.errors.push_back({doc.name, "missed", text_of(gold.span), gold.type, gold.value, "", "", ""});
        continue;
      }
      const bool strict = predicted_strict[pair];
      strict_gold += strict;
      ++relaxed_gold;
      ++matched;
      const time::Timex& p = predicted[pair];
      const std::string type(time::timex_type_name(p.type));
      type_correct += type == gold.type;
      value_correct += p.value == gold.value;
      const char* kind = p.value != gold.value ? "value" : type != gold.type ? "type" : !strict ? "extent" : nullptr;
      if (kind)
        out.errors.push_back({doc.name, kind, text_of(gold.span), gold.type, gold.value,
                              text_of(p.span), type, p.value});
    }
    for (size_t k = 0; k < predicted.size(); ++k) {
      relaxed_predicted += predicted_used[k];
      strict_predicted += predicted_strict[k];
      if (!predicted_used[k])
        out.errors.push_back({doc.name, "spurious", "", "", "",
                              std::string(predicted[k].span.of(doc.text)),
                              std::string(time::timex_type_name(predicted[k].type)), predicted[k].value});
    }
  }
  out.strict = prf(strict_predicted, out.predicted, strict_gold, out.gold);
  out.relaxed = prf(relaxed_predicted, out.predicted, relaxed_gold, out.gold);
  out.type = attribute(type_correct, matched, out.relaxed);
  out.value = attribute(value_correct, matched, out.relaxed);
  return out;
}

std::string timex_report_text(const TimexEvaluation& e) {
  char buffer[1024];
  std::snprintf(buffer, sizeof buffer,
                "documents %zu, gold %zu, predicted %zu\n"
                "extent strict    P %.4f  R %.4f  F1 %.4f\n"
                "extent relaxed   P %.4f  R %.4f  F1 %.4f\n"
                "type             accuracy %.4f  F1 %.4f\n"
                "value            accuracy %.4f  F1 %.4f\n",
                e.documents, e.gold, e.predicted, e.strict.p, e.strict.r, e.strict.f1, e.relaxed.p,
                e.relaxed.r, e.relaxed.f1, e.type.accuracy, e.type.f1, e.value.accuracy, e.value.f1);
  return buffer;
}

std::string timex_report_json(const TimexEvaluation& e) {
  using Json = nlohmann::ordered_json;
  const auto prf_json = [](const Prf& s) {
    return Json{{"p", round4(s.p)}, {"r", round4(s.r)}, {"f1", round4(s.f1)}};
  };
  const auto attribute_json = [](const AttributeScore& s) {
    return Json{{"accuracy", round4(s.accuracy)}, {"f1", round4(s.f1)}};
  };
  const Json out{{"strict", prf_json(e.strict)},      {"relaxed", prf_json(e.relaxed)},
                 {"type", attribute_json(e.type)},     {"value", attribute_json(e.value)},
                 {"documents", e.documents},           {"gold", e.gold},
                 {"predicted", e.predicted}};
  return out.dump(2) + "\n";
}

std::string timex_errors_text(const TimexEvaluation& e) {
  std::string out;
  for (const TimexError& error : e.errors) {
    out += error.kind + "\t" + error.document + "\tgold [" + error.gold_text + "] " + error.gold_type + " " +
           error.gold_value + "\tpredicted [" + error.predicted_text + "] " + error.predicted_type + " " +
           error.predicted_value + "\n";
  }
  return out;
}

}  // namespace chorus::eval

#include "eval/rouge_report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace chorus::eval {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string fixed5(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.5f", value);
  return buffer;
}

std::string percent(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g%%", confidence);
  return buffer;
}

}  // namespace

std::string rouge_report_text(const RougeEvaluation& evaluation) {
  std::string out;
  std::size_t width = 6;
  for (const MetricResult& metric : evaluation.metrics) width = std::max(width, metric.name.size());
  const std::string ci = percent(evaluation.confidence) + " CI";
  for (const MetricResult& metric : evaluation.metrics) {
    const struct {
      const char* label;
      double value;
      Interval interval;
    } rows[] = {{"R", metric.mean.recall, metric.interval.recall},
                {"P", metric.mean.precision, metric.interval.precision},
                {"F", metric.mean.f, metric.interval.f}};
    for (const auto& row : rows) {
      out += metric.name + std::string(width - metric.name.size() + 2, ' ') + row.label + " " + fixed5(row.value) +
             "  (" + ci + " " + fixed5(row.interval.low) + " - " + fixed5(row.interval.high) + ")\n";
    }
  }
  out += std::to_string(evaluation.cluster_ids.size()) + " clusters; mean of per-cluster scores, " +
         std::to_string(evaluation.resamples) + " bootstrap resamples\n";
  return out;
}

std::string rouge_report_json(const RougeEvaluation& evaluation) {
  return rouge_report_object(evaluation).dump(2) + "\n";
}

nlohmann::ordered_json rouge_report_object(const RougeEvaluation& evaluation) {
  const auto round5 = [](double value) { return round_like_rouge(value); };
  const auto pair = [&](const Interval& interval) {
    return nlohmann::json::array({round5(interval.low), round5(interval.high)});
  };
  nlohmann::ordered_json out;
  out["clusters"] = evaluation.cluster_ids.size();
  for (const MetricResult& metric : evaluation.metrics) {
    out[lower(metric.name)] = {{"r", round5(metric.mean.recall)},         {"p", round5(metric.mean.precision)},
                               {"f", round5(metric.mean.f)},              {"r_ci", pair(metric.interval.recall)},
                               {"p_ci", pair(metric.interval.precision)}, {"f_ci", pair(metric.interval.f)}};
  }
  return out;
}

}  // namespace chorus::eval

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
    const RougeScore& average = metric.interval.resample_mean;
    const struct {
      const char* label;
      double average;
      Interval interval;
      double mean;
    } rows[] = {{"R", average.recall, metric.interval.recall, metric.mean.recall},
                {"P", average.precision, metric.interval.precision, metric.mean.precision},
                {"F", average.f, metric.interval.f, metric.mean.f}};
    for (const auto& row : rows) {
      out += metric.name + std::string(width - metric.name.size() + 2, ' ') + row.label + " " + fixed5(row.average) +
             "  (" + ci + " " + fixed5(row.interval.low) + " - " + fixed5(row.interval.high) + ")  mean " +
             fixed5(row.mean) + "\n";
    }
  }
  out += std::to_string(evaluation.cluster_ids.size()) + " clusters; averages and intervals as ROUGE-1.5.5 prints " +
         "them, from " + std::to_string(evaluation.resamples) +
         " bootstrap resamples; mean: the plain mean of the per-cluster scores\n";
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
    const RougeScore& average = metric.interval.resample_mean;
    out[lower(metric.name)] = {{"r", round5(average.recall)},
                               {"p", round5(average.precision)},
                               {"f", round5(average.f)},
                               {"r_ci", pair(metric.interval.recall)},
                               {"p_ci", pair(metric.interval.precision)},
                               {"f_ci", pair(metric.interval.f)},
                               {"r_mean", round5(metric.mean.recall)},
                               {"p_mean", round5(metric.mean.precision)},
                               {"f_mean", round5(metric.mean.f)}};
  }
  return out;
}

}  // namespace chorus::eval

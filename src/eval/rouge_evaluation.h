// A ROUGE evaluation of one system over a dataset: per-cluster scores for
// each metric, their means and bootstrap confidence intervals.
#pragma once

#include <string>
#include <vector>

#include "eval/bootstrap.h"
#include "eval/dataset.h"
#include "eval/rouge_options.h"
#include "eval/rouge_scorer.h"

namespace chorus::eval {

struct MetricResult {
  std::string name;                     // "ROUGE-1", "ROUGE-L", "ROUGE-SU4", ...
  std::vector<RougeScore> per_cluster;  // aligned with RougeEvaluation::cluster_ids
  RougeScore mean;                      // plain mean of per_cluster
  BootstrapInterval interval;
};

struct RougeEvaluation {
  std::vector<std::string> cluster_ids;  // the clusters scored, sorted
  std::vector<MetricResult> metrics;
  double confidence = 95;
  int resamples = 1000;
  std::vector<std::string> warnings;  // e.g. dataset clusters with no summary
};

// Scores every summary against the references of its cluster. Throws
// chorus::Error when a summary's cluster is not in the dataset.
RougeEvaluation evaluate_rouge(const std::vector<EvalCluster>& dataset, const std::vector<SystemSummary>& summaries,
                               const RougeOptions& options);

}  // namespace chorus::eval

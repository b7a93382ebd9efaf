// A ROUGE evaluation of one system over a dataset: per-cluster scores for
// each metric, ROUGE-1.5.5's averages with their bootstrap confidence
// intervals, and the plain means.
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
  // interval.resample_mean is the average ROUGE-1.5.5 prints (and published
  // tables give): the mean of the bootstrap resample means.
  BootstrapInterval interval;
};

struct RougeEvaluation {
  std::vector<std::string> cluster_ids;  // the clusters scored, in ROUGE's order (see evaluate_rouge)
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

#include "eval/rouge_evaluation.h"

#include <algorithm>
#include <map>

#include "chorus/error.h"

namespace chorus::eval {

RougeEvaluation evaluate_rouge(const std::vector<EvalCluster>& dataset, const std::vector<SystemSummary>& summaries,
                               const RougeOptions& options) {
  RougeScorer scorer(options);
  std::map<std::string, const EvalCluster*> clusters;
  for (const EvalCluster& cluster : dataset) clusters.emplace(cluster.id, &cluster);

  // The bootstrap draws index the clusters, so the order is ROUGE's: it sorts
  // the keys "<evaluation id>.<system id>" as strings, and one system's keys
  // sort as "<cluster id>." do ("d1-2." before "d1.", unlike "d1" and "d1-2").
  std::vector<const SystemSummary*> ordered;
  for (const SystemSummary& summary : summaries) {
    if (!clusters.contains(summary.cluster_id))
      throw Error(summary.origin + ": summary for cluster \"" + summary.cluster_id +
                  "\" has no such cluster in the dataset; check that the summaries and the dataset match");
    ordered.push_back(&summary);
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const SystemSummary* a, const SystemSummary* b) { return a->cluster_id + '.' < b->cluster_id + '.'; });

  RougeEvaluation evaluation;
  evaluation.confidence = options.confidence;
  evaluation.resamples = options.resamples;
  for (const std::string& name : rouge_metric_names(options)) evaluation.metrics.push_back({name, {}, {}, {}});
  for (const SystemSummary* summary : ordered) {
    evaluation.cluster_ids.push_back(summary->cluster_id);
    const auto scores = scorer.score(summary->text, clusters.at(summary->cluster_id)->references);
    for (std::size_t m = 0; m < scores.size(); ++m) evaluation.metrics[m].per_cluster.push_back(scores[m]);
  }
  if (ordered.size() < dataset.size()) {
    evaluation.warnings.push_back(std::to_string(dataset.size() - ordered.size()) + " of the " +
                                  std::to_string(dataset.size()) +
                                  " dataset clusters have no summary and are not scored");
  }
  for (MetricResult& metric : evaluation.metrics) {
    RougeScore sum;
    for (const RougeScore& score : metric.per_cluster) {
      sum.recall += score.recall;
      sum.precision += score.precision;
      sum.f += score.f;
    }
    if (const double count = double(metric.per_cluster.size()); count > 0)
      metric.mean = {sum.recall / count, sum.precision / count, sum.f / count};
    metric.interval = bootstrap_interval(metric.per_cluster, options.confidence, options.resamples);
  }
  return evaluation;
}

}  // namespace chorus::eval

// `chorus eval summarize`: summarize every cluster of a dataset with one
// method and score the summaries with ROUGE in the setting of the published
// DUC tables.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "chorus/options.h"
#include "eval/dataset.h"
#include "eval/rouge_options.h"

namespace chorus::eval {

struct SummarizeRun {
  std::vector<SystemSummary> summaries;  // one per cluster with documents, one sentence a line
  double seconds = 0;                    // preparing and summarizing, all clusters
  std::vector<std::string> warnings;     // "cluster d30001t: ..." for each problem met
};

// Called after each cluster with the number done and the total.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

// Summarizes each cluster's documents with `options.method` and
// `options.summary_words`, as `chorus digest` would (same ingest and
// annotation; with `claims`, each claim once, the claims comparing names as
// entities when options.ner_model is given; without, the summarizer alone);
// with `fill` the last sentence may cross the budget, for a scorer that cuts
// there (summarize::Budget::fill). A cluster without documents is skipped with a warning; a
// cluster whose documents are all unusable too. Throws chorus::Error when no
// cluster has documents.
SummarizeRun summarize_dataset(const std::vector<EvalCluster>& dataset, const Options& options, bool fill,
                               bool claims = true, const Progress& progress = {});

// The setting of the published DUC 2004 tables: ROUGE-1, ROUGE-2, ROUGE-L and
// ROUGE-SU4, stemmed (-m), stop words kept, the first `words` words (-l),
// counts pooled over all references (-f A), 95% bootstrap intervals over
// 1000 resamples.
RougeOptions published_rouge_setting(int words);

}  // namespace chorus::eval

#include "eval/summarize_evaluation.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "chorus/error.h"
#include "compare/match_model.h"
#include "core/diagnostics.h"
#include "digest/pipeline.h"
#include "summarize/summarizer.h"

namespace chorus::eval {
namespace {

// The summary as ROUGE reads it: one sentence a line, with the line breaks
// inside a sentence (paragraph-wrapped sources) turned into spaces.
std::string summary_text(const Cluster& cluster, const std::vector<summarize::Selection>& selections) {
  std::string text;
  for (const summarize::Selection& selection : selections) {
    const Document& doc = cluster.documents[selection.doc];
    std::string sentence(doc.at(doc.sentences[selection.sentence].span));
    std::replace(sentence.begin(), sentence.end(), '\n', ' ');
    if (!text.empty()) text += '\n';
    text += sentence;
  }
  return text;
}

}  // namespace

SummarizeRun summarize_dataset(const std::vector<EvalCluster>& dataset, const Options& options, bool fill,
                               bool claims, const Progress& progress) {
  SummarizeRun run;
  // Each claim once, as a digest's summary: the claims need the match model
  // and, for names, the entity model when one is given.
  std::optional<compare::MatchModel> match;
  std::optional<entities::NerModel> ner;
  if (claims) match.emplace(compare::load_match_model(options.pair_model));
  if (claims && !options.ner_model.empty()) ner.emplace(entities::NerModel::load(options.ner_model));
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < dataset.size(); ++i) {
    const EvalCluster& cluster = dataset[i];
    if (cluster.documents.empty()) {
      run.warnings.push_back("cluster " + cluster.id + ": no \"docs\" to summarize; skipped");
    } else {
      try {
        Diagnostics diagnostics;
        const Cluster prepared = digest::prepare_cluster(cluster.documents, options, diagnostics);
        for (const std::string& warning : diagnostics.warnings) run.warnings.push_back("cluster " + cluster.id + ": " + warning);
        std::vector<summarize::Selection> selections;
        if (match) {
          const digest::Comparison comparison = digest::compare_outlets(prepared, options, *match, ner ? &*ner : nullptr);
          selections = digest::summarize_claims(prepared, options, comparison.claims, fill);
        } else {
          summarize::SummaryOptions summary_options;
          summary_options.words = options.summary_words;
          summary_options.method = options.method;
          summary_options.fill = fill;
          selections = summarize::summarize(prepared, summary_options);
        }
        run.summaries.push_back(
            SystemSummary{cluster.id, summary_text(prepared, selections), "cluster " + cluster.id});
      } catch (const Error& error) {
        run.warnings.push_back("cluster " + cluster.id + ": " + error.what() + "; skipped");
      }
    }
    if (progress) progress(i + 1, dataset.size());
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (run.summaries.empty()) throw Error("no cluster of the dataset has documents to summarize (field \"docs\")");
  return run;
}

RougeOptions published_rouge_setting(int words) {
  RougeOptions options;
  options.max_n = 2;
  options.stem = true;
  options.word_limit = words;
  options.skip_bigrams = true;
  options.max_skip = 4;
  options.skip_unigrams = true;
  options.combination = ReferenceCombination::kAverage;
  options.confidence = 95;
  options.resamples = 1000;
  return options;
}

}  // namespace chorus::eval

// `chorus eval summarize`: summarize a dataset's clusters and score them.
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/eval_command.h"
#include "cli/progress.h"
#include "eval/rouge_evaluation.h"
#include "eval/rouge_report.h"
#include "eval/summarize_evaluation.h"
#include "summarize/method.h"

namespace chorus::cli {
namespace {

struct SummarizeArgs {
  std::string dataset;
  std::string out;
  std::string format = "text";
  std::string output;
  bool no_score = false;
  bool no_claims = false;
  bool strict_budget = false;
  bool quiet = false;
  Options options;
};

std::string summaries_jsonl(const std::vector<eval::SystemSummary>& summaries) {
  std::string out;
  for (const eval::SystemSummary& summary : summaries) {
    out += nlohmann::ordered_json{{"id", summary.cluster_id}, {"summary", summary.text}}.dump() + "\n";
  }
  return out;
}

std::string fixed(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

std::string text_report(const eval::RougeEvaluation* evaluation, const eval::SummarizeRun& run,
                        const SummarizeArgs& args) {
  const double per_cluster = run.seconds / static_cast<double>(run.summaries.size());
  std::string out = "method " + std::string(summarize::canonical_method_name(args.options.method)) + ", " +
                    std::to_string(run.summaries.size()) + " clusters, " +
                    std::to_string(args.options.summary_words) + " words" +
                    (args.strict_budget ? ", never over" : ", last sentence cut by the scorer") +
                    (args.no_claims ? ", summarizer alone" : ", each claim once") + "\n";
  if (evaluation != nullptr) {
    for (const eval::MetricResult& metric : evaluation->metrics) {
      if (metric.name == "ROUGE-L") continue;  // the published tables give 1, 2 and SU4
      // ROUGE-1.5.5's average as it prints it (five decimals), in percent as the tables give it.
      const double average = eval::round_like_rouge(metric.interval.resample_mean.recall);
      out += metric.name + std::string(11 - metric.name.size(), ' ') + "R " + fixed(100 * average, 2) +
             "  (95% CI " + fixed(100 * metric.interval.recall.low, 2) + " - " +
             fixed(100 * metric.interval.recall.high, 2) + ")\n";
    }
  }
  out += "time       " + fixed(1000 * per_cluster, 2) + " ms per cluster (" + fixed(run.seconds, 3) +
         " s in all, reading excluded)\n";
  return out;
}

void run_summarize(const SummarizeArgs& args) {
  const auto dataset = eval::read_eval_dataset(args.dataset);
  // The summary states each claim once, as a digest's does; the claims
  // compare names as entities when the shipped entity model is found.
  Options options = args.options;
  if (!args.no_claims) locate_ner_model("", options);
  eval::SummarizeRun run;
  {
    ProgressBar bar("summarizing", !args.quiet);
    run = eval::summarize_dataset(dataset, options, !args.strict_budget, !args.no_claims,
                                  [&](std::size_t done, std::size_t total) { bar.update(done, total); });
  }
  if (!args.quiet) print_warnings(run.warnings);
  if (!args.out.empty()) write_output(args.out, summaries_jsonl(run.summaries));

  std::unique_ptr<eval::RougeEvaluation> evaluation;
  if (!args.no_score) {
    evaluation = std::make_unique<eval::RougeEvaluation>(eval::evaluate_rouge(
        dataset, run.summaries, eval::published_rouge_setting(static_cast<int>(args.options.summary_words))));
  }
  if (args.format == "json") {
    nlohmann::ordered_json report =
        evaluation ? eval::rouge_report_object(*evaluation) : nlohmann::ordered_json::object();
    report["method"] = summarize::canonical_method_name(args.options.method);
    report["words"] = args.options.summary_words;
    report["fill"] = !args.strict_budget;
    report["claims"] = !args.no_claims;
    report["clusters"] = run.summaries.size();
    report["seconds"] = run.seconds;
    report["seconds_per_cluster"] = run.seconds / static_cast<double>(run.summaries.size());
    write_output(args.output, report.dump(2) + "\n");
  } else {
    write_output(args.output, text_report(evaluation.get(), run, args));
  }
}

}  // namespace

void add_eval_summarize_command(CLI::App& eval) {
  auto args = std::make_shared<SummarizeArgs>();
  CLI::App* command =
      eval.add_subcommand("summarize", "Summarize every cluster of a dataset and score it with ROUGE");
  std::vector<std::string> methods;
  for (std::string_view name : summarize::method_names()) methods.emplace_back(name);
  command->add_option("--dataset", args->dataset,
                      "Clusters: JSONL, one a line, {\"id\", \"docs\": [{\"id\", \"text\", \"date\"}], "
                      "\"refs\": [{\"text\"}]}")
      ->required()
      ->check(input_file());
  command->add_option("-m,--method", args->options.method, "Summarization method")
      ->check(CLI::IsMember(methods))
      ->capture_default_str();
  command->add_option("-w,--words", args->options.summary_words,
                      "Summary length in words; ROUGE reads the first this many words")
      ->check(CLI::Range(1u, 100000u))
      ->capture_default_str();
  command->add_option("--out", args->out, "Also write the summaries as JSONL ({\"id\", \"summary\"} a line)")
      ->check(output_file());
  command->add_flag("--strict-budget", args->strict_budget,
                    "Stop before the sentence that would cross the budget (as chorus digest does) instead of "
                    "letting ROUGE cut it");
  command->add_flag("--no-score", args->no_score, "Only summarize (and time); do not compute ROUGE");
  command->add_flag("--no-claims", args->no_claims,
                    "The summarizer alone: no claims, so two sentences of one claim may both be chosen "
                    "(a digest's summary states each claim once)");
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write the report to this file instead of standard output")
      ->check(output_file());
  command->add_flag("-q,--quiet", args->quiet, "No progress bar and no warnings");
  command->callback([args] { run_summarize(*args); });
}

}  // namespace chorus::cli

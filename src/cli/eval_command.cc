#include "cli/eval_command.h"

#include <memory>
#include <string>

#include "chorus/error.h"
#include "cli/common.h"
#include "eval/dataset.h"
#include "eval/rouge_evaluation.h"
#include "eval/rouge_report.h"

namespace chorus::cli {
namespace {

struct RougeArgs {
  std::string summaries;
  std::string dataset;
  std::string stopwords;
  std::string combination = "A";
  std::string format = "text";
  std::string output;
  int max_skip = 4;
  bool no_lcs = false;
  eval::RougeOptions options;
};

void run_rouge(RougeArgs args, const CLI::App& command) {
  eval::RougeOptions& options = args.options;
  options.skip_bigrams = command.count("-2") > 0;
  options.max_skip = args.max_skip;
  options.lcs = !args.no_lcs;
  options.combination =
      args.combination == "B" ? eval::ReferenceCombination::kBest : eval::ReferenceCombination::kAverage;
  if (options.remove_stopwords) {
    if (args.stopwords.empty())
      throw Error(
          "-s removes stop words but chorus ships no stop list: pass ROUGE's smart_common_words.txt "
          "with --stopwords FILE");
    options.stopwords = eval::read_word_list(args.stopwords);
  }
  eval::validate(options);
  const auto dataset = eval::read_eval_dataset(args.dataset);
  const auto summaries = eval::read_system_summaries(args.summaries);
  const eval::RougeEvaluation evaluation = eval::evaluate_rouge(dataset, summaries, options);
  print_warnings(evaluation.warnings);
  write_output(args.output,
               args.format == "json" ? eval::rouge_report_json(evaluation) : eval::rouge_report_text(evaluation));
}

void add_rouge_command(CLI::App& eval) {
  auto args = std::make_shared<RougeArgs>();
  CLI::App* command = eval.add_subcommand("rouge", "ROUGE scores as ROUGE-1.5.5 computes them");
  eval::RougeOptions& options = args->options;
  command->add_option("--summaries", args->summaries,
                      "System summaries: JSONL ({\"id\", \"summary\"} a line) or a directory of files "
                      "named by cluster id; one sentence per line")
      ->required()
      ->check(input_file_or_directory());
  command->add_option("--dataset", args->dataset,
                      "Clusters with reference summaries: JSONL ({\"id\", \"refs\": [{\"text\"}]} a line)")
      ->required()
      ->check(input_file());
  command->add_option("-n", options.max_n, "Compute ROUGE-1 .. ROUGE-N")->check(CLI::Range(0, 4))->capture_default_str();
  command->add_flag("-m", options.stem, "Stem: WordNet exceptions, then ROUGE's Porter stemmer");
  command->add_flag("-s", options.remove_stopwords, "Remove stop words (needs --stopwords)");
  command
      ->add_option("--stopwords", args->stopwords, "Stop list for -s, one word a line (ROUGE's smart_common_words.txt)")
      ->check(input_file());
  auto* words = command->add_option("-l", options.word_limit, "Keep only the first N words of every summary")
                    ->check(CLI::PositiveNumber);
  auto* bytes = command->add_option("-b", options.byte_limit, "Keep only the first N bytes of every summary")
                    ->check(CLI::PositiveNumber);
  words->excludes(bytes);
  auto* skip = command->add_option("-2", args->max_skip,
                                   "Compute ROUGE-S with this maximum gap between the two words (-1: no limit)");
  command->add_flag("-u", options.skip_unigrams, "Count unigrams with the skip bigrams (ROUGE-SU)")->needs(skip);
  command->add_flag("-x", args->no_lcs, "Do not compute ROUGE-L");
  command->add_option("-f", args->combination, "Several references: A = pool their counts, B = best reference")
      ->check(CLI::IsMember({"A", "B"}))
      ->capture_default_str();
  command->add_option("-p", options.alpha, "F-measure weight alpha: F = PR / ((1-alpha)P + alpha R)")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("-c", options.confidence, "Confidence level of the bootstrap interval, in percent")
      ->check(finite_range(0.0, 100.0))
      ->capture_default_str();
  command->add_option("-r", options.resamples, "Bootstrap resamples")->check(CLI::Range(1, 1000000))->capture_default_str();
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command->callback([args, command] { run_rouge(*args, *command); });
}

}  // namespace

void add_eval_command(CLI::App& app) {
  CLI::App* eval = app.add_subcommand(
      "eval", "Measure chorus against public data: summaries, time expressions, entities");
  eval->require_subcommand(1);
  add_rouge_command(*eval);
  add_eval_summarize_command(*eval);
  add_eval_timex_command(*eval);
  add_eval_ner_command(*eval);
  add_eval_paraphrase_command(*eval);
  add_eval_claims_command(*eval);
  add_eval_extract_command(*eval);
}

}  // namespace chorus::cli

// `chorus eval paraphrase`.
#include <memory>
#include <string>

#include "chorus/error.h"
#include "chorus/options.h"
#include "cli/common.h"
#include "cli/eval_command.h"
#include "compare/match_model.h"
#include "eval/paraphrase_evaluation.h"

namespace chorus::cli {
namespace {

struct ParaphraseArgs {
  std::string dataset;
  std::string pair_model;
  std::string ner_model;
  double threshold = Options{}.support_threshold;
  std::string format = "text";
  std::string output;
};

void run_paraphrase(const ParaphraseArgs& args) {
  const std::vector<eval::SentencePair> pairs = eval::read_sentence_pairs(args.dataset);
  const compare::MatchModel model = compare::load_match_model(args.pair_model);
  const entities::NerModel ner =
      entities::NerModel::load(find_data_file(args.ner_model, "ner/model.bin", "--ner-model"));
  const auto examples = eval::pair_examples(pairs, &ner, model.lexical);
  const eval::ParaphraseScores scores = eval::score_pairs(examples, model.pairs, args.threshold);
  write_output(args.output, args.format == "json" ? eval::paraphrase_report_json(scores, args.threshold)
                                                  : eval::paraphrase_report_text(scores, args.threshold));
}

}  // namespace

void add_eval_paraphrase_command(CLI::App& eval) {
  auto args = std::make_shared<ParaphraseArgs>();
  CLI::App* command = eval.add_subcommand(
      "paraphrase", "Accuracy and F1 of the support decision on labelled sentence pairs (MSR Paraphrase)");
  command->add_option("--dataset", args->dataset, R"(JSONL, one pair a line: {"id", "label": 0|1, "a", "b"})")
      ->required()
      ->check(input_file());
  command->add_option("--support-threshold", args->threshold,
                      "Probability at which a sentence states what another states")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command
      ->add_option("--pair-model", args->pair_model, "Pair weights (default: the shipped data/claims/pair_model.tsv)")
      ->check(input_file());
  command->add_option("--ner-model", args->ner_model, "Entity model (default: data/ner/model.bin shipped with chorus)")
      ->check(input_file());
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command->callback([args] { run_paraphrase(*args); });
}

}  // namespace chorus::cli

// `chorus eval ner`.
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/eval_command.h"
#include "entities/ner_corpus.h"
#include "eval/ner_scorer.h"

namespace chorus::cli {
namespace {

struct NerArgs {
  std::string gold;
  std::string model;
  std::string predictions;
  std::string format = "text";
  std::string output;
};

void run_ner(const NerArgs& args) {
  const entities::ConllCorpus gold = entities::read_conll(args.gold);
  const entities::NerModel model = entities::NerModel::load(find_data_file(args.model, "ner/model.bin", "--model"));
  std::string predictions;
  const eval::NerScores scores = eval::evaluate_ner(gold, model, args.predictions.empty() ? nullptr : &predictions);
  if (!args.predictions.empty()) write_output(args.predictions, predictions);
  write_output(args.output, args.format == "json" ? eval::ner_report_json(scores) : eval::ner_report_text(scores));
}

}  // namespace

void add_eval_ner_command(CLI::App& eval) {
  auto args = std::make_shared<NerArgs>();
  CLI::App* command =
      eval.add_subcommand("ner", "Entity-level precision, recall and F1 of the entity tagger (as conlleval)");
  command->add_option("--gold", args->gold, "CoNLL-2003 file (WORD POS CHUNK NE a line; IOB1 or IOB2 tags)")
      ->required()
      ->check(input_file());
  command->add_option("--model", args->model, "NER model file (default: data/ner/model.bin shipped with chorus)")
      ->check(input_file());
  command
      ->add_option("--predictions", args->predictions,
                   "Also write 'WORD GOLD PREDICTED' lines (conlleval's input) to this file")
      ->check(output_file());
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command->callback([args] { run_ner(*args); });
}

}  // namespace chorus::cli

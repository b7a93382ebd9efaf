// `chorus eval timex`.
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/eval_command.h"
#include "eval/timeml.h"
#include "eval/timex_evaluation.h"
#include "time/timex.h"

namespace chorus::cli {
namespace {

struct TimexArgs {
  std::string gold;
  std::string format = "text";
  std::string output;
  std::string errors;
};

void run_timex(const TimexArgs& args) {
  const auto documents = eval::read_timeml_dir(args.gold);
  const time::TimexTagger tagger;
  const eval::TimexEvaluation evaluation = eval::evaluate_timex(documents, tagger);
  if (!args.errors.empty()) write_output(args.errors, eval::timex_errors_text(evaluation));
  write_output(args.output,
               args.format == "json" ? eval::timex_report_json(evaluation) : eval::timex_report_text(evaluation));
}

}  // namespace

void add_eval_timex_command(CLI::App& eval) {
  auto args = std::make_shared<TimexArgs>();
  CLI::App* command =
      eval.add_subcommand("timex", "Temporal expressions against TimeML gold, as TempEval-3 scores them");
  command->add_option("--gold", args->gold, "Folder of TimeML .tml files (searched recursively)")
      ->required()
      ->check(input_directory());
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command
      ->add_option("--errors", args->errors,
                   "Write every miss, spurious match and wrong value to this file (one a line)")
      ->check(output_file());
  command->callback([args] { run_timex(*args); });
}

}  // namespace chorus::cli

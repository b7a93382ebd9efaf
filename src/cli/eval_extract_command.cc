// `chorus eval extract`.
#include <memory>
#include <string>

#include "cli/common.h"
#include "cli/eval_command.h"
#include "eval/extraction_evaluation.h"

namespace chorus::cli {
namespace {

struct ExtractArgs {
  std::string dataset;
  std::string format = "text";
  std::string output;
  std::string pages;
};

void run_extract(const ExtractArgs& args) {
  const eval::ExtractionReport report = eval::evaluate_extraction(eval::read_extraction_dataset(args.dataset));
  if (!args.pages.empty()) write_output(args.pages, eval::extraction_pages_text(report));
  write_output(args.output, args.format == "json" ? eval::extraction_report_json(report)
                                                  : eval::extraction_report_text(report));
}

}  // namespace

void add_eval_extract_command(CLI::App& eval) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* command = eval.add_subcommand(
      "extract", "Main text of web pages against gold bodies (4-gram shingles, as the Zyte benchmark scores)");
  command->add_option("--dataset", args->dataset, "Folder with gold.jsonl and the pages it names")
      ->required()
      ->check(input_directory());
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command->add_option("--pages", args->pages, "Write each page's precision, recall and title check to this file")
      ->check(output_file());
  command->callback([args] { run_extract(*args); });
}

}  // namespace chorus::cli

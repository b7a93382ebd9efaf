#include "cli/compare_command.h"

#include <memory>

#include "cli/common.h"
#include "ingest/reader.h"
#include "render/render.h"

namespace chorus::cli {
namespace {

struct CompareArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  bool quiet = false;
  uint64_t max_file_size = ingest::ReadOptions{}.max_bytes;
  std::string ner_model;
  Options options;
};

}  // namespace

void add_compare_command(CLI::App& app) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* command = app.add_subcommand(
      "compare", "Compare several reports of one event: each source's unique content and wording, and the figures");
  command->add_option("paths", args->paths,
                      "Inputs: directories (their .txt/.md files), files, .jsonl files "
                      "(one article per line), or - for standard input")
      ->required();
  command->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "md", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  command->add_option("--support-threshold", args->options.support_threshold,
                      "Support score at which another document says the same as a sentence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--max-file-size", args->max_file_size, "Largest input file accepted (e.g. 10MB, 500kb)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model,
                      "Entity model file (default: data/ner/model.bin shipped with chorus)");
  command->add_flag("-q,--quiet", args->quiet, "Do not print warnings");
  command->callback([args] {
    Options options = args->options;
    const std::string warning = locate_ner_model(args->ner_model, options);
    const Digest digest = digest_inputs(args->paths, args->max_file_size, options, args->quiet, warning);
    write_output(args->output, render::render_comparison(digest, args->format, {}));
  });
}

}  // namespace chorus::cli

#include "cli/compare_command.h"

#include <memory>

#include "cli/common.h"
#include "render/render.h"

namespace chorus::cli {
namespace {

struct CompareArgs {
  InputArgs inputs;
  std::string ner_model;
  Options options;
};

}  // namespace

void add_compare_command(CLI::App& app) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* command = app.add_subcommand(
      "compare", "Compare several reports of one event: each source's unique content and wording, and the figures");
  add_input_options(*command, args->inputs, {"text", "md", "markdown", "json"});
  command->add_option("--support-threshold", args->options.support_threshold,
                      "Support score at which another document says the same as a sentence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model,
                      "Entity model file (default: data/ner/model.bin shipped with chorus)");
  command->callback([args] {
    Options options = args->options;
    const std::string warning = locate_ner_model(args->ner_model, options);
    const Digest digest = digest_inputs(args->inputs, options, warning);
    write_output(args->inputs.output, render::render_comparison(digest, args->inputs.format, {}));
  });
}

}  // namespace chorus::cli

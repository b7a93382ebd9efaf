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
  add_comparison_options(*command, args->options, args->ner_model);
  command->callback([args] {
    Options options = args->options;
    const std::string warning = locate_ner_model(args->ner_model, options);
    const Digest digest = digest_inputs(args->inputs, options, warning);
    write_output(args->inputs.output, render::render_comparison(digest, args->inputs.format, {}));
  });
}

}  // namespace chorus::cli

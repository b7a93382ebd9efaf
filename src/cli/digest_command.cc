#include "cli/digest_command.h"

#include <memory>

#include "cli/common.h"
#include "render/render.h"
#include "summarize/method.h"

namespace chorus::cli {
namespace {

struct DigestArgs {
  InputArgs inputs;
  bool show_removed = false;
  std::string ner_model;
  Options options;
};

void run_digest(const DigestArgs& args) {
  Options options = args.options;
  const std::string warning = locate_ner_model(args.ner_model, options);
  const Digest digest = digest_inputs(args.inputs, options, warning);
  render::RenderOptions render_options;
  render_options.show_removed = args.show_removed;
  write_output(args.inputs.output, [&](std::ostream& out) {
    render::render(digest, args.inputs.format, render_options, out);
  });
}

}  // namespace

void add_digest_command(CLI::App& app) {
  auto args = std::make_shared<DigestArgs>();
  CLI::App* command = app.add_subcommand("digest", "Digest several reports of one event");
  add_input_options(*command, args->inputs, {"text", "md", "markdown", "json", "html"});
  std::vector<std::string> methods;
  for (std::string_view name : summarize::method_names()) methods.emplace_back(name);
  command->add_option("-w,--words", args->options.summary_words, "Summary length in words")
      ->check(CLI::Range(1u, 100000u))
      ->capture_default_str();
  command->add_option("-m,--method", args->options.method, "Summarization method")
      ->check(CLI::IsMember(methods))
      ->capture_default_str();
  add_comparison_options(*command, args->options, args->ner_model);
  command->add_flag("--show-removed", args->show_removed,
                    "List the page furniture removed from each document, with the reason");
  command->callback([args] { run_digest(*args); });
}

}  // namespace chorus::cli

#include "cli/timeline_command.h"

#include <memory>

#include "cli/common.h"
#include "render/render.h"

namespace chorus::cli {

void add_timeline_command(CLI::App& app) {
  auto inputs = std::make_shared<InputArgs>();
  CLI::App* command = app.add_subcommand("timeline", "The dated events of several reports of one event");
  add_input_options(*command, *inputs, {"text", "md", "markdown", "json"});
  command->callback([inputs] {
    const Digest digest = digest_inputs(*inputs, Options{});
    write_output(inputs->output, render::render_timeline(digest, inputs->format, render::RenderOptions{}));
  });
}

}  // namespace chorus::cli

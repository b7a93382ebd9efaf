#include "cli/timeline_command.h"

#include <memory>

#include "chorus/engine.h"
#include "cli/common.h"
#include "core/diagnostics.h"
#include "ingest/reader.h"
#include "render/render.h"

namespace chorus::cli {
namespace {

struct TimelineArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  bool quiet = false;
  uint64_t max_file_size = ingest::ReadOptions{}.max_bytes;
};

void run_timeline(const TimelineArgs& args) {
  const Digest digest = digest_inputs(args.paths, args.max_file_size, Options{}, args.quiet);
  write_output(args.output, render::render_timeline(digest, args.format, render::RenderOptions{}));
}

}  // namespace

void add_timeline_command(CLI::App& app) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* command = app.add_subcommand("timeline", "The dated events of several reports of one event");
  command->add_option("paths", args->paths,
                      "Inputs: directories (their .txt/.md files), files, .jsonl files "
                      "(one article per line), or - for standard input")
      ->required();
  command->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "md", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  command->add_option("--max-file-size", args->max_file_size, "Largest input file accepted (e.g. 10MB, 500kb)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  command->add_flag("-q,--quiet", args->quiet, "Do not print warnings");
  command->callback([args] { run_timeline(*args); });
}

}  // namespace chorus::cli

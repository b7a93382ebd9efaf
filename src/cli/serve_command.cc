#include "cli/serve_command.h"

#include <iostream>
#include <memory>
#include <mutex>

#include "cli/common.h"
#include "serve/server.h"
#include "serve/stop_on_signal.h"

namespace chorus::cli {
namespace {

struct ServeArgs {
  serve::ServeOptions options;
  std::string ner_model;
  bool quiet = false;
};

void run_serve(ServeArgs args) {
  Options located;
  const std::string warning = locate_ner_model(args.ner_model, located);
  if (!warning.empty() && !args.quiet) print_warnings({warning});
  args.options.ner_model = located.ner_model;
  // Signals are blocked first, so every thread the server starts leaves them
  // to the watcher, which stops the server: graceful shutdown.
  std::mutex mutex;
  serve::Server* target = nullptr;
  auto watcher = std::make_unique<serve::StopOnSignal>([&] {
    const std::lock_guard lock(mutex);
    if (target) target->stop();
  });
  serve::Server server(args.options);
  const int port = server.bind();
  {
    const std::lock_guard lock(mutex);
    if (watcher->signal() != 0) return;
    target = &server;
  }
  if (!args.quiet) {
    // Tests and scripts read the port from this line (useful with --port 0).
    std::cerr << "chorus: listening on http://" << args.options.host << ":" << port << "/ ("
              << args.options.threads << " workers; Ctrl-C stops)" << std::endl;
  }
  server.run();
  watcher.reset();  // before the server goes away
  if (!args.quiet) std::cerr << "chorus: stopped" << std::endl;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  serve::ServeOptions& o = args->options;
  CLI::App* command = app.add_subcommand("serve", "Serve digests over HTTP (see docs/API.md)");
  command->add_option("--host", o.host, "Address to listen on")->capture_default_str();
  command->add_option("--port", o.port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--threads", o.threads, "Digests computed at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  command->add_option("--queue", o.queue, "Requests that may wait for a worker; more get 503")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  command->add_option("--max-body", o.max_body_bytes, "Largest request body (e.g. 10MB); larger gets 413")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  command->add_option("--max-articles", o.max_articles, "Most articles per request; more gets 413")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  command->add_option("--timeout", o.timeout_seconds, "Seconds a request may take, queueing included; then 503")
      ->check(finite_range(0.001, 86400.0))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model,
                      "Entity model (default: data/ner/model.bin shipped with chorus)");
  command->add_flag("-q,--quiet", args->quiet, "Do not print the listening line");
  command->callback([args] { run_serve(*args); });
}

}  // namespace chorus::cli

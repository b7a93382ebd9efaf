#include "cli/serve_command.h"

#include <malloc.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
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
  // A long-running service should shrink back after large requests: buffers
  // of 128 KiB and more are mapped and unmapped on their own (glibc would
  // otherwise raise this threshold to the largest buffer freed and keep such
  // buffers in its heaps), and a few malloc arenas rather than eight per core
  // leave less memory stranded between requests.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  mallopt(M_ARENA_MAX, static_cast<int>(std::max<std::size_t>(2, args.options.threads)));
  // Signals are blocked first, so every thread the server starts leaves them
  // to the watcher, which stops the server: graceful shutdown. A second
  // signal while stopping ends the process at once, saying so.
  std::mutex mutex;
  serve::Server* target = nullptr;
  auto watcher = std::make_unique<serve::StopOnSignal>(
      [&] {
        const std::lock_guard lock(mutex);
        if (target) target->stop();
      },
      [](int signal) {
        std::cerr << "chorus: " << (signal == SIGINT ? "SIGINT" : "SIGTERM")
                  << " again while stopping: exiting at once, requests in progress are dropped" << std::endl;
        std::_Exit(1);
      });
  auto server = std::make_unique<serve::Server>(args.options);
  const int port = server->bind();
  {
    const std::lock_guard lock(mutex);
    if (watcher->signal() != 0) return;
    target = server.get();
  }
  if (!args.quiet) {
    // Tests and scripts read the port from this line (useful with --port 0).
    std::cerr << "chorus: listening on http://" << args.options.host << ":" << port << "/ ("
              << args.options.threads << " workers; Ctrl-C stops)" << std::endl;
  }
  server->run();
  {
    const std::lock_guard lock(mutex);
    target = nullptr;
  }
  server.reset();   // joins the workers; a second signal meanwhile still exits at once
  watcher.reset();
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
  command->add_option("--max-body", o.max_body_bytes, "Largest request body, decoded (e.g. 10MB); larger gets 413")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  command->add_option("--max-articles", o.max_articles, "Most articles per request; more gets 413")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  command->add_option("--timeout", o.timeout_seconds, "Seconds a request may take, queueing included; then 503")
      ->check(finite_range(0.001, 86400.0))
      ->capture_default_str();
  command->add_option("--connections", o.connections, "Connections served at once; one more gets 503 at once")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  command->add_option("--max-head", o.max_head_bytes, "Largest request head, request line and headers (e.g. 64KB); larger gets 431")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
      ->capture_default_str();
  command->add_option("--head-timeout", o.head_timeout_seconds,
                      "Seconds for a request's head to arrive, however slowly it trickles; then 408")
      ->check(CLI::Range(0.001, 86400.0))
      ->capture_default_str();
  command->add_option("--body-timeout", o.body_timeout_seconds,
                      "Seconds for a request's body to arrive after its head, and for the client to take the answer; then 408")
      ->check(CLI::Range(0.001, 86400.0))
      ->capture_default_str();
  command->add_option("--idle-timeout", o.idle_timeout_seconds, "Seconds a keep-alive connection may wait for its next request")
      ->check(CLI::Range(0.001, 86400.0))
      ->capture_default_str();
  command->add_option("--grace", o.grace_seconds,
                      "On SIGINT/SIGTERM, seconds running digests may finish before they are cancelled (503)")
      ->check(CLI::Range(0.0, 86400.0))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model,
                      "Entity model (default: data/ner/model.bin shipped with chorus)");
  command->add_flag("-q,--quiet", args->quiet, "Do not print the listening line");
  command->callback([args] { run_serve(*args); });
}

}  // namespace chorus::cli

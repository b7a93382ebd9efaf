// chorus: the command-line front end. Thin: parses arguments, calls the
// library, prints. Every error ends as one line on stderr and a non-zero exit.
//
// Built twice (src/cli/CMakeLists.txt): `chorus` with every command but
// serve's code, and `chorus-serve` with all of them; `chorus serve ...` runs
// `chorus-serve serve ...` in its place, so that only serving pays for
// loading the HTTP stack.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <string_view>
#include <unistd.h>

#include "chorus/error.h"
#include "cli/common.h"
#include "cli/compare_command.h"
#include "cli/digest_command.h"
#include "cli/eval_command.h"
#include "cli/extract_command.h"
#include "cli/timeline_command.h"
#include "cli/train_command.h"
#ifndef CHORUS_SERVE_EXECUTABLE
#include "cli/serve_command.h"
#endif

namespace {

#ifdef CHORUS_SERVE_EXECUTABLE
// Replaces this process with the serve executable beside this one, with the
// same arguments (so the same process id, streams and signals); returns only
// when that fails.
int run_serve_executable(char** argv) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  const std::filesystem::path serve = (error ? std::filesystem::path(argv[0]) : self).parent_path() /
                                      CHORUS_SERVE_EXECUTABLE;
  ::execv(serve.c_str(), argv);
  std::cerr << "chorus: error: cannot run " << serve.string() << " (" << std::strerror(errno)
            << "); `chorus serve` needs it beside chorus: build or install both\n";
  return chorus::cli::kExitFailure;
}

// `serve` in the command list of `chorus --help`; the description is the one
// serve_command.cc gives (tests/e2e_startup_test.cc compares the two helps).
void add_serve_entry(CLI::App& app) { app.add_subcommand("serve", "Serve digests over HTTP (see docs/API.md)"); }
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
  // A fixed threshold: glibc raises its own to the size of each large block
  // freed, after which the next large blocks come from the heap and stay
  // there; a digest of a large cluster allocates and frees many such blocks
  // (143 MB instead of 157-173 MB for a 6.7 MB stream, docs/BENCHMARKS.md).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
#ifdef CHORUS_SERVE_EXECUTABLE
  if (argc > 1 && std::string_view(argv[1]) == "serve") return run_serve_executable(argv);
#endif
  CLI::App app{"chorus: many news reports of one event, one digest a reader can trust"};
  app.set_version_flag("--version", std::string("chorus ") + CHORUS_VERSION);
  app.require_subcommand(1);
  chorus::cli::add_digest_command(app);
  chorus::cli::add_timeline_command(app);
  chorus::cli::add_compare_command(app);
  chorus::cli::add_extract_command(app);
  chorus::cli::add_eval_command(app);
#ifdef CHORUS_SERVE_EXECUTABLE
  add_serve_entry(app);
#else
  chorus::cli::add_serve_command(app);
#endif
  chorus::cli::add_train_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "chorus: " << error.what() << " (see chorus --help)\n";
    return chorus::cli::kExitUsage;
  } catch (const chorus::Error& error) {
    std::cerr << "chorus: error: " << error.what() << "\n";
    return chorus::cli::kExitFailure;
  } catch (const std::exception& error) {
    std::cerr << "chorus: internal error: " << error.what() << "\n";
    return chorus::cli::kExitFailure;
  }
  return 0;
}

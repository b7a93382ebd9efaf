// chorus: the command-line front end. Thin: parses arguments, calls the
// library, prints. Every error ends as one line on stderr and a non-zero exit.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "chorus/error.h"
#include "cli/common.h"
#include "cli/compare_command.h"
#include "cli/digest_command.h"
#include "cli/eval_command.h"
#include "cli/serve_command.h"
#include "cli/timeline_command.h"
#include "cli/train_command.h"

int main(int argc, char** argv) {
  CLI::App app{"chorus: many news reports of one event, one digest a reader can trust"};
  app.set_version_flag("--version", std::string("chorus ") + CHORUS_VERSION);
  app.require_subcommand(1);
  chorus::cli::add_digest_command(app);
  chorus::cli::add_timeline_command(app);
  chorus::cli::add_compare_command(app);
  chorus::cli::add_eval_command(app);
  chorus::cli::add_serve_command(app);
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

// `chorus eval rouge ...`: scores system summaries against reference
// summaries with a re-implementation of ROUGE-1.5.5 (see docs/EVAL.md).
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_eval_command(CLI::App& app);

}  // namespace chorus::cli

// `chorus compare PATH...`: what each source alone says, the words it
// favours, and how the sources' figures agree.
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_compare_command(CLI::App& app);

}  // namespace chorus::cli

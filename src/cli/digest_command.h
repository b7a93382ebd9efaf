// `chorus digest PATH...`: articles in, digest out.
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_digest_command(CLI::App& app);

}  // namespace chorus::cli

// `chorus serve`: the HTTP service (src/serve, docs/API.md).
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_serve_command(CLI::App& app);

}  // namespace chorus::cli

// `chorus digest PATH...`: articles in, digest out.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "chorus/digest.h"
#include "chorus/options.h"

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_digest_command(CLI::App& app);

}  // namespace chorus::cli

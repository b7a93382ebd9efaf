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

// Reads the inputs as `chorus digest` does (warnings on stderr unless
// `quiet`) and digests them; reading problems are listed first in the
// result's warnings. Throws chorus::Error when nothing usable remains.
Digest digest_inputs(const std::vector<std::string>& paths, uint64_t max_file_size, const Options& options,
                     bool quiet);

}  // namespace chorus::cli

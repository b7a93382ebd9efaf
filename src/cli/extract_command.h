// `chorus extract`: the main text and metadata of web pages (or scraped text).
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

void add_extract_command(CLI::App& app);

}  // namespace chorus::cli

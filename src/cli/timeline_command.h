// `chorus timeline PATH...`: the dated events of several reports of one
// event, merged across outlets, with each document's publication date.
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

void add_timeline_command(CLI::App& app);

}  // namespace chorus::cli

// `chorus train ner ...`: trains the entity tagger's model from CoNLL-2003
// data (see data/ner/README.md for the command that made the shipped model).
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds the subcommand to `app`; it runs when parsed.
void add_train_command(CLI::App& app);

}  // namespace chorus::cli

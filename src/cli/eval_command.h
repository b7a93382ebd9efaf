// `chorus eval ...`: measuring chorus against public data (docs/EVAL.md).
#pragma once

#include <CLI/CLI.hpp>

namespace chorus::cli {

// Adds `eval` and its subcommands to `app`; each runs when parsed.
void add_eval_command(CLI::App& app);

// The subcommands, one file each.
void add_eval_summarize_command(CLI::App& eval);
void add_eval_timex_command(CLI::App& eval);
void add_eval_ner_command(CLI::App& eval);
void add_eval_paraphrase_command(CLI::App& eval);
void add_eval_claims_command(CLI::App& eval);
void add_eval_extract_command(CLI::App& eval);

}  // namespace chorus::cli

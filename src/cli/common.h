// Small pieces every subcommand uses: output, warnings, exit codes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"
#include "core/diagnostics.h"

namespace chorus::cli {

// Exit codes: 0 success, 1 bad input or failure, 2 bad usage.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Prints each warning as one "chorus: warning: ..." line on stderr.
void print_warnings(const std::vector<std::string>& warnings);

// Reads the articles at `paths` (directories, files, .jsonl, "-"), printing
// the problems met on stderr unless `quiet`, and returns them with the
// warnings in `diagnostics`. Throws chorus::Error when nothing is readable.
std::vector<Article> read_inputs(const std::vector<std::string>& paths, uint64_t max_bytes, bool quiet,
                                 Diagnostics& diagnostics);

// Reads the inputs as read_inputs does and digests them with `options`; the
// reading problems come first in the result's warnings (and on stderr unless
// `quiet`), after `setup_warning` when that is not empty. Throws
// chorus::Error when nothing usable remains.
Digest digest_inputs(const std::vector<std::string>& paths, uint64_t max_bytes, const Options& options,
                     bool quiet, const std::string& setup_warning = "");

// Sets options.ner_model to `explicit_path` (--ner-model) or the shipped
// data/ner/model.bin. When there is none, leaves it empty and returns the
// warning to give (the digest then has no entities); else "".
std::string locate_ner_model(const std::string& explicit_path, Options& options);

// Writes `content` to `path`, or to stdout when `path` is empty or "-".
// Throws chorus::Error naming the path when it cannot be written.
void write_output(const std::string& path, const std::string& content);

// A data file shipped with chorus (`relative` to its data/ folder, e.g.
// "ner/model.bin"): `explicit_path` when given, else the first that exists of
// data/ beside the executable's folder (build/../data), data/ beside the
// executable, and the source tree's data/. Throws chorus::Error listing the
// places tried and naming `option` as the way to pass a path.
std::filesystem::path find_data_file(const std::string& explicit_path, const std::string& relative,
                                     const std::string& option);

}  // namespace chorus::cli

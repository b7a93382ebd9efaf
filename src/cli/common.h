// Small pieces every subcommand uses: inputs, output, warnings, exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"
#include "ingest/reader.h"

namespace chorus::cli {

// Exit codes: 0 success, 1 bad input or failure, 2 bad usage.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Prints each warning as one "chorus: warning: ..." line on stderr.
void print_warnings(const std::vector<std::string>& warnings);

// What every command that digests articles takes: the inputs, where the
// output goes, and whether to keep quiet.
struct InputArgs {
  std::vector<std::string> paths;  // directories, files, .jsonl and .json files, "-"
  std::string format = "text";
  std::string output;              // empty or "-": standard output
  bool quiet = false;              // no warnings on stderr
  uint64_t max_file_size = ingest::ReadOptions{}.max_bytes;
};

// Checks for options, run by CLI11 while parsing so that a bad value is a
// usage error naming the option (exit code 2):
//  - finite_range: a floating-point value from `low` to `high` (infinity:
//    no upper bound). CLI::Range lets NaN through (every comparison with NaN
//    is false), and NaN would silently change what the option controls.
//  - input_file / input_directory / input_file_or_directory / output_file:
//    paths refused before anything opens them (ingest/file_check.h): a FIFO
//    or device where a file is read, a directory where a file is written, a
//    FIFO nobody reads. An empty value or a missing path is left to the
//    command, which reports it.
CLI::Validator finite_range(double low, double high);
CLI::Validator input_file();
CLI::Validator input_directory();
CLI::Validator input_file_or_directory();
CLI::Validator output_file();

// Adds the positional paths, -f/--format (one of `formats`), -o/--output,
// --max-file-size and -q/--quiet to `command`, bound to `args`.
void add_input_options(CLI::App& command, InputArgs& args, const std::vector<std::string>& formats);

// Adds --support-threshold, --ner-model and --pair-model, the options of
// every command that compares outlets, bound to `options` and `ner_model`.
void add_comparison_options(CLI::App& command, Options& options, std::string& ner_model);

// Reads the inputs, their problems as warnings in `diagnostics` and on stderr
// unless quiet. Throws chorus::Error when nothing usable remains.
std::vector<Article> read_inputs(const InputArgs& inputs, Diagnostics& diagnostics);

// Reads the inputs (warnings on stderr unless quiet) and digests them with
// `options`; the reading problems come first in the result's warnings, then
// `setup_warning` when given. Throws chorus::Error when nothing usable remains.
Digest digest_inputs(const InputArgs& inputs, const Options& options, const std::string& setup_warning = "");

// Sets options.ner_model to `explicit_path` (--ner-model) or the shipped
// data/ner/model.bin. When there is none, leaves it empty and returns the
// warning to give (the digest then has no entities); else "".
std::string locate_ner_model(const std::string& explicit_path, Options& options);

// Writes `content` to `path`, or to stdout when `path` is empty or "-".
// Throws chorus::Error naming the path when it cannot be written.
void write_output(const std::string& path, const std::string& content);
// The same, the content written by `write` as it is made (a large output is never held whole).
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

// A data file shipped with chorus (`relative` to its data/ folder, e.g.
// "ner/model.bin"): `explicit_path` when given, else the first that exists of
// data/ beside the executable's folder (build/../data), data/ beside the
// executable, and the source tree's data/. Throws chorus::Error listing the
// places tried and naming `option` as the way to pass a path.
std::filesystem::path find_data_file(const std::string& explicit_path, const std::string& relative,
                                     const std::string& option);

}  // namespace chorus::cli

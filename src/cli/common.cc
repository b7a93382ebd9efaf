#include "cli/common.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "core/diagnostics.h"
#include "ingest/file_check.h"
#include "ingest/reader.h"

namespace chorus::cli {

void print_warnings(const std::vector<std::string>& warnings) {
  for (const std::string& warning : warnings) std::cerr << "chorus: warning: " << warning << "\n";
}

namespace {

std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// A CLI11 check from one of ingest/file_check.h's problem functions. A
// missing path is left to the command, which reports it in its own words
// (or, for --ner-model, goes on without entities).
CLI::Validator path_check(std::string (*problem)(const std::filesystem::path&), const char* description) {
  return CLI::Validator(
      [problem](std::string& value) {
        std::error_code error;
        const auto type = std::filesystem::status(value, error).type();
        return value.empty() || type == std::filesystem::file_type::not_found ? std::string() : problem(value);
      },
      description);
}

}  // namespace

CLI::Validator finite_range(double low, double high) {
  const bool bounded = std::isfinite(high);
  const std::string range = bounded ? "from " + number_text(low) + " to " + number_text(high)
                                    : "of at least " + number_text(low);
  return CLI::Validator(
      [low, high, range](std::string& input) -> std::string {
        double value = 0;
        if (!CLI::detail::lexical_cast(input, value)) return "'" + input + "' is not a number";
        if (!std::isfinite(value)) return "'" + input + "' is not a finite number; give a number " + range;
        if (value < low || value > high) return input + " is out of range; give a number " + range;
        return std::string();
      },
      "FLOAT " + range);
}

CLI::Validator input_file() { return path_check(ingest::input_file_problem, "FILE"); }
CLI::Validator input_directory() { return path_check(ingest::input_directory_problem, "DIR"); }
CLI::Validator output_file() { return path_check(ingest::output_file_problem, "FILE"); }

CLI::Validator input_file_or_directory() {
  return path_check(
      [](const std::filesystem::path& path) {
        std::error_code ignored;
        return std::filesystem::is_directory(path, ignored) ? std::string() : ingest::input_file_problem(path);
      },
      "PATH");
}

void add_input_options(CLI::App& command, InputArgs& args, const std::vector<std::string>& formats) {
  command
      .add_option("paths", args.paths,
                  "Inputs: directories (their .txt/.md/.html/.htm files), files (text or web pages), "
                  "http(s) URLs, .jsonl files (one article per line), .json files (an array of articles), "
                  "or - for standard input")
      ->required();
  command.add_option("-f,--format", args.format, "Output format")->check(CLI::IsMember(formats))->capture_default_str();
  command.add_option("-o,--output", args.output, "Write to this file instead of standard output")->check(output_file());
  command
      .add_option("--max-file-size", args.max_file_size,
                  "Largest input file accepted, whatever its format (e.g. 10MB, 500kb)")
      ->transform(CLI::AsSizeValue(false))
      ->capture_default_str();
  command.add_flag("-q,--quiet", args.quiet, "Do not print warnings");
}

void add_comparison_options(CLI::App& command, Options& options, std::string& ner_model) {
  command
      .add_option("--support-threshold", options.support_threshold,
                  "Probability at which two outlets' sentences state the same fact")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command.add_option("--ner-model", ner_model, "Entity model file (default: data/ner/model.bin shipped with chorus)")
      ->check(input_file());
  command
      .add_option("--pair-model", options.pair_model,
                  "Pair weights file (default: the data/claims/pair_model.tsv built into chorus)")
      ->check(input_file());
  options.threads = 0;  // the command line uses every core; the library's default is one thread
  command
      .add_option("--threads", options.threads,
                  "Threads for the stages that read each document on its own (0: one per core); "
                  "the digest is the same whatever the number")
      ->check(CLI::Range(0u, 1024u))
      ->capture_default_str();
}

std::vector<Article> read_inputs(const InputArgs& inputs, Diagnostics& diagnostics) {
  ingest::ReadOptions read_options;
  read_options.max_bytes = inputs.max_file_size;
  std::vector<Article> articles;
  try {
    articles = ingest::read_articles(inputs.paths, read_options, diagnostics, std::cin);
  } catch (const Error& error) {
    // main prints the error itself; show the other problems before it.
    std::erase(diagnostics.warnings, std::string(error.what()));
    if (!inputs.quiet) print_warnings(diagnostics.warnings);
    throw;
  }
  if (!inputs.quiet) print_warnings(diagnostics.warnings);
  return articles;
}

Digest digest_inputs(const InputArgs& inputs, const Options& options, const std::string& setup_warning) {
  Diagnostics diagnostics;
  std::vector<Article> articles = read_inputs(inputs, diagnostics);
  Digest digest = Engine(options).digest(std::move(articles));
  if (!setup_warning.empty()) digest.warnings.insert(digest.warnings.begin(), setup_warning);
  if (!inputs.quiet) print_warnings(digest.warnings);
  digest.warnings.insert(digest.warnings.begin(), diagnostics.warnings.begin(), diagnostics.warnings.end());
  return digest;
}

std::string locate_ner_model(const std::string& explicit_path, Options& options) {
  try {
    options.ner_model = find_data_file(explicit_path, "ner/model.bin", "--ner-model").string();
    return "";
  } catch (const Error& error) {
    options.ner_model.clear();
    return std::string(error.what()) + "; the digest has no entities";
  }
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  ingest::require_output_file(path);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(path + ": cannot open for writing");
  write(out);
  out.close();
  if (!out) throw Error(path + ": write failed");
}

void write_output(const std::string& path, const std::string& content) {
  write_output(path, [&content](std::ostream& out) { out << content; });
}

std::filesystem::path find_data_file(const std::string& explicit_path, const std::string& relative,
                                     const std::string& option) {
  if (!explicit_path.empty()) {
    ingest::require_input_file(explicit_path);  // before a loader blocks on a FIFO
    return explicit_path;
  }
  std::vector<std::filesystem::path> candidates;
  std::error_code error;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    candidates.push_back(exe.parent_path().parent_path() / "data" / relative);
    candidates.push_back(exe.parent_path() / "data" / relative);
  }
  candidates.push_back(std::filesystem::path(CHORUS_SOURCE_DIR) / "data" / relative);
  std::string tried;
  for (const auto& candidate : candidates) {
    if (std::filesystem::is_regular_file(candidate, error)) return candidate;
    tried += (tried.empty() ? "" : ", ") + candidate.string();
  }
  throw Error("data file " + relative + " not found (looked in " + tried + "); pass its path with " + option);
}

}  // namespace chorus::cli

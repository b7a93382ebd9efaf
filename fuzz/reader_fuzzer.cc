// The article reader (ingest/reader.h) on a JSONL file and on standard input.
// read_articles reads paths, and has no in-memory entry point, so each input
// is written to a file in a private temporary folder first: this also runs
// the chunked line splitting and the per-line size limit as a user's file
// would. Every article read must have an id and text; the only exception
// allowed out is chorus::Error (nothing valid in the input).
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "ingest/reader.h"

namespace {

// A fresh folder per process, removed at exit.
const std::filesystem::path& input_path() {
  static const std::filesystem::path path = [] {
    std::string folder = (std::filesystem::temp_directory_path() / "chorus-reader-fuzz-XXXXXX").string();
    FUZZ_CHECK(mkdtemp(folder.data()) != nullptr);
    static const std::string remove_at_exit = folder;
    std::atexit([] { std::filesystem::remove_all(remove_at_exit); });
    return std::filesystem::path(folder) / "input.jsonl";
  }();
  return path;
}

void check(const std::vector<chorus::Article>& articles, const chorus::Diagnostics& diagnostics) {
  // Warnings end up in JSON output.
  for (const std::string& warning : diagnostics.warnings) FUZZ_CHECK(chorus::fuzz::is_valid_utf8(warning));
  FUZZ_CHECK(!articles.empty());
  for (const chorus::Article& article : articles) {
    FUZZ_CHECK(!article.id.empty());
    FUZZ_CHECK(!article.raw.empty());
    FUZZ_CHECK(article.published.empty() || chorus::ingest::is_iso_date(article.published));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const std::string_view input = fuzz::as_text(data, size);
  // A small limit, so inputs of the length libFuzzer starts with (a few hundred
  // bytes) already reach the over-limit paths.
  ingest::ReadOptions options;
  options.max_bytes = 200;

  {
    std::ofstream file(input_path(), std::ios::binary | std::ios::trunc);
    file.write(input.data(), static_cast<std::streamsize>(input.size()));
    FUZZ_CHECK(file.good());
  }
  std::istringstream unused_stdin;
  Diagnostics file_diagnostics;
  try {
    check(ingest::read_articles({input_path().string()}, options, file_diagnostics, unused_stdin),
          file_diagnostics);
  } catch (const Error& error) {
    FUZZ_CHECK(fuzz::is_valid_utf8(error.what()));
  }

  std::istringstream standard_input{std::string(input)};
  Diagnostics stdin_diagnostics;
  try {
    check(ingest::read_articles({"-"}, options, stdin_diagnostics, standard_input), stdin_diagnostics);
  } catch (const Error& error) {
    FUZZ_CHECK(fuzz::is_valid_utf8(error.what()));
  }
  return 0;
}

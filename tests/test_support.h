// Helpers shared by the tests: where the shared data is, reading files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace chorus::testing {

// ../shared beside the project (CHORUS_SHARED_DIR at build time).
std::filesystem::path shared_dir();
// Project root (for examples/ and data/).
std::filesystem::path source_dir();
// The built chorus CLI.
std::filesystem::path chorus_binary();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, std::string_view content);

// A fresh empty directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `chorus ARGS` through the shell (ARGS is shell syntax), with standard
// input from `stdin_path` when given, capturing both streams.
CommandResult run_chorus(const std::string& args, const std::string& stdin_path = "");

// `path` quoted for the shell, for building run_chorus arguments.
inline std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// Runs `chorus ARGS`, expects success and returns its standard output parsed as JSON.
inline nlohmann::json run_json(const std::string& args) {
  const CommandResult result = run_chorus(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

// Headless Chromium: its command ("chromium"), or "" when not installed.
std::string find_chromium();
// Runs it on `url` with `extra` flags (e.g. --dump-dom) and a fresh profile;
// returns its standard output.
std::string run_chromium(const std::string& binary, const std::string& url, const std::string& extra);

}  // namespace chorus::testing

// Skips the current test with a clear message when a shared file is absent.
#define CHORUS_REQUIRE_SHARED(path)                                                   \
  do {                                                                                \
    if (!std::filesystem::exists(path))                                               \
      GTEST_SKIP() << "shared data not found: " << (path)                             \
                   << " (the ../shared folder beside the project is absent)";         \
  } while (0)

// Skips the current test with a clear message when Chromium is absent.
#define REQUIRE_CHROMIUM(binary)                                                                     \
  const std::string binary = ::chorus::testing::find_chromium();                                     \
  if (binary.empty()) GTEST_SKIP() << "Chromium is not installed (scripts/setup.sh --tests installs " \
                                      "Debian's chromium); the browser test is skipped"

// Helpers shared by the tests: where the shared data is, reading files.
#pragma once

#include <filesystem>
#include <string>

namespace chorus::testing {

// ../shared beside the project (CHORUS_SHARED_DIR at build time).
std::filesystem::path shared_dir();
// Project root (for examples/ and data/).
std::filesystem::path source_dir();
// The built chorus CLI.
std::filesystem::path chorus_binary();

std::string read_file(const std::filesystem::path& path);

}  // namespace chorus::testing

// Skips the current test with a clear message when a shared file is absent.
#define CHORUS_REQUIRE_SHARED(path)                                                   \
  do {                                                                                \
    if (!std::filesystem::exists(path))                                               \
      GTEST_SKIP() << "shared data not found: " << (path)                             \
                   << " (the ../shared folder beside the project is absent)";         \
  } while (0)

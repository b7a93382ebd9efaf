// Small pieces every subcommand uses: output, warnings, exit codes.
#pragma once

#include <string>
#include <vector>

namespace chorus::cli {

// Exit codes: 0 success, 1 bad input or failure, 2 bad usage.
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Prints each warning as one "chorus: warning: ..." line on stderr.
void print_warnings(const std::vector<std::string>& warnings);

// Writes `content` to `path`, or to stdout when `path` is empty or "-".
// Throws chorus::Error naming the path when it cannot be written.
void write_output(const std::string& path, const std::string& content);

}  // namespace chorus::cli

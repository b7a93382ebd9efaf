// End-to-end tests of what keeps chorus quick to start: `chorus` loads
// neither the HTTP stack nor the solver's shared objects, and `chorus serve`
// runs chorus-serve, built beside it, with the same arguments.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "test_support.h"

namespace chorus::testing {
namespace {

// Standard output of a shell command, and its exit status.
std::pair<std::string, int> shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return {"", -1};
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = ::pclose(pipe);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

std::filesystem::path serve_binary() { return chorus_binary().parent_path() / "chorus-serve"; }

// The shared objects the dynamic loader maps for `binary` (what ldd lists).
std::string loaded_objects(const std::filesystem::path& binary) {
  return shell("LD_TRACE_LOADED_OBJECTS=1 " + quoted(binary)).first;
}

TEST(Startup, ChorusLoadsNeitherTheHttpStackNorTheSolver) {
  const std::string objects = loaded_objects(chorus_binary());
  ASSERT_NE(objects.find("libc.so"), std::string::npos) << objects;
  for (const char* heavy : {"libcpp-httplib", "libcurl", "libssl", "libcrypto", "libbrotli", "libCbc", "libClp",
                            "libCoinUtils", "liblapack", "libgfortran"})
    EXPECT_EQ(objects.find(heavy), std::string::npos) << heavy << " is loaded at start:\n" << objects;
  // The serve executable has the HTTP stack, and the solver linked in.
  const std::string serve_objects = loaded_objects(serve_binary());
  EXPECT_NE(serve_objects.find("libcpp-httplib"), std::string::npos) << serve_objects;
  EXPECT_EQ(serve_objects.find("libCbc"), std::string::npos) << serve_objects;
}

TEST(Startup, BothExecutablesGiveTheSameHelp) {
  const auto [help, status] = shell(quoted(chorus_binary()) + " --help");
  const auto [serve_help, serve_status] = shell(quoted(serve_binary()) + " --help");
  EXPECT_EQ(status, 0);
  EXPECT_EQ(serve_status, 0);
  // Only the program name in the usage line differs.
  std::string renamed = serve_help;
  const std::string serve_name = serve_binary().string(), name = chorus_binary().string();
  ASSERT_NE(renamed.find(serve_name), std::string::npos) << serve_help;
  renamed.replace(renamed.find(serve_name), serve_name.size(), name);
  EXPECT_EQ(help, renamed);
  EXPECT_NE(help.find("serve"), std::string::npos) << help;
}

TEST(Startup, ServeRunsTheServeExecutable) {
  const CommandResult result = run_chorus("serve --help");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("--port"), std::string::npos) << result.out;
  const CommandResult bad = run_chorus("serve --port");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("--port"), std::string::npos) << bad.err;
}

TEST(Startup, ServeWithoutTheServeExecutableIsAClearError) {
  TempDir dir;
  const auto lone = dir / "chorus";
  std::filesystem::copy_file(chorus_binary(), lone);
  const auto [out, status] = shell(quoted(lone) + " serve --port 0 2>&1");
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find((dir / "chorus-serve").string()), std::string::npos) << out;
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line: " << out;
  // Other commands do not need it.
  EXPECT_EQ(shell(quoted(lone) + " --version").second, 0);
}

}  // namespace
}  // namespace chorus::testing

#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace chorus::testing {

std::filesystem::path shared_dir() { return CHORUS_SHARED_DIR; }
std::filesystem::path source_dir() { return CHORUS_SOURCE_DIR; }
std::filesystem::path chorus_binary() { return CHORUS_BINARY; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("chorus-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

CommandResult run_chorus(const std::string& args, const std::string& stdin_path) {
  TempDir dir;
  const auto out_path = dir / "stdout";
  const auto err_path = dir / "stderr";
  // A stream, not operator+: GCC 12 warns falsely (-Wrestrict, PR 105329) on the latter.
  std::ostringstream command;
  command << "'" << chorus_binary().string() << "' " << args << " >'" << out_path.string() << "' 2>'"
          << err_path.string() << "'";
  if (stdin_path.empty()) {
    command << " </dev/null";
  } else {
    command << " <'" << stdin_path << "'";
  }
  const int status = std::system(command.str().c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

std::string find_chromium() {
  for (const char* name : {"chromium", "chromium-browser"}) {
    const std::string command = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(command.c_str()) == 0) return name;
  }
  return {};
}

std::string run_chromium(const std::string& binary, const std::string& url, const std::string& extra) {
  TempDir profile;
  const auto out = profile / "out.txt";
  std::ostringstream command;
  command << "timeout 120 " << binary
          << " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
             " --disable-component-update --disable-sync --hide-scrollbars --user-data-dir='"
          << (profile / "profile").string() << "' " << extra << " '" << url << "' >'" << out.string()
          << "' 2>/dev/null";
  if (std::system(command.str().c_str()) != 0) throw std::runtime_error("Chromium failed: " + command.str());
  return read_file(out);
}

}  // namespace chorus::testing

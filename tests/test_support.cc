#include "test_support.h"

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

}  // namespace chorus::testing

#include "ingest/file_check.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "chorus/error.h"

namespace chorus::ingest {
namespace {

namespace fs = std::filesystem;

const char* kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory: return "a directory";
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    default: return "not a file or directory";
  }
}

// The type of `path` (links followed), or the problem of finding it out.
fs::file_type type_of(const fs::path& path, std::string& problem) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    problem = path.string() + ": no such file or directory";
  } else if (error) {
    problem = path.string() + ": cannot access (" + error.message() + ")";
  }
  return status.type();
}

void throw_if(const std::string& problem) {
  if (!problem.empty()) throw Error(problem);
}

}  // namespace

std::string input_file_problem(const fs::path& path) {
  std::string problem;
  const fs::file_type type = type_of(path, problem);
  if (!problem.empty() || type == fs::file_type::regular) return problem;
  return path.string() + ": not a regular file (" + kind_of(type) + ")";
}

std::string input_directory_problem(const fs::path& path) {
  std::string problem;
  const fs::file_type type = type_of(path, problem);
  if (!problem.empty() || type == fs::file_type::directory) return problem;
  return path.string() + ": not a directory (" + (type == fs::file_type::regular ? "a file" : kind_of(type)) + ")";
}

std::string output_file_problem(const fs::path& path) {
  std::string problem;
  const fs::file_type type = type_of(path, problem);
  if (type == fs::file_type::not_found) return "";  // to be created
  if (!problem.empty()) return problem;
  if (type == fs::file_type::directory) return path.string() + ": cannot write to a directory";
  if (type != fs::file_type::fifo) return "";
  // Opening a FIFO for writing without blocking fails with ENXIO exactly
  // when no process has it open for reading.
  const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    ::close(fd);
    return "";
  }
  if (errno == ENXIO) return path.string() + ": a FIFO that no process reads (writing would block forever)";
  return path.string() + ": cannot open for writing (" + std::error_code(errno, std::generic_category()).message() +
         ")";
}

void require_input_file(const fs::path& path) { throw_if(input_file_problem(path)); }
void require_input_directory(const fs::path& path) { throw_if(input_directory_problem(path)); }
void require_output_file(const fs::path& path) { throw_if(output_file_problem(path)); }

}  // namespace chorus::ingest

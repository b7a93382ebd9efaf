// Checks on the paths a user names, made before anything opens them: a FIFO
// or a device given where a file is expected would block forever or never
// end, and a directory fails later with a confusing message.
#pragma once

#include <filesystem>
#include <string>

namespace chorus::ingest {

// Why `path` cannot be read as a file ("" when it can): it does not exist,
// or it is a directory, a FIFO, a socket or a device. Symbolic links are
// followed. E.g. "m.bin: not a regular file (a FIFO)".
std::string input_file_problem(const std::filesystem::path& path);

// Why `path` cannot be read as a folder ("" when it can).
std::string input_directory_problem(const std::filesystem::path& path);

// Why `path` cannot be written as an output file ("" when it can): it is a
// directory, or a FIFO that no process reads (opening it would block
// forever). A missing file, a regular file, a device (/dev/null) and a
// pipe with a reader (/dev/stdout in a pipeline) are fine.
std::string output_file_problem(const std::filesystem::path& path);

// Throw chorus::Error with the problem above, when there is one.
void require_input_file(const std::filesystem::path& path);
void require_input_directory(const std::filesystem::path& path);
void require_output_file(const std::filesystem::path& path);

}  // namespace chorus::ingest

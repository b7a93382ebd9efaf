// Paths refused before anything opens them: FIFOs, sockets, devices and
// directories where a file is read; directories and unread FIFOs where one
// is written.
#include "ingest/file_check.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chorus/error.h"
#include "test_support.h"

namespace chorus::ingest {
namespace {

using chorus::testing::TempDir;
using chorus::testing::write_file;

TEST(FileCheck, RegularFilesPassAndEverythingElseIsNamed) {
  TempDir dir;
  write_file(dir / "model.bin", "x");
  ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
  EXPECT_EQ(input_file_problem(dir / "model.bin"), "");
  EXPECT_EQ(input_file_problem(dir / "fifo"), (dir / "fifo").string() + ": not a regular file (a FIFO)");
  EXPECT_EQ(input_file_problem("/dev/null"), "/dev/null: not a regular file (a character device)");
  EXPECT_EQ(input_file_problem(dir.path()), dir.path().string() + ": not a regular file (a directory)");
  EXPECT_EQ(input_file_problem(dir / "missing"), (dir / "missing").string() + ": no such file or directory");
  EXPECT_THROW(require_input_file(dir / "fifo"), Error);
}

TEST(FileCheck, DirectoriesPassWhereAFolderIsExpected) {
  TempDir dir;
  write_file(dir / "a.txt", "x");
  EXPECT_EQ(input_directory_problem(dir.path()), "");
  EXPECT_EQ(input_directory_problem(dir / "a.txt"), (dir / "a.txt").string() + ": not a directory (a file)");
}

TEST(FileCheck, OutputsRefuseDirectoriesAndFifosNobodyReads) {
  TempDir dir;
  const auto fifo = dir / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(output_file_problem(dir / "new.json"), "");
  EXPECT_EQ(output_file_problem("/dev/null"), "");
  EXPECT_EQ(output_file_problem(dir.path()), dir.path().string() + ": cannot write to a directory");
  EXPECT_EQ(output_file_problem(fifo), fifo.string() + ": a FIFO that no process reads (writing would block forever)");
  // With a reader it is a pipe like any other (as /dev/stdout in a pipeline).
  const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  EXPECT_EQ(output_file_problem(fifo), "");
  ::close(reader);
}

}  // namespace
}  // namespace chorus::ingest

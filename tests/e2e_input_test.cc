// The CLI on hostile input (issue 12): one bad JSONL value never fails a
// batch, paths that would block are refused before opening, NaN and infinite
// option values are usage errors, and --max-file-size covers whole files.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

namespace chorus::testing {
namespace {

const std::string kLineA =
    R"({"id": "a", "source": "Wire", "text": "Harbour workers in Exampleton ended a nine-day strike on Monday )"
    R"(after the port authority agreed to raise wages by 4 percent."})";
const std::string kLineB =
    R"({"id": "b", "source": "Daily", "text": "A nine-day strike at the port of Exampleton ended on Monday, )"
    R"(the union said. About 1,200 dock workers had walked out."})";

TEST(CliInput, BadJsonlValuesAreWarningsAndTheRestIsDigested) {
  TempDir dir;
  write_file(dir / "feed.jsonl", kLineA + "\n" + R"({"id": "c", "text": "t", "n": 1e999})" + "\n" +
                                     R"({"id": "d", "text": "t", "text": "u"})" + "\n" + R"({"id": "e", "text": 5})" +
                                     "\n" + "{\"id\": \"f\", \"text\": \"caf\xC3\"}\n" + kLineB + "\n");
  const CommandResult result = run_chorus("digest --format json " + quoted(dir / "feed.jsonl"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err.find("internal error"), std::string::npos) << result.err;
  const std::string file = (dir / "feed.jsonl").string();
  for (const char* where : {":2: malformed JSON (number overflow", ":3: `text` is given twice",
                                   ":4: `text` must be a string", ":5: malformed JSON ("}) {
    EXPECT_NE(result.err.find(file + where), std::string::npos) << where << "\n" << result.err;
  }
  const nlohmann::json digest = nlohmann::json::parse(result.out);
  ASSERT_EQ(digest["documents"].size(), 2u);
  EXPECT_EQ(digest["documents"][0]["id"], "a");
  EXPECT_EQ(digest["documents"][1]["id"], "b");
}

TEST(CliInput, MaxFileSizeCoversAWholeJsonlFile) {
  TempDir dir;
  write_file(dir / "feed.jsonl", kLineA + "\n" + kLineB + "\n");
  const CommandResult result = run_chorus("digest --max-file-size 200 " + quoted(dir / "feed.jsonl"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find((dir / "feed.jsonl").string() + ": file is "), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("over the 200 bytes limit"), std::string::npos) << result.err;
}

TEST(CliInput, NanAndInfiniteOptionValuesAreRefused) {
  TempDir dir;
  write_file(dir / "feed.jsonl", kLineA + "\n" + kLineB + "\n");
  const std::string feed = quoted(dir / "feed.jsonl");
  const struct {
    std::string args, option;
  } cases[] = {
      {"digest --support-threshold nan " + feed, "--support-threshold"},
      {"digest --support-threshold NaN " + feed, "--support-threshold"},
      {"compare --support-threshold inf " + feed, "--support-threshold"},
      {"digest --support-threshold -inf " + feed, "--support-threshold"},
      {"eval rouge --summaries " + feed + " --dataset " + feed + " -p nan", "-p"},
      {"eval rouge --summaries " + feed + " --dataset " + feed + " -c nan", "-c"},
      {"eval paraphrase --dataset " + feed + " --support-threshold nan", "--support-threshold"},
      {"eval claims --gold " + quoted(dir.path()) + " --support-threshold nan", "--support-threshold"},
      {"train pairs --dataset " + feed + " -o x.tsv --l2 nan", "--l2"},
      {"train pairs --dataset " + feed + " -o x.tsv --paraphrase-weight inf", "--paraphrase-weight"},
      {"train ner --train " + feed + " -o x.bin --prune nan", "--prune"},
      {"serve --timeout nan", "--timeout"},
  };
  for (const auto& c : cases) {
    const CommandResult result = run_chorus(c.args);
    EXPECT_EQ(result.exit_code, 2) << c.args << "\n" << result.err;
    EXPECT_NE(result.err.find(c.option), std::string::npos) << c.args << "\n" << result.err;
    EXPECT_NE(result.err.find("finite"), std::string::npos) << c.args << "\n" << result.err;
  }
}

TEST(CliInput, FifosAreRefusedBeforeOpening) {
  TempDir dir;
  write_file(dir / "feed.jsonl", kLineA + "\n" + kLineB + "\n");
  const std::string fifo = (dir / "fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string feed = quoted(dir / "feed.jsonl");
  const std::string cases[] = {
      "digest --ner-model " + testing::quoted(fifo) + " " + feed,
      "compare --pair-model " + testing::quoted(fifo) + " " + feed,
      "digest -o " + testing::quoted(fifo) + " " + feed,  // nobody reads it
      "digest " + testing::quoted(fifo),
      "eval rouge --summaries " + feed + " --dataset " + testing::quoted(fifo),
      "eval rouge --summaries " + testing::quoted(fifo) + " --dataset " + feed,
      "eval ner --gold " + testing::quoted(fifo),
      "eval paraphrase --dataset " + testing::quoted(fifo),
      "eval summarize --dataset " + testing::quoted(fifo),
      "train idf --corpus " + testing::quoted(fifo) + " -o " + quoted(dir / "idf.tsv"),
  };
  for (const std::string& args : cases) {
    // Were the FIFO opened, the command would wait for a writer forever.
    const CommandResult result = run_chorus(args);
    EXPECT_NE(result.exit_code, 0) << args;
    EXPECT_NE(result.err.find(fifo), std::string::npos) << args << "\n" << result.err;
    EXPECT_NE(result.err.find("FIFO"), std::string::npos) << args << "\n" << result.err;
  }
}

TEST(CliInput, OutputToADirectoryIsRefused) {
  TempDir dir;
  write_file(dir / "feed.jsonl", kLineA + "\n" + kLineB + "\n");
  const CommandResult result = run_chorus("digest -o " + quoted(dir.path()) + " " + quoted(dir / "feed.jsonl"));
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("cannot write to a directory"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace chorus::testing

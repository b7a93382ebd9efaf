// `chorus eval rouge` end to end: inputs, output formats, and one clear line
// on bad input.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"

namespace chorus::testing {
namespace {

struct Fixture {
  TempDir dir;
  std::string dataset = (dir / "clusters.jsonl").string();
  std::string summaries = (dir / "summaries.jsonl").string();

  Fixture() {
    write_file(dataset,
               R"({"id": "c1", "refs": [{"text": "The cat sat on the mat.\nIt purred."}, {"text": "A cat was on a mat."}]})"
               "\n"
               R"({"id": "c2", "refs": [{"text": "Rain fell in the north."}]})"
               "\n");
    write_file(summaries, R"({"id": "c1", "summary": "The cat sat.\nOn the mat it purred."})"
                          "\n"
                          R"({"id": "c2", "summary": "Rain fell."})"
                          "\n");
  }
  std::string args(const std::string& rest = "") const {
    return "eval rouge --summaries '" + summaries + "' --dataset '" + dataset + "' " + rest;
  }
};

int count_lines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

TEST(EvalCli, JsonHasOneObjectPerMetricAndIsDeterministic) {
  Fixture f;
  const auto first = run_chorus(f.args("-n 2 -m -2 4 -u --format json"));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto json = nlohmann::json::parse(first.out);
  EXPECT_EQ(json["clusters"], 2);
  for (const char* metric : {"rouge-1", "rouge-2", "rouge-l", "rouge-su4"}) {
    ASSERT_TRUE(json.contains(metric)) << metric;
    const auto& m = json[metric];
    EXPECT_GE(m["r"].get<double>(), 0.0);
    EXPECT_LE(m["r"].get<double>(), 1.0);
    EXPECT_LE(m["r_ci"][0].get<double>(), m["r_ci"][1].get<double>());
  }
  EXPECT_EQ(run_chorus(f.args("-n 2 -m -2 4 -u --format json")).out, first.out);
}

TEST(EvalCli, TextTableAndDirectoryInput) {
  Fixture f;
  std::filesystem::create_directories(f.dir / "sums");
  write_file(f.dir / "sums/c1.txt", "The cat sat.\nOn the mat it purred.\n");
  write_file(f.dir / "sums/c2.txt", "Rain fell.\n");
  const auto from_jsonl = run_chorus(f.args());
  const auto from_dir =
      run_chorus("eval rouge --summaries '" + (f.dir / "sums").string() + "' --dataset '" + f.dataset + "'");
  ASSERT_EQ(from_jsonl.exit_code, 0) << from_jsonl.err;
  EXPECT_EQ(from_dir.out, from_jsonl.out);
  EXPECT_NE(from_jsonl.out.find("ROUGE-1"), std::string::npos);
  EXPECT_NE(from_jsonl.out.find("ROUGE-L"), std::string::npos);
  EXPECT_NE(from_jsonl.out.find("2 clusters"), std::string::npos);
}

TEST(EvalCli, BadInputGivesOneLineAndNonZeroExit) {
  Fixture f;
  const auto missing = run_chorus("eval rouge --summaries '" + (f.dir / "nope.jsonl").string() + "' --dataset '" +
                                  f.dataset + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nope.jsonl"), std::string::npos) << missing.err;
  EXPECT_EQ(count_lines(missing.err), 1) << missing.err;

  write_file(f.summaries, R"({"id": "c1", "summary": "x"})"
                          "\n"
                          R"({"id": "c9", "summary": "y"})"
                          "\n");
  const auto unknown = run_chorus(f.args());
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("\"c9\""), std::string::npos) << unknown.err;
  EXPECT_EQ(count_lines(unknown.err), 1) << unknown.err;

  write_file(f.summaries, R"({"id": "c1", "summary": "x"})"
                          "\n{not json\n");
  const auto malformed = run_chorus(f.args());
  EXPECT_EQ(malformed.exit_code, 1);
  EXPECT_NE(malformed.err.find("summaries.jsonl:2:"), std::string::npos) << malformed.err;
  EXPECT_EQ(count_lines(malformed.err), 1) << malformed.err;
}

TEST(EvalCli, StopWordRemovalNeedsAStopList) {
  Fixture f;
  const auto result = run_chorus(f.args("-s"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("--stopwords"), std::string::npos) << result.err;
  write_file(f.dir / "stop.txt", "the\non\nit\n");
  EXPECT_EQ(run_chorus(f.args("-s --stopwords '" + (f.dir / "stop.txt").string() + "'")).exit_code, 0);
}

TEST(EvalCli, WordAndByteLimitsExcludeEachOther) {
  Fixture f;
  EXPECT_EQ(run_chorus(f.args("-l 100 -b 665")).exit_code, 2);
}

}  // namespace
}  // namespace chorus::testing

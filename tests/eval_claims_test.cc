// `chorus eval paraphrase` and `chorus eval claims` end to end, on small
// invented inputs, with their errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace chorus::testing {
namespace {

TEST(EvalParaphrase, ScoresPairsWithTheSupportDecision) {
  TempDir dir;
  write_file(dir / "pairs.jsonl",
             R"({"id": "1", "label": 1, "a": "Twelve people died in the fire at the Corvale plant on Tuesday.", "b": "The fire at the Corvale plant killed 12 people on Tuesday."})"
             "\n"
             R"({"id": "2", "label": 0, "a": "Twelve people died in the fire at the Corvale plant on Tuesday.", "b": "Corvale shares fell sharply in Ostermead on Wednesday."})"
             "\n");
  const nlohmann::json json = run_json("eval paraphrase --dataset " + quoted(dir / "pairs.jsonl") + " --format json");
  EXPECT_EQ(json["pairs"], 2);
  EXPECT_EQ(json["accuracy"], 1.0);
  EXPECT_EQ(json["f1"], 1.0);
  const CommandResult text = run_chorus("eval paraphrase --dataset " + quoted(dir / "pairs.jsonl"));
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("accuracy 1.0000"), std::string::npos) << text.out;
}

TEST(EvalParaphrase, BadLinesNameTheFileAndLine) {
  TempDir dir;
  write_file(dir / "bad.jsonl", "{\"id\": \"1\", \"label\": 2, \"a\": \"x\", \"b\": \"y\"}\n");
  const CommandResult result = run_chorus("eval paraphrase --dataset " + quoted(dir / "bad.jsonl"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("bad.jsonl:1"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

TEST(EvalClaims, ScoresAHandLabelledCluster) {
  TempDir dir;
  std::filesystem::create_directories(dir / "fire" / "articles");
  write_file(dir / "fire" / "articles" / "a.txt",
             "The Orlen river flooded the lower town of Vasko on Tuesday.\n\nShops on the main square stayed shut.\n");
  write_file(dir / "fire" / "articles" / "b.txt",
             "The Orlen river flooded the lower town of Vasko on Tuesday.\n\nThe governor toured the shelters.\n");
  write_file(dir / "fire" / "gold.json", R"({"claims": [
    {"id": "c1", "status": "corroborated", "sentences": [
      {"file": "a.txt", "text": "The Orlen river flooded the lower town of Vasko on Tuesday."},
      {"file": "b.txt", "text": "The Orlen river flooded the lower town of Vasko on Tuesday."}]},
    {"id": "c2", "status": "single", "sentences": [{"file": "a.txt", "text": "Shops on the main square stayed shut."}]},
    {"id": "c3", "status": "single", "sentences": [{"file": "b.txt", "text": "The governor toured the shelters."}]}]})");
  const nlohmann::json json = run_json("eval claims --gold " + quoted(dir / "fire") + " --format json");
  EXPECT_EQ(json["total"]["claim_outlet_pairs"], 2);
  EXPECT_EQ(json["total"]["strict"], 1.0);
  EXPECT_EQ(json["total"]["false_shared"], 0);
  EXPECT_EQ(json["total"]["single_sentences"], 2);
  EXPECT_EQ(json["clusters"][0]["cluster"], "fire");
}

TEST(EvalClaims, AGoldSentenceNotInItsArticleIsAnError) {
  TempDir dir;
  std::filesystem::create_directories(dir / "x" / "articles");
  write_file(dir / "x" / "articles" / "a.txt", "Something happened.\n");
  write_file(dir / "x" / "gold.json",
             R"({"claims": [{"id": "c1", "status": "single", "sentences": [{"file": "a.txt", "text": "Not there."}]}]})");
  const CommandResult result = run_chorus("eval claims --gold " + quoted(dir / "x"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("c1"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("Not there."), std::string::npos) << result.err;
}

}  // namespace
}  // namespace chorus::testing

// Tests for `chorus eval ner`: conlleval-style entity scoring on hand-made
// examples (IOB1 against IOB2, span and type errors), the reports, the CLI's
// outputs and error paths, and the shipped model's F1 on CoNLL-2003 eng.testa.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "eval/ner_scorer.h"
#include "test_support.h"

namespace chorus::eval {
namespace {

using chorus::testing::run_chorus;
using chorus::testing::shared_dir;
using chorus::testing::source_dir;
using chorus::testing::TempDir;
using chorus::testing::write_file;
using entities::ConllTag;

std::vector<ConllTag> tags(std::initializer_list<const char*> names) {
  std::vector<ConllTag> out;
  for (const std::string name : names) {
    if (name == "O")
      out.push_back({});
    else
      out.push_back({name[0], *entities::entity_type_from_name(name.substr(2))});
  }
  return out;
}

const ChunkCounts& of(const NerScores& scores, entities::EntityType type) {
  return scores.per_type[static_cast<size_t>(type)];
}

TEST(NerScoring, Iob1GoldAgainstIob2PredictionsOfTheSameEntities) {
  NerScores scores;
  score_sentence(tags({"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-LOC"}),
                 tags({"B-PER", "I-PER", "B-PER", "O", "B-LOC", "I-LOC"}), scores);
  EXPECT_EQ(scores.overall.gold, 3u);
  EXPECT_EQ(scores.overall.found, 3u);
  EXPECT_EQ(scores.overall.correct, 3u);
  EXPECT_EQ(scores.correct_tags, 6u);  // tags compared in one writing (IOB2)
  EXPECT_DOUBLE_EQ(precision_recall(scores.overall).f1, 1.0);
}

TEST(NerScoring, SpanAndTypeMustBothMatch) {
  NerScores scores;
  // Gold: PER [0,2), PER [2,3), LOC [4,5). Found: PER [0,3) (merged), ORG [4,5).
  score_sentence(tags({"I-PER", "I-PER", "B-PER", "O", "I-LOC"}), tags({"B-PER", "I-PER", "I-PER", "O", "B-ORG"}),
                 scores);
  EXPECT_EQ(scores.overall.gold, 3u);
  EXPECT_EQ(scores.overall.found, 2u);
  EXPECT_EQ(scores.overall.correct, 0u);
  EXPECT_EQ(of(scores, entities::EntityType::kPerson).gold, 2u);
  EXPECT_EQ(of(scores, entities::EntityType::kOrganization).found, 1u);
  EXPECT_EQ(of(scores, entities::EntityType::kLocation).found, 0u);
  EXPECT_EQ(scores.correct_tags, 3u);  // O, and the first two PER tokens
}

TEST(NerScoring, AnIAfterAnotherTypeStartsAnEntity) {
  NerScores scores;
  // conlleval: I-ORG right after I-PER is a new ORG entity in both readings.
  score_sentence(tags({"I-PER", "I-ORG", "I-ORG"}), tags({"B-PER", "B-ORG", "I-ORG"}), scores);
  EXPECT_EQ(scores.overall.correct, 2u);
  EXPECT_EQ(scores.overall.gold, 2u);
}

TEST(NerScoring, PrecisionRecallF1) {
  const PrecisionRecall prf = precision_recall({4, 5, 3});
  EXPECT_DOUBLE_EQ(prf.p, 0.6);
  EXPECT_DOUBLE_EQ(prf.r, 0.75);
  EXPECT_NEAR(prf.f1, 2 * 0.6 * 0.75 / 1.35, 1e-12);
  const PrecisionRecall none = precision_recall({0, 0, 0});
  EXPECT_EQ(none.p, 0);
  EXPECT_EQ(none.r, 0);
  EXPECT_EQ(none.f1, 0);
  NerScores unused;
  EXPECT_THROW(score_sentence(tags({"O"}), tags({"O", "O"}), unused), Error);
}

NerScores example_scores() {
  NerScores scores;
  score_sentence(tags({"I-PER", "I-PER", "O", "I-LOC", "O"}), tags({"B-PER", "I-PER", "O", "B-ORG", "O"}), scores);
  score_sentence(tags({"I-LOC", "O"}), tags({"B-LOC", "O"}), scores);
  return scores;
}

TEST(NerReport, TextLikeConlleval) {
  const std::string text = ner_report_text(example_scores());
  EXPECT_NE(text.find("processed 7 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("accuracy:  85.71%; precision:  66.67%; recall:  66.67%; FB1:  66.67\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"), std::string::npos)
      << text;
  EXPECT_EQ(text.find("MISC"), std::string::npos);  // no gold and no found MISC: not listed
}

TEST(NerReport, JsonFractions) {
  const auto json = nlohmann::json::parse(ner_report_json(example_scores()));
  EXPECT_NEAR(json["overall"]["p"].get<double>(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(json["overall"]["r"].get<double>(), 2.0 / 3, 1e-12);
  EXPECT_NEAR(json["overall"]["f1"].get<double>(), 2.0 / 3, 1e-12);
  EXPECT_EQ(json["per_type"]["PER"]["f1"].get<double>(), 1.0);
  EXPECT_EQ(json["per_type"]["ORG"]["p"].get<double>(), 0.0);
  EXPECT_NEAR(json["per_type"]["LOC"]["r"].get<double>(), 0.5, 1e-12);
  EXPECT_FALSE(json["per_type"].contains("MISC"));
}

// ---- the CLI -----------------------------------------------------------------

constexpr const char* kGold =
    "-DOCSTART- -X- O O\n\n"
    "Angela NNP I-NP I-PER\nMerkel NNP I-NP I-PER\nvisited VBD I-VP O\nParis NNP I-NP I-LOC\n. . O O\n";

TEST(EvalNerCli, JsonAndTextAndPredictions) {
  TempDir dir;
  write_file(dir / "gold.conll", kGold);
  const auto json_run = run_chorus("eval ner --gold '" + (dir / "gold.conll").string() + "' --format json");
  ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
  const auto json = nlohmann::json::parse(json_run.out);
  for (const char* key : {"p", "r", "f1"}) EXPECT_TRUE(json["overall"].contains(key));
  EXPECT_TRUE(json["per_type"].contains("PER"));

  const auto text_run = run_chorus("eval ner --gold '" + (dir / "gold.conll").string() + "' --predictions '" +
                                   (dir / "pred.txt").string() + "'");
  ASSERT_EQ(text_run.exit_code, 0) << text_run.err;
  EXPECT_EQ(text_run.out.rfind("processed 5 tokens with 2 phrases;", 0), 0u) << text_run.out;
  const std::string predictions = chorus::testing::read_file(dir / "pred.txt");
  EXPECT_EQ(predictions.rfind("Angela I-PER ", 0), 0u) << predictions;
  EXPECT_EQ(std::count(predictions.begin(), predictions.end(), '\n'), 6);
}

TEST(EvalNerCli, ErrorsNameTheFile) {
  TempDir dir;
  const std::string missing = (dir / "missing.conll").string();
  auto run = run_chorus("eval ner --gold '" + missing + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;

  write_file(dir / "bad.conll", "Alpha NNP I-NP I-ORG\nlonely\n");
  run = run_chorus("eval ner --gold '" + (dir / "bad.conll").string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("bad.conll:2:"), std::string::npos) << run.err;

  write_file(dir / "gold.conll", kGold);
  const std::string no_model = (dir / "none.bin").string();
  run = run_chorus("eval ner --gold '" + (dir / "gold.conll").string() + "' --model '" + no_model + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find(no_model), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;

  run = run_chorus("eval ner --gold '" + (dir / "gold.conll").string() + "' --format xml");
  EXPECT_EQ(run.exit_code, 2);
}

TEST(TrainNerCli, TrainsAModelThatEvalUses) {
  TempDir dir;
  std::string corpus = "-DOCSTART- -X- O O\n\n";
  for (const char* name : {"Alvin", "Mira", "Otto", "Sela", "Ivo", "Nadia"})
    corpus += std::string(name) + " I-PER\nsaid O\nso O\n. O\n\nThey O\nmet O\nin O\n" + name + "ville I-LOC\n. O\n\n";
  write_file(dir / "train.conll", corpus);
  const std::string no_gazetteer = " --iso-3166-1 '' --iso-3166-3 '' --iso-3166-2 '' --wordnet-nouns '' --words ''";
  const std::string model = (dir / "model.bin").string();
  auto run = run_chorus("train ner -q --epochs 5 --train '" + (dir / "train.conll").string() + "' -o '" + model +
                        "'" + no_gazetteer);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.err.empty()) << run.err;
  run = run_chorus("eval ner --format json --gold '" + (dir / "train.conll").string() + "' --model '" + model + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["overall"]["f1"].get<double>(), 1.0) << run.out;

  run = run_chorus("train ner --train '" + (dir / "train.conll").string() + "' -o '" + model +
                   "' --words '" + (dir / "no-words").string() + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no-words"), std::string::npos) << run.err;
}

// ---- the shipped model on CoNLL-2003 development data ----------------------

TEST(NerEvaluation, ShippedModelReachesF1OnEngTesta) {
  const auto testa = shared_dir() / "data/conll2003/eng.testa";
  CHORUS_REQUIRE_SHARED(testa);
  const auto model = entities::NerModel::load(source_dir() / "data/ner/model.bin");
  const NerScores scores = evaluate_ner(entities::read_conll(testa), model);
  EXPECT_EQ(scores.overall.gold, 5942u);  // the official count of entities in eng.testa
  const PrecisionRecall overall = precision_recall(scores.overall);
  EXPECT_GE(overall.f1, 0.85) << ner_report_text(scores);
  // Deterministic: a second run gives the same counts.
  const NerScores again = evaluate_ner(entities::read_conll(testa), model);
  EXPECT_EQ(again.overall.correct, scores.overall.correct);
  EXPECT_EQ(again.overall.found, scores.overall.found);
}

}  // namespace
}  // namespace chorus::eval

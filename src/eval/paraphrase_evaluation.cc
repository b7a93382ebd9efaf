#include "eval/paraphrase_evaluation.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "digest/sentence_pairs.h"

namespace chorus::eval {

std::vector<compare::PairExample> pair_examples(const std::vector<SentencePair>& pairs,
                                                const entities::NerModel* ner, const compare::LexicalModel& lexical) {
  digest::SentencePairReader reader(ner, lexical);
  std::vector<compare::PairExample> examples;
  examples.reserve(pairs.size());
  for (const SentencePair& pair : pairs) {
    examples.push_back(reader.read(pair.a, pair.b));
    examples.back().same = pair.same;
  }
  return examples;
}

namespace {

double ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / b : 0.0; }

void count(ParaphraseScores& scores, bool decided, bool same) {
  ++scores.pairs;
  if (decided && same) ++scores.true_positives;
  if (decided && !same) ++scores.false_positives;
  if (!decided && same) ++scores.false_negatives;
  if (!decided && !same) ++scores.true_negatives;
}

}  // namespace

double ParaphraseScores::accuracy() const { return ratio(true_positives + true_negatives, pairs); }
double ParaphraseScores::precision() const { return ratio(true_positives, true_positives + false_positives); }
double ParaphraseScores::recall() const { return ratio(true_positives, true_positives + false_negatives); }
double ParaphraseScores::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

ParaphraseScores score_pairs(const std::vector<compare::PairExample>& examples, const compare::PairModel& model,
                             double threshold) {
  ParaphraseScores scores;
  for (const compare::PairExample& example : examples)
    count(scores, model.probability(example.forward, example.backward) >= threshold, example.same);
  return scores;
}

ParaphraseScores cross_validate(const std::vector<compare::PairExample>& examples,
                                const std::vector<compare::PairExample>& also, int folds, double threshold,
                                const compare::PairTrainOptions& options) {
  ParaphraseScores scores;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<compare::PairExample> train = also;
    for (size_t i = 0; i < examples.size(); ++i)
      if (static_cast<int>(i % folds) != fold) train.push_back(examples[i]);
    const compare::PairModel model = compare::train_pair_model(train, options);
    for (size_t i = fold; i < examples.size(); i += folds)
      count(scores, model.probability(examples[i].forward, examples[i].backward) >= threshold, examples[i].same);
  }
  return scores;
}

std::string paraphrase_report_text(const ParaphraseScores& s, double threshold) {
  char line[256];
  std::snprintf(line, sizeof line,
                "pairs %zu  threshold %.3f\naccuracy %.4f  precision %.4f  recall %.4f  F1 %.4f\n"
                "true positives %zu  false positives %zu  false negatives %zu  true negatives %zu\n",
                s.pairs, threshold, s.accuracy(), s.precision(), s.recall(), s.f1(), s.true_positives,
                s.false_positives, s.false_negatives, s.true_negatives);
  return line;
}

std::string paraphrase_report_json(const ParaphraseScores& s, double threshold) {
  nlohmann::ordered_json json;
  json["pairs"] = s.pairs;
  json["threshold"] = threshold;
  json["accuracy"] = s.accuracy();
  json["precision"] = s.precision();
  json["recall"] = s.recall();
  json["f1"] = s.f1();
  json["true_positives"] = s.true_positives;
  json["false_positives"] = s.false_positives;
  json["false_negatives"] = s.false_negatives;
  json["true_negatives"] = s.true_negatives;
  return json.dump(2) + "\n";
}

}  // namespace chorus::eval

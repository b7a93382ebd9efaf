// Paraphrase evaluation: does chorus's support decision tell sentence pairs
// that say the same thing from pairs that do not (MSR Paraphrase Corpus)?
// Each pair is decided as a digest decides whether two outlets' sentences
// state one fact (compare/pair_model.h), the pair read as a cluster of two
// one-sentence documents.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compare/pair_model.h"
#include "compare/sentence_facts.h"
#include "entities/ner_model.h"
#include "eval/dataset.h"

namespace chorus::eval {

// The features of every pair, read as digest::SentencePairReader reads
// them, with their labels. `ner` may be null.
std::vector<compare::PairExample> pair_examples(const std::vector<SentencePair>& pairs,
                                                const entities::NerModel* ner, const compare::LexicalModel& lexical);

struct ParaphraseScores {
  size_t pairs = 0;
  size_t true_positives = 0, false_positives = 0, false_negatives = 0, true_negatives = 0;
  double accuracy() const;
  double precision() const;  // of the "same" class
  double recall() const;
  double f1() const;
};

ParaphraseScores score_pairs(const std::vector<compare::PairExample>& examples, const compare::PairModel& model,
                             double threshold);

// k-fold cross-validation of training: pair i is tested in fold i mod k by a
// model trained on the other folds and on `also` (the cluster pairs).
// Deterministic.
ParaphraseScores cross_validate(const std::vector<compare::PairExample>& examples,
                                const std::vector<compare::PairExample>& also, int folds, double threshold,
                                const compare::PairTrainOptions& options = {});

std::string paraphrase_report_text(const ParaphraseScores& scores, double threshold);
std::string paraphrase_report_json(const ParaphraseScores& scores, double threshold);

}  // namespace chorus::eval

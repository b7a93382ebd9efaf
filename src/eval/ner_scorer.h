// Entity-level scoring as conlleval (the CoNLL-2000/2003 script) does it: an
// entity counts as correct when both its span and its type match a gold
// entity. Chunks are read with conlleval's rules, which accept IOB1 and IOB2
// alike: B- always starts an entity, I- starts one unless it continues an
// entity of its own type.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>

#include "entities/ner_corpus.h"
#include "entities/ner_model.h"

namespace chorus::eval {

struct ChunkCounts {
  size_t gold = 0;     // entities in the gold standard
  size_t found = 0;    // entities the system proposed
  size_t correct = 0;  // proposed entities equal to a gold one (span and type)
};

struct PrecisionRecall {
  double p = 0;   // correct / found (0 when nothing was found)
  double r = 0;   // correct / gold (0 when there is no gold entity)
  double f1 = 0;  // harmonic mean of p and r (0 when both are 0)
};
PrecisionRecall precision_recall(const ChunkCounts& counts);

struct NerScores {
  ChunkCounts overall;
  std::array<ChunkCounts, entities::kEntityTypeCount> per_type;
  size_t tokens = 0;
  size_t correct_tags = 0;  // tokens whose tag, written as IOB2, matches the gold one's
};

// Adds one sentence's counts; both tag sequences have the sentence's length.
void score_sentence(std::span<const entities::ConllTag> gold, std::span<const entities::ConllTag> predicted,
                    NerScores& scores);

// Tags every document of `gold` with `model` and scores the result. With
// `predictions`, appends "WORD GOLD PREDICTED" lines (conlleval's input; a
// blank line after each sentence, predictions in IOB2).
NerScores evaluate_ner(const entities::ConllCorpus& gold, const entities::NerModel& model,
                       std::string* predictions = nullptr);

// conlleval's summary: tokens, phrases, accuracy, overall and per-type
// precision, recall and FB1 (percentages). Per type: types with a gold or a
// found entity, as conlleval lists them.
std::string ner_report_text(const NerScores& scores);
// {"overall": {"p", "r", "f1"}, "per_type": {"PER": {"p", "r", "f1"}, ...}}
// with fractions, types as in the text report.
std::string ner_report_json(const NerScores& scores);

}  // namespace chorus::eval

// Pair features: how much of what sentence A states sentence B states too,
// as numbers a learned model weighs (pair_model.h). Directed: a short
// sentence restated inside a longer one is covered by it, not the reverse.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "compare/sentence_facts.h"

namespace chorus::compare {

enum PairFeature : uint8_t {
  kWordCover,       // share of A's word weight B has (the stem, or another name of the entity)
  kWordRelated,     // share B has only as a synonym or derivation (WordNet)
  kWordMissing,     // ln(1 + A's word weight that B lacks)
  kNameCover,       // share of A's entities B names (0 without names)
  kNameMissing,     // A's entities B does not name
  kFigureMatch,     // A's figures B states consistently (same dimension, thing, value within the wording)
  kFigureMissing,   // A's figures B has no counterpart for
  kFigureConflict,  // A's figures whose counterparts in B all have another value
  kDateMatch,       // A's dates B names (a month holds its days)
  kDateMissing,     // A's dates B has no date for
  kDateConflict,    // A's days where B names other days only
  kPolarity,        // one of the two is negated ("not", "denied"), the other not
  kBigramCover,     // share of A's adjacent stem pairs B has: word order
  kLength,          // ln(1 + A's content words)
  kCosine,          // cosine of the two weighted word vectors
  kSourceMissing,   // ln(1 + weight of A's attribution words B lacks): who says it
  kAnchor,          // the weight of A's heaviest word that B has: one telling word in common
  kPosition,        // ln(1 + A's sentence index in its document): leads state the main facts
  kFeatureCount
};

using PairFeatures = std::array<double, kFeatureCount>;

// Stable names, as the model file lists them.
std::string_view pair_feature_name(PairFeature feature);

// Features of "B states what A states".
PairFeatures pair_features(const SentenceFacts& a, const SentenceFacts& b);
// Those of (A, B) and of (B, A) at once, sharing the work.
void pair_features(const SentenceFacts& a, const SentenceFacts& b, PairFeatures& ab, PairFeatures& ba);

// The features with those that say two sentences disagree (a figure, a day,
// the polarity) set to 0: what is left says whether they speak of the same
// event or measure.
PairFeatures set_aside_disagreements(PairFeatures features);

// Whether two figures can be the same measure: same dimension (and unit for
// money), compatible counted nouns and events.
bool counterparts(const figures::Quantity& a, const figures::Quantity& b);

}  // namespace chorus::compare

// The words figures are made of: number words, scale words, approximators,
// units, currencies, months, and the few event words that say what a count
// of people is (killed, injured, missing, evacuated, arrested). General
// English; nothing here is about one story.
//
// Lookups are by case-folded word. QuantityWords classifies every term of a
// cluster's Lexicon once, so the scanner's per-token tests are array reads.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "figures/quantity.h"

namespace chorus::figures {

struct UnitInfo {
  Dimension dimension = Dimension::kCount;
  std::string_view name;  // canonical: "km", "percent", "dollar"
  double to_base = 1;
};

// What one folded word can be in a figure. Zero-initialized means nothing.
struct WordClass {
  enum Kind : uint8_t {
    kNone,
    kNumberWord,   // "twelve", "twenty": `value`
    kScale,        // "hundred", "thousand", "million", "dozen", "bn": multiplies
    kVaguePlural,  // "hundreds", "thousands", "dozens", "tens", "millions": `value` is the scale
    kArticle,      // "a", "an": a number only before a scale word ("a dozen")
  };
  Kind kind = kNone;
  double value = 0;
  int16_t unit = -1;      // index into units(), or -1
  bool month = false;     // "december", "dec", "feb"
  bool auxiliary = false; // "were", "have", "still": skipped when looking for the predicate
  bool generic_person = false;  // "people", "residents"
  Event event = Event::kNone;
};

// Every unit the scanner knows; WordClass::unit indexes it.
const std::vector<UnitInfo>& units();
// Index of a canonical unit name ("m", "km", "percent"), or -1.
int unit_index(std::string_view canonical);

// Classification of one folded word (one lookup in a table built on first use).
WordClass classify_word(std::string_view folded);

// An approximator phrase ending right before a number: how many tokens it
// spans (0 when none) and what it means. `words` are the folded tokens before
// the number, nearest last.
struct ApproximatorMatch {
  int tokens = 0;
  Approximation approximation = Approximation::kExact;
};
ApproximatorMatch match_approximator(const std::string_view* words, int count);

// Currency written as a symbol right before a number ("$", "€", "US$"): the
// unit index, or -1.
int currency_symbol(std::string_view gap);

// Per-cluster table: the class of every term id of a Lexicon.
class QuantityWords {
 public:
  explicit QuantityWords(const Lexicon& lexicon);
  const WordClass& of(uint32_t term) const { return classes_[term]; }

 private:
  std::vector<WordClass> classes_;
};

}  // namespace chorus::figures

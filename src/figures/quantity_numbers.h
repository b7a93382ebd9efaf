// Numbers as written, for the quantity scanner: numerals with separators
// and decimals ("2,940", "3.5", "5km"), number words ("twenty-five", "two
// thousand", "a dozen", "half a million"), scale words ("1.5 million") and
// vague amounts ("hundreds of", "tens of thousands of", "several hundred").
// Internal to src/figures.
#pragma once

#include <string_view>

#include "core/document.h"
#include "core/lexicon.h"
#include "figures/quantity_lexicon.h"
#include "text/ascii.h"

namespace chorus::figures {

// A number as written, before units and approximators.
struct Number {
  bool ok = false;
  bool excluded = false;  // a date, year, time, ordinal, ...: skip [first, last]
  uint32_t first = 0, last = 0;  // token range, inclusive
  double value = 0;
  bool round = false;
  bool year_like = false;  // four digits 1800-2100 without separators
  bool decimal = false;
  bool vague = false;      // "hundreds of": [low, high]
  double low = 0, high = 0;
  std::string_view suffix;  // letters glued to the digits ("km" in "5km")
  double scale = 1;         // a scale word applied ("million")
};

// The sentence being scanned and its token helpers.
struct Scan {
  const Document& doc;
  const Lexicon& lexicon;
  const QuantityWords& words;
  uint32_t begin, end;  // token range of the sentence
  Span sentence;

  const Token& tok(uint32_t i) const { return doc.tokens[i]; }
  std::string_view folded(uint32_t i) const { return lexicon.str(doc.tokens[i].term); }
  const WordClass& cls(uint32_t i) const { return words.of(doc.tokens[i].term); }
  // Text between token i-1 (or the sentence start) and token i.
  std::string_view gap(uint32_t i) const {
    const uint32_t from = i > begin ? doc.tokens[i - 1].span.end : sentence.begin;
    return std::string_view(doc.text).substr(from, doc.tokens[i].span.begin - from);
  }
  // Text after token i up to the next token (or the sentence end).
  std::string_view after(uint32_t i) const {
    const uint32_t to = i + 1 < end ? doc.tokens[i + 1].span.begin : sentence.end;
    return std::string_view(doc.text).substr(doc.tokens[i].span.end, to - doc.tokens[i].span.end);
  }
  bool spaced(uint32_t i) const { return gap(i) == " "; }
};

inline bool digit_led(const Scan& s, uint32_t i) { return text::is_ascii_digit(s.doc.text[s.tok(i).span.begin]); }

// The number starting at token i of the sentence; !ok when there is none.
Number parse_at(const Scan& s, uint32_t i);

}  // namespace chorus::figures

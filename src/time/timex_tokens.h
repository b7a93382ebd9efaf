// The tagger's own light tokenization: runs of ASCII letters and digits, single
// punctuation marks (typographic quotes and dashes folded to ASCII), and runs
// of other bytes; each token knows its lexicon entry and numeric value, so the
// grammar never looks at bytes again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "time/timex_lexicon.h"

namespace chorus::time {

enum class TokenShape : uint8_t {
  kWord,     // letters ("friday", "sept")
  kNumber,   // digits ("2020", "1")
  kOrdinal,  // digits + st/nd/rd/th ("25th")
  kDecade,   // digits + s ("1990s", "90s")
  kClock,    // digits + am/pm ("4pm")
  kPunct,    // one punctuation mark, in `punct`
  kOther,    // anything else (letters outside ASCII, mixed runs)
};

struct TimexToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenShape shape = TokenShape::kOther;
  char punct = 0;            // for kPunct: '-', '.', ',', '\'', '/', ':' ...
  bool capital = false;      // first letter upper case
  bool space_before = false; // white space between the previous token and this one
  bool break_before = false; // a line break between them
  uint8_t digits = 0;        // number of digits (kNumber, kOrdinal, kDecade, kClock)
  int32_t number = -1;       // value of the digits, or of a number word
  bool pm = false;           // kClock: "pm"
  std::string_view lower;    // lower-case form (points into the tokenizer's buffer)
  const WordInfo* info = nullptr;
};

// Tokenizes `text`. `lower` receives the ASCII-lower-cased copy that the
// tokens' `lower` views point into; `tokens` is cleared first.
void tokenize_for_time(std::string_view text, const TimexLexicon& lexicon, std::string& lower,
                       std::vector<TimexToken>& tokens);

}  // namespace chorus::time

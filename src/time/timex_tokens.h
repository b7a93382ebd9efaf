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
  int32_t number = -1;       // value of the digits, or of a number word
  TokenShape shape = TokenShape::kOther;
  char punct = 0;            // for kPunct: '-', '.', ',', '\'', '/', ':' ...
  uint8_t digits = 0;        // number of digits (kNumber, kOrdinal, kDecade, kClock)
  bool capital : 1 = false;      // first letter upper case
  bool space_before : 1 = false; // white space between the previous token and this one
  bool break_before : 1 = false; // a line break between them
  bool pm : 1 = false;           // kClock: "pm"
  const char* lower_data = nullptr;  // a word's or number's lower-case form, end - begin bytes
                                     // (into the tokenizer's buffer); none for the others
  const WordInfo* info = nullptr;
  // 32 bytes a token: a long text's tokens are the largest thing the tagger holds.
  std::string_view lower() const { return lower_data ? std::string_view(lower_data, end - begin) : std::string_view(); }
};

// Tokenizes `text`. `lower` receives the ASCII-lower-cased copy that the
// tokens' `lower` views point into; `tokens` is cleared first.
void tokenize_for_time(std::string_view text, const TimexLexicon& lexicon, std::string& lower,
                       std::vector<TimexToken>& tokens);

}  // namespace chorus::time

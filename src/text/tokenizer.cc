// Word tokenization: a byte table for ASCII, ICU character types for the rest.

#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string>

#include "chorus/error.h"
#include "text/ascii.h"

namespace chorus::text {
namespace {

// What a character contributes to tokens.
enum class CharClass : uint8_t {
  kSeparator,  // ends a token (punctuation, space, symbols, invalid bytes)
  kDigit,      // part of a token; a token of digits only is a number
  kWordChar,   // part of a token: letters, marks, non-decimal numbers
  kNonAscii,   // table marker only: decode and ask ICU
};

constexpr std::array<CharClass, 256> make_ascii_table() {
  std::array<CharClass, 256> table{};
  for (int b = 0; b < 256; ++b) {
    CharClass cls = CharClass::kSeparator;
    if (b >= 0x80) {
      cls = CharClass::kNonAscii;
    } else if (b >= '0' && b <= '9') {
      cls = CharClass::kDigit;
    } else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
      cls = CharClass::kWordChar;
    }
    table[static_cast<std::size_t>(b)] = cls;
  }
  return table;
}

constexpr std::array<CharClass, 256> kAsciiTable = make_ascii_table();

CharClass classify_code_point(UChar32 c) {
  if (c < 0) return CharClass::kSeparator;  // an invalid or truncated sequence
  const uint32_t mask = U_GET_GC_MASK(c);
  if (mask & U_GC_ND_MASK) return CharClass::kDigit;
  // Letters, combining marks (which belong to the letter before them) and
  // other numbers (superscripts, fractions, roman numerals).
  if (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) return CharClass::kWordChar;
  return CharClass::kSeparator;
}

// The class of the character at text[pos], and where the next one starts.
// Never reads at or past `end`.
struct Step {
  CharClass cls;
  uint32_t next;
};

inline Step step_at(const char* text, uint32_t pos, uint32_t end) {
  const CharClass cls = kAsciiTable[static_cast<unsigned char>(text[pos])];
  if (cls != CharClass::kNonAscii) return {cls, pos + 1};
  UChar32 c = 0;
  U8_NEXT(text, pos, end, c);  // advances pos past the (maybe invalid) sequence
  return {classify_code_point(c), pos};
}

}  // namespace

void tokenize(std::string_view text, Span range, std::vector<RawToken>& out) {
  if (range.begin > range.end || range.end > text.size()) {
    throw Error("tokenize: range [" + std::to_string(range.begin) + ", " +
                std::to_string(range.end) + ") is outside the text of " +
                std::to_string(text.size()) + " bytes");
  }
  const char* s = text.data();
  const uint32_t end = range.end;
  uint32_t begin = 0;       // of the token being read
  bool in_token = false;
  bool all_digits = true;   // so far, in the token being read
  for (uint32_t pos = range.begin; pos < end;) {
    const Step step = step_at(s, pos, end);
    if (step.cls == CharClass::kSeparator) {
      if (in_token) {
        out.push_back({Span{begin, pos}, all_digits ? TokenKind::kNumber : TokenKind::kWord});
        in_token = false;
      }
    } else {
      if (!in_token) {
        in_token = true;
        begin = pos;
        all_digits = true;
      }
      all_digits = all_digits && step.cls == CharClass::kDigit;
    }
    pos = step.next;
  }
  if (in_token) {
    out.push_back({Span{begin, end}, all_digits ? TokenKind::kNumber : TokenKind::kWord});
  }
}

uint32_t count_words(std::string_view text) {
  uint32_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_ascii_space(c);
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

}  // namespace chorus::text

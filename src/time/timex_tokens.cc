#include "time/timex_tokens.h"

namespace chorus::time {
namespace {

bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Typographic marks that act as ASCII punctuation: ’ ‘ (apostrophes), – —
// (dashes), “ ” (quotes). Returns the ASCII mark and the byte length, or 0.
char fold_mark(std::string_view text, size_t i, size_t& length) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    length = 3;
    switch (static_cast<unsigned char>(text[i + 2])) {
      case 0x98: case 0x99: return '\'';
      case 0x93: case 0x94: case 0x90: case 0x91: return '-';
      case 0x9C: case 0x9D: return '"';
      default: return 0;
    }
  }
  return 0;
}

// No-break space (U+00A0) and the thin spaces count as white space.
size_t space_length(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if (d >= 0x80 && d <= 0x8A) return 3;  // en/em/thin spaces
    if (d == 0xAF) return 3;               // narrow no-break space
  }
  return 0;
}

}  // namespace

void tokenize_for_time(std::string_view text, const TimexLexicon& lexicon, std::string& lower,
                       std::vector<TimexToken>& tokens) {
  tokens.clear();
  lower.assign(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  const std::string_view low(lower);
  bool space = true, line_break = true;
  size_t i = 0;
  while (i < text.size()) {
    if (const size_t n = space_length(text, i)) {
      space = true;
      if (text[i] == '\n') line_break = true;
      i += n;
      continue;
    }
    TimexToken token;
    token.begin = static_cast<uint32_t>(i);
    token.space_before = space;
    token.break_before = line_break;
    space = line_break = false;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t mark_length = 0;
    if (is_alpha(c) || is_digit(c)) {
      size_t j = i;
      while (j < text.size() && is_digit(static_cast<unsigned char>(text[j]))) ++j;
      const size_t digit_end = j;
      while (j < text.size() && (is_alpha(static_cast<unsigned char>(text[j])) ||
                                 is_digit(static_cast<unsigned char>(text[j]))))
        ++j;
      // "FY2013" is "FY" and a year.
      if (j > i + 2 && low[i] == 'f' && low[i + 1] == 'y' && is_digit(static_cast<unsigned char>(text[i + 2])))
        j = i + 2;
      // A word glued to non-ASCII letters ("Kalbacar" spelt with ç) is not ours.
      const bool glued = j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 &&
                         !fold_mark(text, j, mark_length) && !space_length(text, j);
      token.end = static_cast<uint32_t>(j);
      token.lower_data = low.data() + i;
      token.capital = c >= 'A' && c <= 'Z';
      const size_t ndigits = digit_end - i;
      const std::string_view suffix = low.substr(digit_end, j - digit_end);
      if (glued) {
        token.shape = TokenShape::kOther;
      } else if (ndigits == 0) {
        token.shape = TokenShape::kWord;
        if (token.lower().size() <= 16) token.info = lexicon.find(token.lower());
        if (token.info && token.info->number >= 0) token.number = token.info->number;
      } else if (ndigits <= 9 && (suffix.empty() || suffix == "st" || suffix == "nd" ||
                                  suffix == "rd" || suffix == "th" || suffix == "s" ||
                                  suffix == "am" || suffix == "pm")) {
        token.digits = static_cast<uint8_t>(ndigits);
        token.number = 0;
        for (size_t k = i; k < digit_end; ++k) token.number = token.number * 10 + (text[k] - '0');
        if (suffix.empty()) {
          token.shape = TokenShape::kNumber;
        } else if (suffix == "s") {
          token.shape = TokenShape::kDecade;
        } else if (suffix == "am" || suffix == "pm") {
          token.shape = TokenShape::kClock;
          token.pm = suffix == "pm";
        } else {
          token.shape = TokenShape::kOrdinal;
        }
      } else {
        token.shape = TokenShape::kOther;
      }
      tokens.push_back(token);
      i = j;
      continue;
    }
    if (const char mark = fold_mark(text, i, mark_length)) {
      token.shape = TokenShape::kPunct;
      token.punct = mark;
      token.end = static_cast<uint32_t>(i + mark_length);
      tokens.push_back(token);
      i += mark_length;
      continue;
    }
    if (c < 0x80) {
      token.shape = TokenShape::kPunct;
      token.punct = static_cast<char>(c);
      token.end = static_cast<uint32_t>(i + 1);
      tokens.push_back(token);
      ++i;
      continue;
    }
    // Other non-ASCII: one token up to the next space, ASCII byte or folded mark.
    size_t j = i;
    while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 &&
           !space_length(text, j) && !fold_mark(text, j, mark_length))
      ++j;
    if (j == i) j = i + 1;
    token.shape = TokenShape::kOther;
    token.end = static_cast<uint32_t>(j);
    tokens.push_back(token);
    i = j;
  }
}

}  // namespace chorus::time

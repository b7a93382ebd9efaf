// The rules that turn ICU's proposed sentence boundaries into news-text
// sentences (see sentence_splitter.cc for the four steps).
#include "text/sentence_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "text/abbreviations.h"
#include "text/ascii.h"

namespace chorus::text {
namespace {

bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool has_prefix(std::string_view s, size_t pos, std::string_view prefix) {
  return s.size() - pos >= prefix.size() && s.compare(pos, prefix.size(), prefix) == 0;
}

// Bytes of the quote or bracket that ends at `end`, 0 if none: what UAX #29
// calls Close, which takes in opening marks too, since ICU keeps them with a
// terminator before them ("...problems?(end italics)"). ASCII " ' ( ) [ ]
// { } and the typographic “ ” ‘ ’ « ». A newswire '' is two of them.
size_t closer_before(std::string_view s, size_t end) {
  if (end == 0) return 0;
  switch (s[end - 1]) {
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}':
      return 1;
    default:
      break;
  }
  const std::string_view head = s.substr(0, end);
  for (std::string_view mark : {"\u201C", "\u201D", "\u2018", "\u2019"}) {
    if (head.ends_with(mark)) return 3;
  }
  if (head.ends_with("\u00AB") || head.ends_with("\u00BB")) return 2;
  return 0;
}

// Bytes of the opening quote or bracket that starts at `pos`, 0 if none:
// `` ` " ' ( [ { and the typographic “ ‘ «.
size_t opener_at(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  switch (s[pos]) {
    case '`': case '"': case '\'': case '(': case '[': case '{':
      return 1;
    default:
      break;
  }
  if (has_prefix(s, pos, "\u201C") || has_prefix(s, pos, "\u2018")) return 3;
  if (has_prefix(s, pos, "\u00AB")) return 2;
  return 0;
}

// Bytes of a dash used as punctuation at `pos` ("_ ", "- ", "-- ", "— ",
// "– "), 0 if none. Newswire writes a dash as '_', in datelines
// ("WASHINGTON _ The ...") and as a list bullet.
size_t dash_at(std::string_view s, size_t pos) {
  size_t n = 0;
  if (has_prefix(s, pos, "--")) {
    n = 2;
  } else if (pos < s.size() && (s[pos] == '_' || s[pos] == '-')) {
    n = 1;
  } else if (has_prefix(s, pos, "\u2014") || has_prefix(s, pos, "\u2013")) {
    n = 3;
  }
  if (n == 0) return 0;
  return pos + n == s.size() || is_ascii_space(s[pos + n]) ? n : 0;
}

// True for a wire-service credit and dash at `pos`, as in the dateline
// "LITTLE ROCK, Ark. (AP) _ The ...": "(" + a short name + ")" + dash.
bool is_credit_at(std::string_view s, size_t pos) {
  if (pos >= s.size() || s[pos] != '(') return false;
  size_t i = pos + 1;
  const size_t limit = std::min(s.size(), pos + 32);
  while (i < limit && (is_ascii_alpha(s[i]) || s[i] == ' ' || s[i] == '-' || s[i] == '.')) ++i;
  if (i == pos + 1 || i >= s.size() || s[i] != ')') return false;
  ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  return dash_at(s, i) > 0;
}

// What follows a proposed boundary.
enum class NextKind : uint8_t { kLower, kUpper, kDigit, kOther, kEnd };

struct Next {
  NextKind kind = NextKind::kEnd;
  bool after_quote = false;        // an opening quote came first (not a bracket)
  bool is_initial = false;         // a single letter and a period: "J."
  bool is_company_suffix = false;  // "Ltd." in "Daewoo Co. Ltd."
  std::string_view word;           // its leading ASCII letters, for the starter list
};

Next read_next(std::string_view s, size_t pos) {
  Next next;
  while (pos < s.size() && is_ascii_space(s[pos])) ++pos;
  while (size_t n = opener_at(s, pos)) {
    if (s[pos] != '(' && s[pos] != '[' && s[pos] != '{') next.after_quote = true;
    pos += n;
  }
  if (pos >= s.size()) return next;
  const char c = s[pos];
  if (!is_non_ascii(c)) {
    next.kind = is_ascii_lower(c)   ? NextKind::kLower
                : is_ascii_upper(c) ? NextKind::kUpper
                : is_ascii_digit(c) ? NextKind::kDigit
                              : NextKind::kOther;
  } else {
    // Decode one code point; only its case matters.
    UChar32 cp = 0;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(std::min<size_t>(s.size() - pos, 4));
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data() + pos), i, length, cp);
    next.kind = cp < 0               ? NextKind::kOther
                : u_islower(cp) != 0 ? NextKind::kLower
                : (u_isupper(cp) != 0 || u_istitle(cp) != 0) ? NextKind::kUpper
                : u_isdigit(cp) != 0 ? NextKind::kDigit
                                     : NextKind::kOther;
  }
  size_t end = pos;
  while (end < s.size() && is_ascii_alpha(s[end])) ++end;
  next.word = s.substr(pos, end - pos);
  if (end < s.size() && s[end] == '.') {
    next.is_initial = next.word.size() == 1;
    next.is_company_suffix =
        find_abbreviation(s.substr(pos, end + 1 - pos)) == AbbreviationKind::kCompany;
  }
  return next;
}

// The word ending with the period at s[dot], with that period: "Mr.",
// "U.S.", "a.m." ("N.Y." in "D-N.Y."). Empty when the word is not plain
// ASCII letters and periods, or is too long to be an abbreviation.
std::string_view word_before_period(std::string_view s, size_t dot) {
  constexpr size_t kMaxLength = 12;
  size_t begin = dot;
  while (begin > 0 && (is_ascii_alpha(s[begin - 1]) || s[begin - 1] == '.')) {
    --begin;
    if (dot - begin > kMaxLength) return {};
  }
  if (begin == dot) return {};
  if (begin > 0 && (is_non_ascii(s[begin - 1]) || s[begin - 1] == '\'')) return {};
  return s.substr(begin, dot + 1 - begin);
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// True when an attribution starts at `pos`: a capitalized name of up to four
// words, a speech verb, then punctuation or a preposition. After a quoted
// question it keeps the quote and its speaker together (``Why?'' Frei
// asked.) without gluing on a new sentence that happens to start with a name
// and a verb (``...?'' Salmon said his refusal ...).
bool is_attribution_at(std::string_view s, size_t pos) {
  for (int names = 0; names <= 4; ++names) {
    size_t end = pos;
    while (end < s.size() && (is_ascii_alpha(s[end]) || s[end] == '.' || s[end] == '-' ||
                              s[end] == '\'')) {
      ++end;
    }
    if (end > pos && s[end - 1] == '.' && is_ascii_lower(s[pos])) --end;  // "asked."
    const std::string_view word = s.substr(pos, end - pos);
    if (word.empty()) return false;
    if (is_ascii_upper(word[0])) {
      if (end >= s.size() || s[end] != ' ') return false;
      pos = end + 1;
      continue;
    }
    if (names == 0 || !is_one_of(word, {"said", "says", "asked", "asks", "added", "told",
                                        "wrote", "replied", "shouted", "declared", "recalled",
                                        "insisted", "explained", "answered", "demanded"})) {
      return false;
    }
    if (end < s.size() && (s[end] == ',' || s[end] == '.')) return true;
    if (end >= s.size() || s[end] != ' ') return false;
    size_t next_end = end + 1;
    while (next_end < s.size() && is_ascii_lower(s[next_end])) ++next_end;
    return is_one_of(s.substr(end + 1, next_end - end - 1),
                     {"to", "after", "before", "in", "at", "on", "as", "when", "while",
                      "during", "from", "with", "outside", "later", "then", "today"});
  }
  return false;
}

// True when a short parenthesis starts at `pos` and either holds a number
// ("at 11:43 p.m. (2243 GMT) Thursday") or the text after it goes on
// mid-sentence ("Ltd. (HK) said").
bool is_inner_parenthesis_at(std::string_view s, size_t pos) {
  if (pos >= s.size() || s[pos] != '(') return false;
  const size_t close = s.find(')', pos);
  constexpr size_t kMaxLength = 40;
  if (close == std::string_view::npos || close - pos > kMaxLength) return false;
  if (pos + 1 < close && is_ascii_digit(s[pos + 1])) return true;
  size_t after = close + 1;
  while (after < s.size() && s[after] == ' ') ++after;
  if (after >= s.size()) return false;
  const char c = s[after];
  return c == ',' || c == ';' || c == ':' || is_ascii_lower(c);
}

// True when `title` (without its period) is part of a name here rather than a
// title: the word before it, `name`, is capitalized and the document also
// writes "name title" without a period ("Hun Sen's", "Hun Sen said"), so
// "...led by Hun Sen. The king..." ends a sentence. A title proper ("Senate
// Majority Leader Sen. Trent Lott") is always followed by its period.
bool is_name_part(std::string_view document, std::string_view name, std::string_view title) {
  if (name.empty() || !is_ascii_upper(name[0]) || is_sentence_starter(name)) return false;
  for (size_t pos = document.find(name); pos != std::string_view::npos;
       pos = document.find(name, pos + 1)) {
    if (pos > 0 && is_ascii_alpha(document[pos - 1])) continue;
    const size_t t = pos + name.size() + 1;
    if (t + title.size() >= document.size() || document[t - 1] != ' ' ||
        document.compare(t, title.size(), title) != 0) {
      continue;
    }
    const char after = document[t + title.size()];
    if (after != '.' && !is_ascii_alpha(after)) return true;
  }
  return false;
}

// The ASCII word that ends just before the space before `pos`, or empty.
std::string_view word_before(std::string_view s, size_t pos) {
  if (pos == 0 || s[pos - 1] != ' ') return {};
  const size_t end = pos - 1;
  size_t begin = end;
  while (begin > 0 && is_ascii_alpha(s[begin - 1])) --begin;
  return s.substr(begin, end - begin);
}

// Whether an abbreviation of `kind` ends a sentence before `next` (which
// starts with an upper-case letter, a digit or something else, never lower
// case).
bool abbreviation_ends_sentence(AbbreviationKind kind, const Next& next) {
  const bool digit = next.kind == NextKind::kDigit;
  const bool upper = next.kind == NextKind::kUpper;
  // A new sentence after an ambiguous abbreviation shows itself by an opening
  // quote or a function word ("...to the U.S. The deal"); a name or a noun
  // ("U.S. Army") keeps the sentence going.
  const bool starts_sentence =
      next.after_quote || (!next.is_initial && is_sentence_starter(next.word));
  switch (kind) {
    case AbbreviationKind::kTitle:
      return !(digit || upper);
    case AbbreviationKind::kBeforeNumber:
      return !digit;
    case AbbreviationKind::kMonth:
      return !digit && !(upper && !starts_sentence);
    case AbbreviationKind::kAmbiguous:
      return !(upper && !starts_sentence);
    case AbbreviationKind::kNeverFinal:
      return false;
    case AbbreviationKind::kCompany:
      return !next.is_company_suffix;
    case AbbreviationKind::kUsuallyFinal:
      return true;
  }
  return true;
}

// ---- Line breaks inside a paragraph ---------------------------------------

// Words that a hard-wrapped line often ends with and a heading never does.
bool is_joining_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or",
      "but", "with", "by", "from", "as", "that", "than", "into", "its"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

enum class TitleCase : uint8_t { kNo, kTitle, kCapitals };

// kTitle when every word of four or more letters is capitalized ("Storm Hits
// the Coast"), kCapitals when moreover no letter is lower case.
TitleCase title_case(std::string_view line) {
  int long_words = 0;
  bool lower = false;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !is_ascii_alpha(line[i])) ++i;
    const size_t start = i;
    while (i < line.size() && is_ascii_alpha(line[i])) lower |= is_ascii_lower(line[i++]);
    if (i - start >= 4) {
      if (!is_ascii_upper(line[start])) return TitleCase::kNo;
      ++long_words;
    }
  }
  if (long_words == 0) return TitleCase::kNo;
  return lower ? TitleCase::kTitle : TitleCase::kCapitals;
}

}  // namespace

// Decides whether ICU's proposed boundary at `b` in `s` (just after the white
// space that follows a sentence) is a real one. `document` is the whole text,
// consulted for how it writes names.
bool is_boundary(std::string_view s, size_t b, std::string_view document) {
  size_t end = b;
  while (end > 0 && is_ascii_space(s[end - 1])) --end;
  // Closing quotes and brackets after the terminator belong to its sentence
  // (ICU already keeps them there); step back over them to find it.
  size_t term = end;
  int closers = 0;
  while (size_t n = closer_before(s, term)) {
    term -= n;
    ++closers;
  }
  if (term == 0) return true;
  const char t = s[term - 1];
  const bool terminator = t == '.' || t == '?' || t == '!' || is_non_ascii(t);
  if (!terminator) return true;  // ICU had another reason; trust it

  // A wire-service credit ("Ark. (AP) _ The") is part of a dateline.
  if (is_credit_at(s, b)) return false;
  const Next next = read_next(s, b);
  // A lower-case word continues the sentence: `"Why?" he asked`, "... and
  // then", "(at 5 p.m.) and". ICU does this itself only after '.'.
  if (next.kind == NextKind::kLower) return false;
  if (t != '.' && closers > 0 && !next.after_quote && is_attribution_at(s, b)) return false;

  // From here on only a period right before the white space matters: the
  // word it ends may be an abbreviation.
  std::string_view word;
  const size_t dot = term - 1;
  const bool ellipsis = dot > 0 && s[dot - 1] == '.';
  if (t == '.' && closers == 0 && !ellipsis) word = word_before_period(s, dot);
  const auto kind = word.empty() ? std::nullopt : find_abbreviation(word);
  const bool initials = word.empty() ? false : is_initials(word);

  // A dash after an abbreviation belongs to a dateline ("PALO ALTO, Calif. _
  // The ..."); after an ordinary sentence it is a list bullet ("... as
  // liberal. _ A salary cap credit ..."). Likewise a short parenthesis that
  // the sentence runs on after: "at 3 a.m. (0100 GMT), soldiers ..." but
  // "...was tense. (Yeltsin) was affected ...".
  if (dash_at(s, b) > 0 || is_inner_parenthesis_at(s, b)) return !(kind || initials);
  if (kind) {
    if (*kind == AbbreviationKind::kTitle &&
        is_name_part(document, word_before(s, dot + 1 - word.size()),
                     word.substr(0, word.size() - 1))) {
      return true;
    }
    return abbreviation_ends_sentence(*kind, next);
  }
  if (initials) return abbreviation_ends_sentence(AbbreviationKind::kAmbiguous, next);
  return true;  // an ordinary word ("1998.", "Nuñez.") or '?', '!', an ellipsis
}

// Moves a boundary at `b` past a closing quote that ICU put at the start of
// the next sentence because white space came before it ("organism. ''
// Because ..."). A quote followed by white space closes; one followed by a
// word opens.
size_t absorb_stray_closer(std::string_view s, size_t b) {
  size_t pos = b;
  while (pos < s.size()) {
    size_t n = 0;
    if (s[pos] == '"' || s[pos] == '\'') {
      n = 1;
    } else if (has_prefix(s, pos, "\u201D") || has_prefix(s, pos, "\u2019")) {
      n = 3;
    }
    if (n == 0) break;
    pos += n;
  }
  if (pos == b || (pos < s.size() && !is_ascii_space(s[pos]))) return b;
  return pos;
}

bool has_word_character(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return is_ascii_alpha(c) || is_ascii_digit(c) || is_non_ascii(c);
  });
}

// Length of a heading in capitals that opens `sentence` and runs straight
// into its first sentence, as in newswire text with the line breaks undone:
// "THE LESSON: DON'T CONFRONT A STEAMROLLER At Netscape's headquarters ...".
// Two or more words in capitals with at least eight letters, followed by a
// capitalized word; 0 if none. A dateline ("KUALA LUMPUR, Malaysia (AP)")
// ends its capitals with a comma, a credit or a dash, so it never matches.
size_t inline_heading_length(std::string_view sentence) {
  constexpr int kMinWords = 2;
  constexpr int kMinLetters = 8;
  int words = 0;
  int letters = 0;
  size_t heading_end = 0;
  size_t pos = 0;
  while (pos < sentence.size()) {
    size_t end = pos;
    int upper = 0;
    bool lower = false;
    while (end < sentence.size() && !is_ascii_space(sentence[end])) {
      upper += is_ascii_upper(sentence[end]) ? 1 : 0;
      lower |= is_ascii_lower(sentence[end]) || is_non_ascii(sentence[end]);
      ++end;
    }
    const std::string_view word = sentence.substr(pos, end - pos);
    if (lower) {
      // The first word after the capitals must be capitalized ("At").
      const bool capitalized = upper > 0 && is_ascii_upper(word[0]);
      return capitalized && words >= kMinWords && letters >= kMinLetters ? heading_end : 0;
    }
    if (upper == 0 || word.back() == ',' || word.find('(') != std::string_view::npos) return 0;
    ++words;
    letters += upper;
    heading_end = end;
    if (end >= sentence.size() || sentence[end] != ' ') return 0;
    pos = end + 1;
  }
  return 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool ends_with_terminator(std::string_view line) {
  size_t end = line.size();
  while (size_t n = closer_before(line, end)) end -= n;
  if (end == 0) return false;
  const char t = line[end - 1];
  return t == '.' || t == '?' || t == '!' || line.substr(0, end).ends_with("\u2026");
}

// Whether the '\n' between `line` and `next` ends a sentence by itself: the
// line is a heading (or a short line set on its own on purpose), not a
// wrapped piece of a longer sentence. A line that ends with terminal
// punctuation returns false: the '\n' becomes white space and ICU plus the
// rules decide, exactly as for a space.
bool is_hard_break(std::string_view line, std::string_view next, bool line_starts_sentence,
                   const LineStats& lines) {
  line = trim(line);
  next = trim(next);
  if (line.empty() || next.empty()) return true;
  if (ends_with_terminator(line)) return false;
  const Next first = read_next(next, 0);
  if (first.kind == NextKind::kLower) return false;
  const char last = line.back();
  if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' ||
      opener_at(line, line.size() - 1) > 0) {
    return false;
  }
  size_t word_start = line.size();
  while (word_start > 0 && is_ascii_alpha(line[word_start - 1])) --word_start;
  if (is_joining_word(line.substr(word_start))) return false;
  // Hard-wrapped text only breaks a line when the next word would not fit:
  // if it would have fitted within the paragraph's longest line, the break
  // was deliberate (a heading, a list).
  size_t next_word = 0;
  while (next_word < next.size() && !is_ascii_space(next[next_word])) ++next_word;
  if (code_points(line) + 1 + code_points(next.substr(0, next_word)) <= lines.longest) {
    return true;
  }
  // A heading as long as the text after it: capitals, or title case when the
  // paragraph is a heading and one line. With more lines a title-case line
  // is as likely a wrapped run of names ("Robert F. Furchgott, Louis J.
  // Ignarro and Ferid Murad of the United\nStates ...").
  const TitleCase title = title_case(line);
  return title == TitleCase::kCapitals ||
         (title == TitleCase::kTitle && line_starts_sentence && lines.count == 2);
}

}  // namespace chorus::text

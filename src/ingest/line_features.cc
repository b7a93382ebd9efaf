#include "ingest/line_features.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <vector>

#include "ingest/cue_phrases.h"
#include "ingest/dateline.h"
#include "text/ascii.h"
#include "text/stopwords.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

using text::ascii_lower;
using text::is_ascii_alnum;
using text::is_ascii_digit;
using text::is_ascii_space;

// The code point at `i`; a malformed byte decodes as itself (Document text
// is valid UTF-8, but these helpers are public and must not misread).
uint32_t code_point_at(std::string_view s, size_t i) {
  const text::Utf8Step step = text::decode_utf8(s, i);
  return step.valid ? static_cast<uint32_t>(step.code_point) : static_cast<unsigned char>(s[i]);
}

// Letter case by Unicode properties (ICU), with an ASCII fast path. Title-
// case letters (as in "ǅ") count as upper; letters without case (CJK,
// Arabic) are kUncased; everything else is not a letter.
LetterCase case_of(uint32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return LetterCase::kUpper;
    if (cp >= 'a' && cp <= 'z') return LetterCase::kLower;
    return LetterCase::kNotLetter;
  }
  const auto c = static_cast<UChar32>(cp);
  if (!u_isalpha(c)) return LetterCase::kNotLetter;
  if (u_isupper(c) || u_istitle(c)) return LetterCase::kUpper;
  if (u_islower(c)) return LetterCase::kLower;
  return LetterCase::kUncased;
}

bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
bool is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_quote(uint32_t cp) {
  return cp == '"' || cp == '\'' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB || cp == 0xBB;
}
bool is_dash(uint32_t cp) { return cp == '-' || (cp >= 0x2012 && cp <= 0x2015); }
bool is_closer(uint32_t cp) { return is_quote(cp) || cp == ')' || cp == ']' || cp == '*'; }

size_t previous_code_point(std::string_view s, size_t end) { return text::previous_utf8_start(s, end); }

Terminal terminal_of(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && is_closer(code_point_at(line, previous_code_point(line, end))))
    end = previous_code_point(line, end);
  if (end == 0) return Terminal::kNone;
  const uint32_t last = code_point_at(line, previous_code_point(line, end));
  if (last == 0x2026) return Terminal::kEllipsis;
  if (last == '.') {
    return end >= 2 && line[end - 2] == '.' ? Terminal::kEllipsis : Terminal::kPeriod;
  }
  if (last == '?') return Terminal::kQuestion;
  if (last == '!') return Terminal::kExclamation;
  if (last == ':') return Terminal::kColon;
  return Terminal::kNone;
}

// Leading list numbering (see LineFeatures::number). Returns where the words
// of the line start: after the digits when they are glued to a title.
size_t scan_number(std::string_view line, uint32_t base, LineFeatures& f) {
  size_t n = 0;
  while (n < line.size() && is_ascii_digit(line[n])) ++n;
  if (n == 0 || n > 3) return 0;
  const size_t rest = n;
  const bool at_end = rest == line.size();
  const char next = at_end ? '\0' : line[rest];
  if (next == ',' || (next == '.' && rest + 1 < line.size() && is_ascii_digit(line[rest + 1])))
    return 0;  // a figure such as "1,960" or "3.5", not a list number
  f.number = Span{base, base + uint32_t(n)};
  if (at_end || ((next == '.' || next == ')') && rest + 1 == line.size())) {
    f.bare_number = true;
  } else if ((next == '.' || next == ')') && is_ascii_space(line[rest + 1])) {
    f.number_marked = true;
  } else if (letter_case_at(line, rest) == LetterCase::kUpper) {
    const size_t second = rest + code_point_length(line, rest);
    if (second < line.size() && letter_case_at(line, second) == LetterCase::kLower) {
      f.number_glued = true;
      return rest;
    }
  }
  return 0;
}

// Counts words, stop words, capitalized content words and lowercase runs.
void scan_words(std::string_view line, size_t from, LineFeatures& f) {
  uint32_t run = 0;
  bool first = true;
  size_t i = from;
  std::string folded;
  while (i < line.size()) {
    const LetterCase c = letter_case_at(line, i);
    if (c == LetterCase::kNotLetter && !is_ascii_digit(line[i])) {
      i += code_point_length(line, i);
      continue;
    }
    // One word: word characters, with apostrophes, hyphens, and "," or "."
    // between digits, joining them.
    const LetterCase first_case = c;
    bool has_letter = false;
    folded.clear();
    while (i < line.size()) {
      const uint32_t cp = code_point_at(line, i);
      const size_t len = code_point_length(line, i);
      const bool digit = cp < 0x80 && is_ascii_digit(char(cp));
      const bool word_char = digit || case_of(cp) != LetterCase::kNotLetter;
      if (word_char) {
        has_letter = has_letter || !digit;
        if (cp < 0x80) {
          folded += ascii_lower(char(cp));
        } else {
          folded.append(line.substr(i, len));
        }
        i += len;
        continue;
      }
      const bool joiner = is_apostrophe(cp) || is_hyphen(cp) ||
                          ((cp == ',' || cp == '.') && !folded.empty() &&
                           is_ascii_digit(folded.back()));
      const size_t after = i + len;
      if (joiner && after < line.size() &&
          (letter_case_at(line, after) != LetterCase::kNotLetter || is_ascii_digit(line[after]))) {
        folded += is_apostrophe(cp) ? '\'' : char(cp < 0x80 ? cp : '-');
        i = after;
        continue;
      }
      break;
    }
    ++f.words;
    const bool stop = has_letter && text::is_stopword(folded);
    if (stop) ++f.stop_words;
    if (has_letter && !stop) {
      ++f.content_words;
      if (first_case == LetterCase::kUpper) ++f.title_words;
    }
    if (first) {
      f.starts_upper = first_case == LetterCase::kUpper;
      f.starts_lower = first_case == LetterCase::kLower;
      first = false;
    }
    run = first_case == LetterCase::kLower ? run + 1 : 0;
    if (run > f.lowercase_run) f.lowercase_run = run;
  }
}

bool is_word_byte(std::string_view s, size_t i) {
  return is_ascii_alnum(s[i]) || s[i] == '_';
}

// Links, handles and hashtags, found in the ASCII-lowercased line.
void scan_links(std::string_view lower, LineFeatures& f) {
  constexpr size_t npos = std::string_view::npos;
  static const std::array<std::string_view, 11> social = {
      "t.co/", "pic.twitter.com", "twitter.com/", "x.com/", "instagram.com/", "facebook.com/",
      "fb.watch/", "youtube.com/", "youtu.be/", "tiktok.com/", "t.me/"};
  for (std::string_view scheme : {std::string_view("http://"), std::string_view("https://")})
    for (size_t at = lower.find(scheme); at != npos; at = lower.find(scheme, at + 1)) ++f.urls;
  for (size_t at = lower.find("www."); at != npos; at = lower.find("www.", at + 1))
    if (at < 2 || lower.substr(at - 2, 2) != "//") ++f.urls;
  for (std::string_view domain : social) {
    for (size_t at = lower.find(domain); at != npos; at = lower.find(domain, at + 1)) {
      if (at > 0 && (is_word_byte(lower, at - 1) || lower[at - 1] == '.')) continue;
      ++f.social_urls;
      if (at < 2 || lower.substr(at - 2, 2) != "//") ++f.urls;  // a bare link
    }
  }
  for (size_t i = 0; i + 1 < lower.size(); ++i) {
    if (lower[i] != '@' && lower[i] != '#') continue;
    const bool boundary = i == 0 || is_ascii_space(lower[i - 1]) || lower[i - 1] == '(' ||
                          lower[i - 1] == '"' || static_cast<unsigned char>(lower[i - 1]) >= 0x80;
    if (!boundary) continue;
    if (lower[i] == '@' && is_word_byte(lower, i + 1)) ++f.handles;
    if (lower[i] == '#' && letter_case_at(lower, i + 1) != LetterCase::kNotLetter) ++f.hashtags;
  }
}

// Menu and breadcrumb separators between items: " | ", " > ", " / ", " » ",
// " › ", " • ".
uint32_t count_separators(std::string_view lower) {
  static const std::array<std::string_view, 6> separators = {
      " | ", " > ", " / ", " \xC2\xBB ", " \xE2\x80\xBA ", " \xE2\x80\xA2 "};
  uint32_t count = 0;
  for (std::string_view sep : separators)
    for (size_t at = lower.find(sep); at != std::string_view::npos; at = lower.find(sep, at + 1))
      ++count;
  return count;
}

}  // namespace

std::string fold_for_cues(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    const size_t len = code_point_length(line, i);
    const uint32_t cp = code_point_at(line, i);
    if (is_ascii_space(line[i])) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (cp == 0x2019 || cp == 0x2018) {
      out += '\'';
    } else {
      for (size_t k = 0; k < len; ++k) out += ascii_lower(line[i + k]);
    }
    i += len;
  }
  return out;
}

size_t code_point_length(std::string_view s, size_t i) { return text::decode_utf8(s, i).length; }

LetterCase letter_case_at(std::string_view s, size_t i) { return case_of(code_point_at(s, i)); }

Span trim_span(std::string_view text, Span span) {
  const auto is_blank_at = [&](size_t i) {
    if (is_ascii_space(text[i])) return 1u;
    const uint32_t cp = code_point_at(text, i);
    return (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF) ? uint32_t(code_point_length(text, i)) : 0u;
  };
  while (span.begin < span.end) {
    const uint32_t n = is_blank_at(span.begin);
    if (n == 0) break;
    span.begin += n;
  }
  while (span.end > span.begin) {
    const size_t p = previous_code_point(text, span.end);
    if (p < span.begin || is_blank_at(p) == 0) break;
    span.end = uint32_t(p);
  }
  return span;
}

bool LineFeatures::ends_sentence() const {
  return terminal == Terminal::kPeriod || terminal == Terminal::kQuestion ||
         terminal == Terminal::kExclamation || (terminal == Terminal::kEllipsis && words > 6);
}

namespace {

// A caption ends with who took the picture, in brackets: "(Photo: Name)",
// "(AP Photo/Name)", "(Name/Getty Images)", "(Courtesy of ...)".
bool has_credit_tail(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '.')) line.remove_suffix(1);
  if (!line.ends_with(')')) return false;
  const auto open = line.rfind('(');
  if (open == std::string_view::npos || line.size() - open > 160) return false;
  const std::string tail = fold_for_cues(line.substr(open));
  for (const std::string_view credit : {"photo", "image", "picture", "credit", "getty", "courtesy", "via ap",
                                        "/ap", "afp", "reuters/", "shutterstock", "epa"}) {
    if (tail.find(credit) != std::string::npos) return true;
  }
  return false;
}

// A teaser cut off by the page: an ellipsis right after a letter or a digit
// ("members...", "Canada'..."), ending the line; a quotation that trails off
// closes its quote after it, and a writer's pause has a space before it.
bool is_truncated(std::string_view line) {
  std::size_t cut = 0;
  if (line.ends_with("...")) cut = 3;
  else if (line.ends_with("\xE2\x80\xA6")) cut = 3;  // …
  if (cut == 0 || line.size() <= cut) return false;
  const char before = line[line.size() - cut - 1];
  return before != '.' && before != ' ' && before != '"' && before != ')';
}

// "Label: value" with a label of one to four words and a value after it,
// the whole at most 15 words and no link; the label in capitals (a memo's
// "FROM:") or the value holding a figure ("Tax rise: 4.1 percent"). A
// teaser's "Explainer: why the tunnel matters" is neither.
bool is_label_value(std::string_view line, const LineFeatures& f) {
  if (f.words < 2 || f.words > 15 || f.urls > 0) return false;
  const auto colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon + 2 >= line.size()) return false;
  const std::string_view label = line.substr(0, colon);
  const std::string_view value = line.substr(colon + 2);
  if (std::count(label.begin(), label.end(), ' ') >= 4) return false;
  const bool capitals = std::none_of(label.begin(), label.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                        std::any_of(label.begin(), label.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool figure = std::any_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  return capitals || figure;
}

}  // namespace

LineFeatures compute_line_features(std::string_view text, Span span) {
  LineFeatures f;
  f.span = trim_span(text, span);
  const std::string_view line = f.span.of(text);
  if (line.empty()) return f;
  // Furniture lines are short; past the first kilobyte a line is article
  // prose whatever it contains, so only its head is measured (word counts
  // then stop near 170 words, far above every threshold that uses them).
  // This keeps one-line articles of 30 KB cheap.
  const std::string_view head = text::utf8_prefix(line, 1024);
  const uint32_t first = code_point_at(line, 0);
  f.starts_quote = is_quote(first);
  f.starts_dash = is_dash(first);
  f.terminal = terminal_of(line);
  scan_words(head, scan_number(head, f.span.begin, f), f);
  bool lower_seen = false;
  uint32_t upper = 0;
  for (size_t i = 0; i < head.size(); i += code_point_length(head, i)) {
    const LetterCase c = letter_case_at(head, i);
    lower_seen = lower_seen || c == LetterCase::kLower;
    upper += c == LetterCase::kUpper ? 1 : 0;
  }
  f.all_caps = upper >= 2 && !lower_seen;
  // Notices and labels say what they are early: cue phrases are looked for
  // in the first 600 bytes (a cookie or copyright notice is shorter).
  const std::string lower = fold_for_cues(text::utf8_prefix(head, 600));
  scan_links(lower, f);
  f.has_month_date = has_month_date(head);
  f.clock_time = has_clock_time(head);
  f.separators = count_separators(lower);
  // A table's row: a label, then only figures ("Kessling | 412 | 1,100"), or
  // figures beside words of more than a menu's one ("1 | Kaja Ostrem |
  // Vessia | 3:02.41"; not "1 | 2 | 3 | Next").
  if (f.separators > 0) {
    uint32_t cells = 0, word_cell_words = 0;
    bool label = false;
    for (std::size_t from = 0; from <= lower.size(); ++cells) {
      std::size_t to = lower.find(" | ", from);
      if (to == std::string::npos) to = lower.size();
      const std::string_view item = std::string_view(lower).substr(from, to - from);
      const bool figure = std::any_of(item.begin(), item.end(), is_ascii_digit);
      f.figure_cells += figure;
      if (!figure && !item.empty()) word_cell_words += static_cast<uint32_t>(std::count(item.begin(), item.end(), ' ') + 1);
      if (cells == 0) label = !figure;
      from = to + 3;
    }
    const bool labelled = label && cells >= 2 && f.figure_cells + 1 == cells;
    const bool mixed = cells >= 3 && f.figure_cells >= 2 && word_cell_words >= 2;
    f.table_row = (labelled || mixed) && f.urls == 0;
  }
  // "By Name, Role | Updated 7:12 a.m." ends in a period without being a sentence.
  f.byline = lower.starts_with("by ") && line.size() > 3 &&
             letter_case_at(line, 3) == LetterCase::kUpper && f.words <= 12 &&
             (!f.ends_sentence() || f.clock_time || f.separators > 0);
  f.cues = find_cues(lower);
  f.credit_tail = has_credit_tail(line);
  f.truncated = is_truncated(line);
  // A table's row of figures states facts as a label and its value do.
  f.label_value = is_label_value(head, f) || f.table_row;
  return f;
}

namespace {

// Hard-wrapped prose (see layout_lines): a block [a, b] of >= 3 adjacent
// lines, 70% of them at least 70% of `width`, a wrap column of 30-130
// bytes, and a third of the breaks before a lowercase word.
bool is_wrapped_block(const std::vector<LineFeatures>& f, size_t a, size_t b, uint32_t width) {
  if (b - a < 2 || width < 30 || width > 130) return false;
  size_t full = 0, lower_next = 0;
  for (size_t i = a; i < b; ++i) {
    full += f[i].span.size() * 10 >= width * 7 ? 1 : 0;
    lower_next += f[i + 1].starts_lower ? 1 : 0;
  }
  return full * 10 >= (b - a) * 7 && lower_next * 3 >= (b - a);
}

}  // namespace

LineLayout layout_lines(std::string_view text) {
  LineLayout layout;
  std::vector<bool> indented;
  for (size_t begin = 0; begin <= text.size();) {
    const size_t end = std::min(text.find('\n', begin), text.size());
    const Span raw{uint32_t(begin), uint32_t(end)};
    const Span trimmed = trim_span(text, raw);
    if (!trimmed.empty()) {
      layout.lines.push_back(trimmed);
      indented.push_back(trimmed.begin > raw.begin);
    }
    begin = end + 1;
  }
  const std::vector<Span>& lines = layout.lines;
  std::vector<LineFeatures> f;
  f.reserve(lines.size());
  for (const Span& line : lines) f.push_back(compute_line_features(text, line));
  const auto adjacent = [&](size_t i) {  // no blank line between lines i and i + 1
    const std::string_view gap = text.substr(lines[i].end, lines[i + 1].begin - lines[i].end);
    return std::count(gap.begin(), gap.end(), '\n') == 1;
  };
  for (size_t a = 0; a < lines.size();) {
    size_t b = a;
    uint32_t width = f[a].span.size();
    for (; b + 1 < lines.size() && adjacent(b); ++b) width = std::max(width, f[b + 1].span.size());
    const bool wrapped = is_wrapped_block(f, a, b, width);
    for (size_t i = a; i <= b;) {
      size_t j = i;
      for (; j < b; ++j) {
        const LineFeatures& prev = f[j];
        const bool join =
            wrapped ? !(indented[j + 1] && !indented[j]) &&
                          !(prev.ends_sentence() && prev.span.size() * 5 < width * 4)
                    : prev.span.size() >= 30 && !prev.ends_sentence() &&
                          prev.terminal != Terminal::kColon && f[j + 1].starts_lower;
        if (!join) break;
      }
      LogicalLine logical{uint32_t(i), uint32_t(j), f[i]};
      if (j > i) logical.features = compute_line_features(text, Span{lines[i].begin, lines[j].end});
      layout.logical.push_back(std::move(logical));
      i = j + 1;
    }
    a = b + 1;
  }
  return layout;
}

std::string normalized_line_key(std::string_view line) {
  std::string key;
  key.reserve(line.size());
  for (char c : line) {
    if (is_ascii_space(c)) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else if (is_ascii_digit(c)) {
      if (key.empty() || key.back() != '0') key += '0';
    } else {
      key += ascii_lower(c);
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace chorus::ingest

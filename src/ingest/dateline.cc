#include "ingest/dateline.h"

#include <array>

#include "ingest/line_features.h"
#include "text/ascii.h"

namespace chorus::ingest {
namespace {

// The longest dateline accepted, in bytes; real ones are far shorter, and the
// cap keeps a capitalized opening sentence from being parsed as one.
constexpr size_t kMaxDatelineBytes = 120;

using text::ascii_lower;
using text::is_ascii_alnum;
using text::is_ascii_digit;

// A cursor over the line with the small matchers the grammar needs. Every
// matcher either consumes its element and returns true, or leaves `pos`.
struct Cursor {
  std::string_view s;
  size_t pos = 0;

  bool done() const { return pos >= s.size(); }
  bool upper() const { return !done() && letter_case_at(s, pos) == LetterCase::kUpper; }
  bool lower() const { return !done() && letter_case_at(s, pos) == LetterCase::kLower; }
  bool eat(std::string_view lit) {
    if (s.substr(pos).starts_with(lit)) { pos += lit.size(); return true; }
    return false;
  }
  size_t spaces() {
    const size_t from = pos;
    while (!done() && s[pos] == ' ') ++pos;
    return pos - from;
  }

  // A word of capital letters (and . ' - inside, as in "ST." or "N'DJAMENA").
  bool caps_word() {
    size_t i = pos;
    size_t letters = 0;
    while (i < s.size()) {
      const LetterCase c = letter_case_at(s, i);
      if (c == LetterCase::kUpper) ++letters;
      else if (c == LetterCase::kLower || c == LetterCase::kUncased) return false;
      else if (!(s[i] == '.' || s[i] == '\'' || s[i] == '-') || letters == 0) break;
      else if (s[i] == '-' && (i + 1 >= s.size() || letter_case_at(s, i + 1) != LetterCase::kUpper))
        break;
      i += code_point_length(s, i);
    }
    if (letters == 0) return false;
    pos = i;
    return true;
  }

  // A capitalized word, possibly an abbreviation ("Calif.", "D.C.").
  bool title_word() {
    if (!upper()) return false;
    size_t i = pos;
    while (i < s.size() && (letter_case_at(s, i) != LetterCase::kNotLetter || s[i] == '.' ||
                            s[i] == '\'' || s[i] == '-'))
      i += code_point_length(s, i);
    pos = i;
    return true;
  }

  bool day() {
    size_t i = pos;
    while (i < s.size() && is_ascii_digit(s[i]) && i - pos < 2) ++i;
    if (i == pos || (i < s.size() && is_ascii_digit(s[i]))) return false;
    pos = i;
    return true;
  }

  // "December 1", "Dec. 1", "December 1, 2020", "1 December".
  bool date() {
    const size_t start = pos;
    if (const size_t month = match_month(s, pos); month != 0) {
      pos += month;
      if (spaces() == 1 && day()) {
        const size_t before_year = pos;
        if (!(eat(", ") && year())) pos = before_year;
        return true;
      }
    } else if (day() && spaces() == 1) {
      const size_t month_bytes = match_month(s, pos);
      if (month_bytes != 0) {
        pos += month_bytes;
        return true;
      }
    }
    pos = start;
    return false;
  }

  bool year() {
    if (s.size() - pos < 4) return false;
    for (size_t k = 0; k < 4; ++k)
      if (!is_ascii_digit(s[pos + k])) return false;
    if (pos + 4 < s.size() && is_ascii_digit(s[pos + 4])) return false;
    pos += 4;
    return true;
  }

  // The agency name between `open` and `close`; its span is returned.
  std::optional<Span> agency(char open, char close) {
    const size_t start = pos;
    // Agencies may be lowercase ("dpa"), so any letter may open the name.
    if (!eat(std::string_view(&open, 1)) || done() ||
        letter_case_at(s, pos) == LetterCase::kNotLetter) {
      pos = start;
      return std::nullopt;
    }
    const size_t name = pos;
    size_t words = 1;
    while (!done() && s[pos] != close && pos - name <= 40) {
      if (s[pos] == ' ') ++words;
      else if (s[pos] == '(' || s[pos] == ')' || s[pos] == '/' || is_ascii_digit(s[pos])) break;
      ++pos;
    }
    if (done() || s[pos] != close || words > 4) { pos = start; return std::nullopt; }
    const Span result{uint32_t(name), uint32_t(pos)};
    ++pos;
    return result;
  }

  // A separator between dateline and body; `strong` excludes "-" and ":".
  bool separator(bool strong) {
    const size_t start = pos;
    spaces();
    for (std::string_view sep : {"--", "_", "\xE2\x80\x94", "\xE2\x80\x93"})
      if (eat(sep)) return true;
    if (!strong && (eat("-") || eat(":"))) return true;
    pos = start;
    return false;
  }
};

Span offset(Span local, uint32_t base) { return Span{local.begin + base, local.end + base}; }

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, Span line) {
  const Span trimmed = trim_span(text, line);
  Cursor c{trimmed.of(text)};
  const uint32_t base = trimmed.begin;
  Dateline result;

  // "July 4 (UPI) --": a date and an agency without a place.
  if (c.date()) {
    result.date = offset(Span{0, uint32_t(c.pos)}, base);
    c.spaces();
    const std::optional<Span> agency = c.agency('(', ')');
    if (!agency || !c.separator(false) || (!c.done() && c.s[c.pos] != ' ')) return std::nullopt;
    result.agency = offset(*agency, base);
    result.span = Span{base, base + uint32_t(c.pos)};
    return result;
  }

  // PLACE: all-capital words, at least two letters in all.
  if (!c.caps_word()) return std::nullopt;
  for (int words = 1; words < 5; ++words) {
    const size_t before = c.pos;
    if (!(c.spaces() == 1 && c.caps_word())) { c.pos = before; break; }
  }
  if (c.pos < 3) return std::nullopt;  // "OK -- ..." is no place
  result.place = offset(Span{0, uint32_t(c.pos)}, base);

  // ", REGION" and ", DATE", in either order, at most three of them.
  for (int parts = 0; parts < 3; ++parts) {
    const size_t before = c.pos;
    if (!c.eat(", ")) break;
    const size_t start = c.pos;
    if (result.date.empty() && c.date()) {
      result.date = offset(Span{uint32_t(start), uint32_t(c.pos)}, base);
      continue;
    }
    if (!c.title_word()) { c.pos = before; break; }
    for (int words = 1; words < 3; ++words) {
      const size_t word = c.pos;
      if (!(c.spaces() == 1 && c.title_word())) { c.pos = word; break; }
    }
  }

  // The agency in parentheses or slashes, optionally after ". " or " ".
  const size_t before_agency = c.pos;
  c.eat(".");
  c.spaces();
  std::optional<Span> agency = c.agency('(', ')');
  bool slashed = false;
  if (!agency) {
    agency = c.agency('/', '/');
    slashed = agency.has_value();
  }
  if (!agency) c.pos = before_agency;

  // The separator: "/NRA/." ends with its period; otherwise a dash or "_".
  bool separated = false;
  if (slashed) {
    separated = c.eat(".") || c.separator(false) || c.done() || c.s[c.pos] == ' ';
  } else if (agency) {
    separated = c.separator(false) || c.done();
  } else {
    separated = c.separator(true);
  }
  if (!separated) return std::nullopt;
  // The body must start after a space (or the line must end here).
  if (!c.done() && c.s[c.pos] != ' ') return std::nullopt;
  if (c.pos > kMaxDatelineBytes) return std::nullopt;
  // A line of capitals and a dash alone ("MARKETS CLOSE -- LIVE") is more
  // likely a headline than a dateline: alone, a dateline needs a date or agency.
  if (c.done() && !agency && result.date.empty()) return std::nullopt;

  if (agency) result.agency = offset(*agency, base);
  result.span = Span{base, base + uint32_t(c.pos)};
  return result;
}

size_t match_month(std::string_view s, size_t i) {
  static const std::array<std::string_view, 12> months = {
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  if (i >= s.size() || s[i] < 'A' || s[i] > 'Z') return 0;
  for (std::string_view month : months) {
    // The full name, "Sept", or the three-letter abbreviation (with a period
    // unless the name is that short anyway, as "May").
    for (const size_t len : {month.size(), size_t(4), size_t(3)}) {
      // Four letters abbreviate only "Sept."; "June" and "July" are full names.
      if (len > month.size() || (len == 4 && month.size() > 4 && month != "September")) continue;
      if (s.size() - i < len) continue;
      bool same = true;
      for (size_t k = 0; k < len && same; ++k)
        same = ascii_lower(s[i + k]) == ascii_lower(month[k]);
      if (!same) continue;
      size_t end = i + len;
      if (len < month.size() && end < s.size() && s[end] == '.') ++end;
      if (end < s.size() && is_ascii_alnum(s[end])) continue;
      return end - i;
    }
  }
  return 0;
}

bool has_month_date(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (i > 0 && is_ascii_alnum(line[i - 1])) continue;
    if (const size_t month = match_month(line, i); month != 0) {
      const size_t k = i + month;
      if (k + 1 < line.size() && line[k] == ' ' && is_ascii_digit(line[k + 1])) return true;
    } else if (is_ascii_digit(line[i])) {
      size_t k = i;
      while (k < line.size() && is_ascii_digit(line[k]) && k - i < 2) ++k;
      if (k + 1 < line.size() && line[k] == ' ' && match_month(line, k + 1) != 0) return true;
    }
  }
  return false;
}

bool has_clock_time(std::string_view line) {
  for (size_t i = 1; i + 2 < line.size(); ++i) {
    if (line[i] != ':' || !is_ascii_digit(line[i - 1])) continue;
    const size_t hour_digits = i >= 2 && is_ascii_digit(line[i - 2]) ? 2 : 1;
    if (i > hour_digits && is_ascii_digit(line[i - hour_digits - 1])) continue;  // "2020:10"
    if (is_ascii_digit(line[i + 1]) && is_ascii_digit(line[i + 2]) &&
        (i + 3 == line.size() || !is_ascii_digit(line[i + 3])))
      return true;
  }
  return false;
}

}  // namespace chorus::ingest

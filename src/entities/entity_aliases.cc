#include "entities/entity_aliases.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace chorus::entities {
namespace {

// The code point at `i` and its length in bytes.
UChar32 code_point_at(std::string_view text, uint32_t i, int32_t& length) {
  int32_t next = static_cast<int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), c);
  length = next - static_cast<int32_t>(i);
  return c;
}

bool is_word_char(std::string_view text, uint32_t i, int32_t& length) {
  const UChar32 c = code_point_at(text, i, length);
  return c > 0 && (u_isalnum(c) || c == '\'' || c == '.' || c == 0x2019);
}

// The end of the word starting at `i` (letters, digits, apostrophes, periods).
uint32_t word_end(std::string_view text, uint32_t i, uint32_t limit) {
  int32_t length = 0;
  while (i < limit && is_word_char(text, i, length)) i += static_cast<uint32_t>(length);
  // A sentence's final period is not part of the last word, but "R.D.C." keeps its own.
  while (i > 0 && text[i - 1] == '.' && !(i >= 3 && text[i - 3] == '.')) --i;
  return i;
}

bool capitalized_at(std::string_view text, uint32_t i) {
  int32_t length = 0;
  const UChar32 c = code_point_at(text, i, length);
  return c > 0 && u_isupper(c);
}

// The letters of an acronym ("R.D.C." -> "RDC"); empty when `word` is not one
// (2-8 capitals, periods allowed, nothing else).
std::string acronym_letters(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') letters += c;
    else if (c != '.' && c != '&') return "";
  }
  return letters.size() >= 2 && letters.size() <= 8 ? letters : "";
}

// Initials of the capitalized words in text[span] (hyphen- or space-separated).
std::string initials(std::string_view text, Span span) {
  std::string out;
  bool start = true;
  for (uint32_t i = span.begin; i < span.end; ++i) {
    const char c = text[i];
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && c >= 'A' && c <= 'Z') out += c;
    start = false;
  }
  return out;
}

// Skips `prefix` at `at` and returns the position after it, or nothing.
std::optional<uint32_t> skip(std::string_view text, uint32_t at, std::string_view prefix) {
  if (text.substr(at).starts_with(prefix)) return at + static_cast<uint32_t>(prefix.size());
  return std::nullopt;
}

}  // namespace

Span capitalized_run(std::string_view text, uint32_t at, uint32_t limit) {
  if (at >= limit || !capitalized_at(text, at)) return {at, at};
  uint32_t end = word_end(text, at, limit);
  while (end + 1 < limit && (text[end] == ' ' || text[end] == '-') && capitalized_at(text, end + 1)) {
    const uint32_t next = word_end(text, end + 1, limit);
    if (next == end + 1) break;
    end = next;
  }
  return {at, end};
}

void capitalized_runs(std::string_view text, Span range, std::vector<Span>& out) {
  uint32_t i = range.begin;
  int32_t length = 0;
  while (i < range.end) {
    if (!is_word_char(text, i, length)) {
      i += static_cast<uint32_t>(std::max(length, 1));
      continue;
    }
    const Span run = capitalized_run(text, i, range.end);
    if (!run.empty()) {
      out.push_back(run);
      i = run.end;
    } else {
      i = std::max(word_end(text, i, range.end), i + 1);
    }
  }
}

std::optional<Acronym> acronym_after(std::string_view text, Span name, uint32_t floor, uint32_t limit) {
  const auto open = skip(text, name.end, " (");
  if (!open) return std::nullopt;
  const size_t close = text.find(')', *open);
  if (close == std::string_view::npos || close >= limit || close - *open > 120) return std::nullopt;
  Span inner{*open, static_cast<uint32_t>(close)};
  // "(NLA; in Norwegian, NOM)", "(NLA, the regulator)": the acronym comes first.
  if (const size_t cut = inner.of(text).find_first_of(";,"); cut != std::string_view::npos)
    inner.end = inner.begin + static_cast<uint32_t>(cut);
  const std::string letters = acronym_letters(inner.of(text));
  if (!letters.empty()) {
    // NAME (ACRONYM): the name's initials, extended left word by word.
    uint32_t begin = name.begin;
    std::string have = initials(text, name);
    while (have.size() < letters.size() && letters.ends_with(have) && begin >= floor + 2 && text[begin - 1] == ' ') {
      uint32_t word = begin - 1;
      while (word > floor && text[word - 1] != ' ') --word;
      if (!capitalized_at(text, word)) break;
      begin = word;
      have = initials(text, Span{begin, name.end});
    }
    if (have == letters) return Acronym{inner, begin};
    return std::nullopt;
  }
  // ACRONYM (NAME): the name inside spells the acronym.
  const std::string mine = acronym_letters(name.of(text));
  if (!mine.empty() && initials(text, inner) == mine && capitalized_run(text, inner.begin, inner.end).end == inner.end)
    return Acronym{inner, name.begin};
  return std::nullopt;
}

std::optional<Span> stated_alias(std::string_view text, Span name, uint32_t limit) {
  // "(Y in Armenian)", "(Y in the local language)", "(also known as Y)".
  if (const auto open = skip(text, name.end, " (")) {
    uint32_t at = *open;
    for (std::string_view lead : {"also known as ", "known as ", "formerly ", "or ", "aka "}) {
      if (const auto after = skip(text, at, lead)) {
        at = *after;
        break;
      }
    }
    const Span alias = capitalized_run(text, at, limit);
    if (!alias.empty()) {
      const size_t close = text.find(')', alias.end);
      const bool closes = text.substr(alias.end).starts_with(")");
      const bool language = text.substr(alias.end).starts_with(" in ") && close != std::string_view::npos &&
                            close < limit && close - alias.end < 40;
      if (closes && at != *open) return alias;  // a lead phrase said it is another name
      if (language) return alias;
    }
  }
  // ", also known as Y", ", the so-called Y", ", or Y,".
  constexpr std::array<std::string_view, 8> kLeads = {
      ", also known as ", ", better known as ", ", formerly known as ", ", known as ",
      ", a.k.a. ",        ", aka ",             ", the so-called ",     ", so-called "};
  for (std::string_view lead : kLeads) {
    if (const auto at = skip(text, name.end, lead)) {
      const Span alias = capitalized_run(text, skip(text, *at, "the ").value_or(*at), limit);
      if (!alias.empty()) return alias;
    }
  }
  if (const auto at = skip(text, name.end, ", or ")) {
    // Not the last item of a list ("A, B, or C,"): nothing like ", " before X.
    const bool listed = name.begin >= 2 && text.substr(name.begin - 2, 2) == ", ";
    const Span alias = capitalized_run(text, *at, limit);
    if (!listed && !alias.empty() && text.substr(alias.end).starts_with(",")) return alias;
  }
  return std::nullopt;
}

bool after_so_called(std::string_view text, uint32_t at) {
  return text.substr(0, at).ends_with("so-called ");
}

}  // namespace chorus::entities

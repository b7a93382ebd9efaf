#include "entities/ner_tokenizer.h"

#include "text/abbreviations.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace chorus::entities {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}

bool is_opening(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '`' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0x201E;
}

bool is_closing(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '.' || c == 0x2026;
}

// Dashes between words without spaces ("said—and") separate tokens.
bool is_dash(char32_t c) { return c == 0x2014 || c == 0x2013; }

// A final period that belongs to the word: initials ("U.S.", "J."), listed
// abbreviations ("Gen.", "Inc."), and words with inner periods ("a.m.").
bool keeps_period(std::string_view word) {
  if (word.size() < 2) return false;
  const std::string_view stem = word.substr(0, word.size() - 1);
  if (stem.find('.') != std::string_view::npos) return true;
  if (stem.size() == 1 && text::is_ascii_alpha(stem[0])) return true;
  return text::is_initials(word) || text::find_abbreviation(word).has_value();
}

// Length in bytes of a clitic ending `word` ("'s", "’s", "n't"), or 0.
size_t clitic_length(std::string_view word) {
  auto ends_with = [&](std::string_view tail) {
    if (word.size() <= tail.size()) return false;
    for (size_t i = 0; i < tail.size(); ++i)
      if (text::ascii_lower(word[word.size() - tail.size() + i]) != tail[i]) return false;
    return true;
  };
  if (ends_with("n't")) return 3;
  if (ends_with("'s")) return 2;
  if (ends_with("\xE2\x80\x99s")) return 4;  // ’s
  return 0;
}

// Splits one whitespace-free chunk [begin, end) into tokens.
void split_chunk(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>& out) {
  // Leading punctuation, one character a token.
  while (begin < end) {
    const auto step = text::decode_utf8(text, begin);
    if (!step.valid || !is_opening(step.code_point) || begin + step.length >= end) break;
    out.push_back({begin, begin + step.length});
    begin += step.length;
  }
  // Trailing punctuation, collected from the end.
  std::vector<Span> trailing;
  while (end > begin) {
    const auto start = static_cast<uint32_t>(text::previous_utf8_start(text, end));
    if (start <= begin) break;
    const auto step = text::decode_utf8(text, start);
    if (!step.valid || !is_closing(step.code_point)) break;
    if (step.code_point == '.' && keeps_period(text.substr(begin, end - begin))) break;
    trailing.push_back({start, end});
    end = start;
  }
  // Dashes inside the word.
  uint32_t word_begin = begin;
  for (uint32_t i = begin; i < end;) {
    const auto step = text::decode_utf8(text, i);
    if (step.valid && is_dash(step.code_point)) {
      if (i > word_begin) out.push_back({word_begin, i});
      out.push_back({i, i + step.length});
      word_begin = i + step.length;
    }
    i += step.length;
  }
  if (end > word_begin) {
    const auto clitic = static_cast<uint32_t>(clitic_length(text.substr(word_begin, end - word_begin)));
    if (clitic > 0) {
      out.push_back({word_begin, end - clitic});
      out.push_back({end - clitic, end});
    } else {
      out.push_back({word_begin, end});
    }
  }
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) out.push_back(*it);
}

}  // namespace

void ner_tokenize(std::string_view text, Span range, std::vector<Span>& out) {
  uint32_t i = range.begin;
  while (i < range.end) {
    auto step = text::decode_utf8(text, i);
    if (step.valid && is_space(step.code_point)) {
      i += step.length;
      continue;
    }
    const uint32_t start = i;
    while (i < range.end) {
      step = text::decode_utf8(text, i);
      if (step.valid && is_space(step.code_point)) break;
      i += step.length;
    }
    if (i > range.end) i = range.end;
    split_chunk(text, start, i, out);
  }
}

}  // namespace chorus::entities

#include "figures/quantity_numbers.h"

#include <algorithm>
#include <cmath>

namespace chorus::figures {
namespace {

using text::is_ascii_digit;

// One significant digit and at least 100 ("2,000", "300"): news rounds these.
bool is_round(double value) {
  if (value < 100 || value != std::floor(value)) return false;
  while (std::fmod(value, 10.0) == 0) value /= 10;
  return value < 10;
}

Number parse_numeral(const Scan& s, uint32_t i) {
  Number n;
  const std::string_view token = s.doc.at(s.tok(i).span);
  size_t digits = 0;
  while (digits < token.size() && is_ascii_digit(token[digits])) ++digits;
  if (digits == 0 || digits > 15) return n;
  n.ok = true;
  n.first = n.last = i;
  for (size_t k = 0; k < digits; ++k) n.value = n.value * 10 + (token[k] - '0');
  n.suffix = token.substr(digits);
  bool grouped = false;
  if (n.suffix.empty() && digits <= 3) {  // thousands separators: "2,940", "14,000,000"
    while (n.last + 1 < s.end && s.gap(n.last + 1) == "," && s.tok(n.last + 1).span.size() == 3 &&
           s.tok(n.last + 1).kind == TokenKind::kNumber) {
      ++n.last;
      const std::string_view group = s.doc.at(s.tok(n.last).span);
      n.value = n.value * 1000 + (group[0] - '0') * 100 + (group[1] - '0') * 10 + (group[2] - '0');
      grouped = true;
    }
  }
  if (n.suffix.empty() && n.last + 1 < s.end && s.gap(n.last + 1) == "." && digit_led(s, n.last + 1)) {
    const std::string_view fraction = s.doc.at(s.tok(n.last + 1).span);
    double scale = 0.1;
    size_t k = 0;
    for (; k < fraction.size() && is_ascii_digit(fraction[k]); ++k, scale /= 10) n.value += (fraction[k] - '0') * scale;
    n.suffix = fraction.substr(k);
    n.decimal = true;
    ++n.last;
  }
  n.year_like = !grouped && !n.decimal && digits == 4 && n.value >= 1800 && n.value <= 2100;
  n.round = !n.decimal && is_round(n.value);
  return n;
}

// "two thousand", "twenty-five", "a dozen", "one hundred and fifty".
Number parse_words(const Scan& s, uint32_t i) {
  Number n;
  double total = 0, current = 0, last_scale = 0;
  bool any = false;
  uint32_t k = i;
  for (; k < s.end; ++k) {
    if (k > i && !(s.spaced(k) || s.gap(k) == "-")) break;
    const WordClass& c = s.cls(k);
    if (c.kind == WordClass::kNumberWord) {
      current += c.value;
      any = true;
    } else if (c.kind == WordClass::kArticle && k == i && k + 1 < s.end &&
               s.cls(k + 1).kind == WordClass::kScale) {
      current = 1;
      any = true;
    } else if (c.kind == WordClass::kScale && any) {
      if (c.value < 1000) {
        current = std::max(current, 1.0) * c.value;
      } else {
        total += std::max(current, 1.0) * c.value;
        current = 0;
      }
      last_scale = std::max(last_scale, c.value);
    } else if (s.folded(k) == "and" && last_scale >= 100 && k + 1 < s.end &&
               s.cls(k + 1).kind == WordClass::kNumberWord) {
      continue;
    } else {
      break;
    }
    n.last = k;
  }
  if (!any) return n;
  n.ok = true;
  n.first = i;
  n.value = total + current;
  n.round = last_scale >= 100;
  return n;
}

// "hundreds of", "tens of thousands of", "several hundred".
Number parse_vague(const Scan& s, uint32_t i) {
  Number n;
  double scale = s.cls(i).value;
  uint32_t k = i;
  if (s.folded(i) == "several") {
    if (i + 1 >= s.end || s.cls(i + 1).kind != WordClass::kScale || s.cls(i + 1).value < 100) return n;
    k = i + 1;
    scale = s.cls(k).value;
    n.low = 3 * scale, n.high = 9 * scale;
  } else {
    if (k + 2 < s.end && s.folded(k + 1) == "of" && s.cls(k + 2).kind == WordClass::kVaguePlural &&
        s.cls(k + 2).value > scale) {
      scale *= s.cls(k + 2).value;
      k += 2;
    }
    if (k + 1 >= s.end || s.folded(k + 1) != "of") return n;
    n.low = 2 * scale, n.high = 10 * scale - 1;
  }
  n.ok = n.vague = n.round = true;
  n.first = i;
  n.last = k;
  n.value = n.low;
  return n;
}

}  // namespace

Number parse_at(const Scan& s, uint32_t i) {
  if (digit_led(s, i)) {
    Number n = parse_numeral(s, i);
    if (!n.ok) return n;
    // Ordinals and decades ("25th", "1990s") are not amounts.
    const std::string_view suffix = n.suffix;
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix == "s") {
      n.excluded = true;
      return n;
    }
    // A scale word after the digits: "1.5 million", "340 million".
    if (n.last + 1 < s.end && s.spaced(n.last + 1) && s.cls(n.last + 1).kind == WordClass::kScale &&
        s.cls(n.last + 1).value >= 100 && suffix.empty()) {
      ++n.last;
      n.scale = s.cls(n.last).value;
      n.value *= n.scale;
      n.round = true;
      n.year_like = false;
    }
    return n;
  }
  const WordClass& c = s.cls(i);
  // "half a million"
  if (s.folded(i) == "half" && i + 2 < s.end && s.cls(i + 1).kind == WordClass::kArticle &&
      s.cls(i + 2).kind == WordClass::kScale && s.cls(i + 2).value >= 1000 && s.spaced(i + 1) && s.spaced(i + 2)) {
    Number n;
    n.ok = n.round = true;
    n.first = i;
    n.last = i + 2;
    n.value = s.cls(i + 2).value / 2;
    return n;
  }
  if (c.kind == WordClass::kVaguePlural || s.folded(i) == "several") return parse_vague(s, i);
  if (c.kind == WordClass::kNumberWord || c.kind == WordClass::kArticle) return parse_words(s, i);
  return {};
}


}  // namespace chorus::figures

#include "figures/quantity_scanner.h"

#include <cmath>
#include <limits>

#include "figures/quantity_numbers.h"
#include "text/ascii.h"

namespace chorus::figures {
namespace {

// The unit after a number ending at token `last`: its index into units()
// and the last token (or byte) it covers.
struct UnitMatch {
  int unit = -1;
  uint32_t last = 0;      // last token of the unit (== number's last when glued or '%')
  uint32_t end_byte = 0;  // where the quantity's text ends
};

UnitMatch match_unit(const Scan& s, const Number& n, bool money) {
  UnitMatch m;
  m.last = n.last;
  m.end_byte = s.tok(n.last).span.end;
  const std::string_view after = s.after(n.last);
  if (!after.empty() && after[0] == '%') {
    m.unit = unit_index("percent");
    m.end_byte += 1;
    return m;
  }
  if (!n.suffix.empty()) {  // "5km", "18MW", "$5m", "2bn"
    std::string lower;
    for (char c : n.suffix) lower += text::ascii_lower(c);
    if (lower == "m" && !money) m.unit = unit_index("m");
    else if (lower == "pc") m.unit = unit_index("percent");
    else m.unit = classify_word(lower).unit;
    return m;
  }
  const uint32_t k = n.last + 1;
  if (k >= s.end || !(s.spaced(k) || s.gap(k) == "-")) return m;
  const std::string_view word = s.folded(k);
  auto take = [&](int unit, uint32_t last) {
    m.unit = unit;
    m.last = last;
    m.end_byte = s.tok(last).span.end;
  };
  if (word == "per" && k + 1 < s.end && s.folded(k + 1) == "cent") return take(unit_index("percent"), k + 1), m;
  if (word == "percentage" && k + 1 < s.end && s.folded(k + 1) == "points") return take(unit_index("points"), k + 1), m;
  if ((word == "square" || word == "sq" || word == "cubic") && k + 1 < s.end && s.spaced(k + 1)) {
    const int length = s.cls(k + 1).unit;
    if (length >= 0 && units()[length].dimension == Dimension::kLength) {
      const std::string_view name = units()[length].name;
      if (word == "cubic") return take(unit_index("m3"), k + 1), m;
      return take(unit_index(name == "km" ? "km2" : "m2"), k + 1), m;
    }
    return m;
  }
  const int unit = s.cls(k).unit;
  if (unit < 0) return m;
  if (units()[unit].name == "km" && k + 1 < s.end && s.gap(k + 1) == "/" && s.folded(k + 1) == "h") {
    return take(unit_index("km/h"), k + 1), m;
  }
  take(unit, k);
  return m;
}

// Clock times, dates, years, numbered names, phone numbers and numbers in
// links are not figures.
bool excluded(const Scan& s, const Number& n, bool has_unit) {
  if (n.excluded) return true;
  if (n.vague) return false;
  const std::string_view before = s.gap(n.first);
  const std::string_view after = s.after(n.last);
  for (char c : before) {
    if (c == '/' || c == '#' || c == '@' || c == ':') return true;
  }
  if (!after.empty() && (after[0] == ':' || after[0] == '/')) return true;
  if (has_unit) return false;
  if (n.year_like) return true;
  const uint32_t next = n.last + 1;
  if (next < s.end) {
    const std::string_view word = s.folded(next);
    if (word == "am" || word == "pm" || word == "gmt" || word == "utc") return true;
    if ((word == "a" || word == "p") && next + 1 < s.end && s.folded(next + 1) == "m") return true;
  }
  const bool day_like = n.value >= 1 && n.value <= 31 && n.value == std::floor(n.value) && !n.decimal;
  if (day_like && n.first > s.begin && s.cls(n.first - 1).month) return true;
  if (day_like && next < s.end && (s.cls(next).month ||
                                   (s.folded(next) == "of" && next + 1 < s.end && s.cls(next + 1).month))) {
    return true;
  }
  // "Flight 17", "COVID-19", "Boeing 737": a number right after a capitalized
  // word that is not the sentence's first (or is an acronym).
  if (n.first > s.begin && digit_led(s, n.first) && (before == " " || before == "-")) {
    const uint32_t p = n.first - 1;
    const std::string_view word = s.doc.at(s.tok(p).span);
    const bool capital = text::is_ascii_upper(word[0]);
    const bool acronym = word.size() > 1 && text::is_ascii_upper(word[1]);
    if (capital && !s.tok(p).stop && !s.cls(p).month && (p > s.begin || acronym)) return true;
  }
  // Phone numbers and codes: three or more digit groups joined by '-' or '.'.
  if (digit_led(s, n.first) && next < s.end && digit_led(s, next) && (s.gap(next) == "-") &&
      next + 1 < s.end && s.gap(next + 1) == "-" && digit_led(s, next + 1)) {
    return true;
  }
  return false;
}

// An approximator ending right before token `first`: the tokens it spans.
ApproximatorMatch approximator_before(const Scan& s, uint32_t first) {
  std::string_view words[3];
  int count = 0;
  for (uint32_t k = first; k > s.begin && count < 3; --k) {
    const std::string_view gap = s.gap(k);
    // Only white space between the words (a currency sign right before the number).
    const bool ok = gap == " " || (k == first && currency_symbol(gap) >= 0 && gap.size() <= 4 &&
                                   gap.front() == ' ');
    if (!ok) break;
    ++count;
    words[3 - count] = s.folded(k - 1);
  }
  return match_approximator(words + (3 - count), count);
}

}  // namespace

void find_quantities(const Document& doc, const Lexicon& lexicon, const QuantityWords& words,
                     const QuantityOptions& options, std::vector<Quantity>& out) {
  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    const Scan s{doc, lexicon, words, sentence.token_begin, sentence.token_end, sentence.span};
    for (uint32_t i = s.begin; i < s.end;) {
      Number n = parse_at(s, i);
      if (!n.ok) {
        ++i;
        continue;
      }
      bool in_dateline = false;
      for (const Dateline& dateline : doc.datelines) in_dateline |= dateline.span.contains(s.tok(i).span);
      const int currency = currency_symbol(s.gap(n.first));
      // A range: "15 to 20", "15-20", "between 15 and 20" (not "from 15 to 20", a change).
      const ApproximatorMatch approx_words = approximator_before(s, n.first);
      const bool between = n.first > s.begin && s.folded(n.first - 1) == "between";
      const bool from = n.first > s.begin && s.folded(n.first - 1) == "from";
      Number upper;
      if (!n.vague && !from && n.last + 1 < s.end) {
        const uint32_t k = n.last + 1;
        const std::string_view gap = s.gap(k);
        uint32_t at = 0;
        if ((s.folded(k) == "to" && s.spaced(k)) || (between && s.folded(k) == "and" && s.spaced(k))) at = k + 1;
        else if (gap == "-" || gap == "\u2013" || gap == " \u2013 " || gap == " - ") at = k;
        if (at > 0 && at < s.end) {
          upper = parse_at(s, at);
          if (!upper.ok || upper.excluded || upper.vague || upper.value <= n.value || upper.year_like != n.year_like) {
            upper = Number{};
          }
        }
      }
      // "15 to 20 million": the scale word of the upper end applies to both.
      if (upper.ok && upper.scale > 1 && n.scale == 1 && n.value * upper.scale <= upper.value) {
        n.value *= upper.scale;
      }
      const Number& last = upper.ok ? upper : n;
      UnitMatch unit = match_unit(s, last, currency >= 0);
      if (unit.unit < 0 && currency >= 0) unit.unit = currency;
      if (currency >= 0 && !n.suffix.empty()) {  // "$5m", "$2bn": the suffix is a scale
        const char c = text::ascii_lower(n.suffix[0]);
        const double scale = c == 'm' ? 1e6 : c == 'b' ? 1e9 : c == 'k' ? 1e3 : 1;
        n.value *= scale;
        n.round = true;
        // "$2bn-5": the scale made the first end the larger; no range to read.
        if (upper.ok && upper.value <= n.value) {
          i = last.last + 1;
          continue;
        }
      }
      const bool has_unit = unit.unit >= 0;
      // "over six years", "under two hours": during, not "more than".
      ApproximatorMatch approx = approx_words;
      if (has_unit && units()[unit.unit].dimension == Dimension::kDuration && approx.tokens == 1 &&
          (s.folded(n.first - 1) == "over" || s.folded(n.first - 1) == "under")) {
        approx = ApproximatorMatch{};
      }
      if (in_dateline || excluded(s, n, has_unit) || (upper.ok && excluded(s, upper, has_unit))) {
        i = last.last + 1;
        continue;
      }
      // "one" alone is a pronoun far more often than a figure ("one of the",
      // "one-time payments").
      if (n.first == n.last && !digit_led(s, n.first) && n.value <= 1) {
        ++i;
        continue;
      }
      // "35 minutes later", "28 years after": a point in time, not an amount;
      // "a 28-year-old farmer": an age.
      if (has_unit && units()[unit.unit].dimension == Dimension::kDuration && unit.last + 1 < s.end) {
        const std::string_view next = s.folded(unit.last + 1);
        if (next == "ago" || next == "later" || next == "earlier" || next == "after" || next == "before" ||
            (next == "old" && s.gap(unit.last + 1) == "-")) {
          i = unit.last + 1;
          continue;
        }
      }
      Quantity q;
      q.sentence = si;
      q.token = n.first;
      const uint32_t first_token = approx.tokens > 0              ? n.first - approx.tokens
                                   : between && upper.ok ? n.first - 1
                                                         : n.first;
      uint32_t start = s.tok(first_token).span.begin;
      if (currency >= 0 && first_token == n.first) {  // include the sign: "$5 million"
        const std::string_view gap = s.gap(n.first);
        size_t sign = gap.size();
        while (sign > 0 && gap[sign - 1] == ' ') --sign;
        while (sign > 0 && gap[sign - 1] != ' ') --sign;
        start = s.tok(n.first).span.begin - static_cast<uint32_t>(gap.size() - sign);
      }
      q.span = Span{start, unit.end_byte};
      if (has_unit) {
        const UnitInfo& info = units()[unit.unit];
        q.dimension = info.dimension;
        q.unit = info.name;
        q.to_base = info.to_base;
      }
      q.round = n.round;
      q.value = n.value;
      if (upper.ok) {
        q.approximation = Approximation::kRange;
        q.low = n.value, q.high = upper.value;
        q.value = (n.value + upper.value) / 2;
        q.round = n.round && upper.round;
      } else if (n.vague) {
        q.approximation = Approximation::kVague;
        q.low = n.low, q.high = n.high;
      } else {
        q.approximation = approx.approximation;
        const double v = n.value;
        switch (approx.approximation) {
          case Approximation::kAbout: q.low = v * (1 - options.about_tolerance), q.high = v * (1 + options.about_tolerance); break;
          case Approximation::kNearly: q.low = v * (1 - options.nearly_tolerance), q.high = v; break;
          // "up to 3.5 metres", "as many as 2 million": news uses these for amounts near the bound.
          case Approximation::kBelow: q.low = v / 2, q.high = v; break;
          case Approximation::kAbove: q.low = v, q.high = kInfinity; break;
          default: q.low = q.high = v;
        }
      }
      const uint32_t after = std::max(unit.last, last.last) + 1;
      find_subject(doc, lexicon, words, s.begin, s.end, first_token, after, q);
      // A bare count with nothing counted and nothing happening ("Vettle, 58,")
      // cannot be compared with anything.
      const bool bare = q.dimension == Dimension::kCount && q.head == kNoStem && q.predicate == kNoStem &&
                        q.event == Event::kNone;
      if (!bare) out.push_back(q);
      i = after;
    }
  }
}

}  // namespace chorus::figures

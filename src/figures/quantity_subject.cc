// What a quantity counts or measures, and what happened to it: the noun
// phrase after the number ("2,940 observers", "a 5-km coastal corridor",
// "300 of its villages"), else the noun before it ("a depth of 3.5 metres",
// "the toll as 12"); and the predicate next to it ("12 people were killed",
// "killing at least 12 people").
#include <algorithm>
#include <array>

#include "figures/quantity_scanner.h"
#include "text/ascii.h"

namespace chorus::figures {
namespace {

constexpr std::array<std::string_view, 16> kDeterminers{
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these",
    "those", "that", "all", "whose"};
// Plurals without an -s: the counted noun of "212 children".
constexpr std::array<std::string_view, 14> kIrregularPlurals{
    "people", "children", "men", "women", "police", "personnel", "staff", "crew", "cattle",
    "livestock", "feet", "sheep", "aircraft", "militia"};

// Words the stop list lacks that end a noun phrase and say nothing about
// what is counted: prepositions, adverbs of place and time, and dimension
// adjectives ("30 metres wide", "40 km east", "6.1 metres since Tuesday").
constexpr std::array<std::string_view, 40> kFunctionWords{
    "since", "across", "along", "toward", "towards", "within", "without", "near", "beyond", "per",
    "via", "amid", "despite", "onto", "upon", "among", "around", "inside", "outside", "behind",
    "beside", "ahead", "away", "ago", "later", "earlier", "east", "west", "north", "south",
    "downstream", "upstream", "apart", "overall", "wide", "long", "high", "deep", "tall", "old"};
// Common irregular past tenses: they end a noun phrase ("rain fell").
constexpr std::array<std::string_view, 48> kIrregularPast{
    "fell", "rose", "took", "lost", "left", "went", "came", "gave", "made", "said", "told", "held",
    "met", "sent", "spent", "found", "became", "began", "broke", "brought", "built", "fled", "hit",
    "kept", "led", "ran", "saw", "stood", "struck", "won", "wrote", "grew", "drew", "flew", "knew",
    "threw", "sank", "shot", "paid", "sold", "swept", "caught", "fought", "thought", "sought",
    "bought", "remain", "remained"};

template <typename Table>
bool in(const Table& table, std::string_view word) {
  for (std::string_view entry : table) {
    if (entry == word) return true;
  }
  return false;
}

// The extent a word names: 1 height or depth, 2 width, 3 length, 0 none.
uint8_t extent_of(std::string_view w) {
  if (w == "high" || w == "height" || w == "deep" || w == "depth" || w == "tall") return 1;
  if (w == "wide" || w == "width" || w == "broad") return 2;
  if (w == "long" || w == "length") return 3;
  return 0;
}

bool plural(std::string_view w, const WordClass& c) {
  if (c.generic_person || in(kIrregularPlurals, w)) return true;
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

struct Context {
  const Document& doc;
  const Lexicon& lexicon;
  const QuantityWords& words;
  uint32_t begin, end;

  std::string_view folded(uint32_t i) const { return lexicon.str(doc.tokens[i].term); }
  const WordClass& cls(uint32_t i) const { return words.of(doc.tokens[i].term); }
  // Only white space (and a currency sign or per-cent sign) between two words.
  bool plain(std::string_view g) const {
    if (!g.empty() && g.front() == '%') g.remove_prefix(1);
    if (currency_symbol(g) >= 0) return true;
    return g == " " || g == "-";
  }
  std::string_view gap(uint32_t i) const {
    const uint32_t from = doc.tokens[i - 1].span.end;
    return std::string_view(doc.text).substr(from, doc.tokens[i].span.begin - from);
  }
  // A word that can name a thing or an event: letters, not a stop word, not
  // part of a number or unit.
  bool content(uint32_t i) const {
    const Token& t = doc.tokens[i];
    const WordClass& c = cls(i);
    return t.kind == TokenKind::kWord && t.span.size() > 1 && text::is_ascii_alpha(doc.text[t.span.begin]) &&
           !t.stop && c.kind == WordClass::kNone && c.unit < 0 && !c.auxiliary && !c.month &&
           !in(kFunctionWords, folded(i));
  }
  bool verb(uint32_t i) const { return in(kIrregularPast, folded(i)); }
  bool possessive(uint32_t i) const {
    const std::string_view g = gap(i);
    return folded(i) == "s" && (g == "'" || g == "\u2019");
  }
};

}  // namespace

void find_subject(const Document& doc, const Lexicon& lexicon, const QuantityWords& words,
                  uint32_t begin, uint32_t end, uint32_t first, uint32_t after, Quantity& q) {
  const Context c{doc, lexicon, words, begin, end};
  const bool count = q.dimension == Dimension::kCount;
  uint32_t j = after;
  // Partitive "300 of its villages", "20 percent of the reservoir".
  if (j < end && c.folded(j) == "of" && c.gap(j) == " ") {
    ++j;
    while (j < end && in(kDeterminers, c.folded(j)) && c.gap(j) == " ") ++j;
  }
  // The noun phrase: up to three content words; a count's head is its first
  // plural, a measure's the last word ("a 5-km coastal corridor").
  uint32_t np_first = j, head = UINT32_MAX, last = UINT32_MAX, taken = 0;
  for (uint32_t k = j; k < end && taken < 3; ++k) {
    if (k > j && c.possessive(k)) continue;
    const std::string_view g = c.gap(k);
    if (!((k == j ? c.plain(g) : g == " " || g == "-") || (k > j && (g == "'" || g == "\u2019")))) break;
    const std::string_view w = c.folded(k);
    // "a 5-kilometer wide area": the dimension adjective says what is measured; the noun follows.
    if (taken == 0 && !count && k + 1 < end && c.gap(k + 1) == " " &&
        (w == "wide" || w == "long" || w == "high" || w == "deep" || w == "tall")) {
      np_first = k + 1;
      continue;
    }
    if (!c.content(k)) break;
    if (c.verb(k) || (taken > 0 && (w.ends_with("ing") || w.ends_with("ed")))) break;  // "area connecting"
    ++taken;
    last = k;
    if (count && plural(w, c.cls(k))) {
      head = k;
      break;
    }
  }
  if (head == UINT32_MAX) head = last;
  if (head != UINT32_MAX) {
    q.thing = Span{doc.tokens[np_first].span.begin, doc.tokens[head].span.end};
  } else if (first > begin + 1) {
    // The noun before: "a depth of 3.5 metres", "the toll as 12", "losses at 340 million".
    const std::string_view preposition = c.folded(first - 1);
    if ((preposition == "of" || preposition == "at" || preposition == "as") && c.plain(c.gap(first)) &&
        c.gap(first - 1) == " " && c.content(first - 2)) {
      head = first - 2;
      q.thing = doc.tokens[head].span;
    }
  }
  Event event = Event::kNone;
  if (head != UINT32_MAX) {
    q.head = doc.tokens[head].stem;
    q.head_span = doc.tokens[head].span;
    q.generic_head = c.cls(head).generic_person;
    event = c.cls(head).event;
    q.event_head = event != Event::kNone;
  }
  // What happened to it, after: "people were killed", "seven are still missing".
  uint32_t predicate = UINT32_MAX, event_token = UINT32_MAX;
  uint32_t k = head != UINT32_MAX && head >= after ? head + 1 : after;
  for (int seen = 0; k < end && seen < 2 && c.gap(k) == " "; ++k) {
    if (c.cls(k).auxiliary || (seen > 0 && c.folded(k) == "as")) continue;  // "listed as missing"
    if (!c.content(k)) break;
    ++seen;
    if (predicate == UINT32_MAX) predicate = k;
    if (c.cls(k).event != Event::kNone) {
      event_token = k;
      break;
    }
  }
  // ... or before: "killing at least 12 people", "treated 46 people".
  uint32_t before = UINT32_MAX;
  if (first > begin && c.gap(first) == " " && c.content(first - 1)) before = first - 1;
  if (event == Event::kNone && event_token != UINT32_MAX) {
    event = c.cls(event_token).event;
    predicate = event_token;
  }
  if (event == Event::kNone && before != UINT32_MAX && c.cls(before).event != Event::kNone) {
    event = c.cls(before).event;
    predicate = before;
  }
  if (predicate == UINT32_MAX) predicate = before;
  if (predicate != UINT32_MAX && predicate != head) {
    q.predicate = doc.tokens[predicate].stem;
    q.predicate_span = doc.tokens[predicate].span;
  }
  q.event = event;
  // "as high as 3.5 metres", "a depth of 3.5 metres", "30 metres wide".
  if (q.dimension == Dimension::kLength) {
    const uint32_t from = first >= begin + 2 ? first - 2 : begin;
    for (uint32_t t = from; t < std::min(after + 1, end) && q.extent == 0; ++t) q.extent = extent_of(c.folded(t));
  }
}

}  // namespace chorus::figures

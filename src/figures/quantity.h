// Quantity: one number a document states, with its unit, how exact the
// wording makes it, and what it counts. Every span points into the
// Document's text; nothing is copied.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

#include "core/span.h"

namespace chorus::figures {

// What kind of amount a quantity is. Figures are compared only within one
// dimension (and, for money, one currency).
enum class Dimension : uint8_t {
  kCount,        // "2,940 observers": no unit, the counted noun says what
  kPercent,      // "15 to 20 percent", "20%"
  kPoints,       // "percentage points"
  kLength,       // base metre
  kArea,         // base square metre
  kVolume,       // base litre
  kMass,         // base kilogram
  kMoney,        // base one unit of the currency named in `unit`
  kDuration,     // base day
  kPower,        // base watt
  kSpeed,        // base km/h
  kTemperature,  // degrees as written (no conversion)
};
std::string_view dimension_name(Dimension dimension);

// How the wording bounds the value.
enum class Approximation : uint8_t {
  kExact,     // "2,940"
  kAbout,     // "about", "some", "around", "roughly", "an estimated": value ± 10%
  kNearly,    // "nearly", "almost", "close to": a little under the value (10%)
  kBelow,     // "up to", "at most", "less than", "as many as": half the value up to the value
  kAbove,     // "more than", "over", "at least": at least the value (open upward)
  kRange,     // "15 to 20", "between 15 and 20", "15-20"
  kVague,     // "hundreds of", "thousands of", "dozens of"
};
std::string_view approximation_name(Approximation approximation);

// What happened to what is counted, when the wording says so with one of a
// few verbs every news story on casualties, disasters or arrests uses
// ("killed", "died", "dead", "toll" are all kDeath). Two counts of people
// with different events are never the same figure.
enum class Event : uint8_t { kNone, kDeath, kInjury, kMissing, kDisplaced, kArrest };
std::string_view event_name(Event event);

inline constexpr uint32_t kNoStem = UINT32_MAX;

// Fields are grouped by size (104 bytes, not 120 with the padding of the
// reading order): a text of numbers holds hundreds of thousands.
struct Quantity {
  uint32_t sentence = 0;  // index into Document::sentences
  Span span;              // approximator, number(s) and unit as written: "nearly 2,000", "5-km"
  Span thing;             // noun phrase naming what is counted or measured; may be empty
  uint32_t token = 0;     // index into Document::tokens of the (first) number

  std::string_view unit;  // canonical unit ("km", "percent", "dollar"); static storage; "" for counts

  // In the unit as written (times any scale word: "1.5 million" is 1500000).
  double value = 0;
  // The interval the wording allows, in the same unit; high is +infinity for
  // "more than"-style wording.
  double low = 0;
  double high = 0;
  // Factor from `unit` to the dimension's base unit (km -> 1000 m).
  double to_base = 1;

  // What is counted: lexicon stem ids from the Document's tokens.
  uint32_t head = kNoStem;       // the counted noun ("observ"), or the measured thing ("corridor")
  Span head_span;                // its surface form
  uint32_t predicate = kNoStem;  // the word saying what happened to it ("kill", "evacu")
  Span predicate_span;

  Dimension dimension = Dimension::kCount;
  Approximation approximation = Approximation::kExact;
  bool round = false;            // a round figure ("2,000", "two thousand", "1.5 million"): implicitly approximate
  bool generic_head = false;     // "people", "residents": the predicate says what is counted
  bool event_head = false;       // the noun is itself an event word: "19 dead", "the toll as 12"
  Event event = Event::kNone;
  // Which extent a length measures, when a word says so: 1 height or depth
  // ("as high as", "a depth of", "deep"), 2 width ("wide", "width"), 3
  // length ("long"); 0 unknown.
  uint8_t extent = 0;

  bool approximate() const {
    return approximation != Approximation::kExact || round;
  }
  bool open_above() const { return high == std::numeric_limits<double>::infinity(); }
};
static_assert(sizeof(Quantity) <= 104);

}  // namespace chorus::figures

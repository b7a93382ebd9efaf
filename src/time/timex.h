// Temporal expressions (TimeML TIMEX3): where a text speaks of time, of which
// type, and what calendar value it means.
//
//   time::TimexTagger tagger;                    // immutable, shareable
//   auto timexes = tagger.tag(text, CivilDate{2020, 12, 1});
//
// Values follow TIMEX3: "2020-12-01", "2020-11", "2020-W49", "2020-Q3",
// "2020-SU", "199" (the 1990s), "XXXX-12-01" (year unknown), "P28Y", "PT5H",
// "PXY" (years, count unknown), "PRESENT_REF", "PAST_REF", "FUTURE_REF",
// "2020-12-01TMO" (a morning), "2020-12-01T14:30".
#pragma once

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "time/calendar.h"
#include "time/timex_lexicon.h"
#include "time/timex_tokens.h"

namespace chorus::time {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
std::string_view timex_type_name(TimexType type);  // DATE, TIME, DURATION, SET

struct Timex {
  Span span;                 // bytes of the surface form in the tagged text
  TimexType type = TimexType::kDate;
  std::string value;         // TIMEX3 value
  bool relative = false;     // the value was computed from a reference or an earlier date
  bool anchored = false;     // a clock time whose day is the last date the text named
  bool future = false;       // the clause speaks of the future ("will", "by", "expected")
  int range_from = -1;       // index of the range's first timex when this one ends it ("1992-1994")
};

struct TimexOptions {
  // Resolve "five days later", "the next day", "the 25th" against the last
  // date the text mentioned (true), or always against the reference (false).
  bool anchor_to_previous = true;
  // Tag vague references ("now", "recently", "soon") as PRESENT_REF,
  // PAST_REF, FUTURE_REF; TimeML tags them, a timeline has no use for them.
  bool vague_references = true;
  // A text longer than this is tagged a window at a time, cut at a paragraph
  // or line break, a sentence end or a space (in that order) in the second
  // half of the window; what it said carries over. Bounds the tagger's memory
  // (no news article comes near it).
  size_t window_bytes = 1 << 20;
};

// Per-call buffers; reuse one per thread to avoid allocations.
struct TimexScratch {
  std::string lower;
  std::vector<TimexToken> tokens;
  // A stop request ends tag() with chorus::Cancelled (a long text is tagged
  // in one call).
  std::stop_token stop;
};

class TimexTagger {
 public:
  explicit TimexTagger(TimexOptions options = {});

  // Temporal expressions of `text` in text order, not overlapping. Relative
  // expressions resolve against `reference` (the document's creation date);
  // without it their unknown parts print as X ("XXXX-12-01").
  std::vector<Timex> tag(std::string_view text, std::optional<CivilDate> reference) const;
  std::vector<Timex> tag(std::string_view text, std::optional<CivilDate> reference,
                         TimexScratch& scratch) const;

  const TimexOptions& options() const { return options_; }

 private:
  TimexOptions options_;
  TimexLexicon lexicon_;
};

}  // namespace chorus::time

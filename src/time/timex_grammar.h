// The time grammar: rules that recognize one temporal expression starting at
// a token and compute its value. Internal to the tagger (timex_tagger.cc
// drives it left to right, keeping the longest match at each token).
//
// Rules live in seven files: timex_grammar.cc (shared pieces, months),
// timex_weekdays.cc (weekdays, the n-th weekday of a month), timex_years.cc
// (years, decades, seasons, holidays, numeric dates), timex_quarters.cc
// (quarters and financial periods), timex_relative.cc (clock times,
// modifiers, day words), timex_durations.cc (units relative to a date,
// durations) and timex_vague.cc (sets, recurring weekdays, vague references).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/calendar.h"
#include "time/timex.h"
#include "time/timex_tokens.h"

namespace chorus::time {

// Two digits, zero-padded ("07").
std::string two_digits(int n);
// Words after which a capitalized "May" or "March" is a month, not a verb.
bool month_context(std::string_view w);

struct TimexMatch {
  size_t end = 0;  // one past the last token
  TimexType type = TimexType::kDate;
  std::string value;
  bool relative = false;
  bool anchored = false;  // see Timex::anchored
  std::optional<CivilDate> day;  // the day it names, when it names one (sets the anchor)
  int year = 0;                  // the year it names, when known
  int quarter = 0;               // 1..4 when it names a quarter
};

// What a text has said so far that later expressions refer back to, carried
// from one window of a long text to the next (timex_tagger.cc).
struct TimexMemory {
  std::optional<CivilDate> anchor;  // the last day named
  int anchor_year = 0;
  int anchor_decade = 0;  // the last expression named a decade: 199 for "the 1990s"
  std::optional<CivilDate> anchor_month;  // the last month named (day 1), for "the following month"
};

class TimexGrammar {
 public:
  // `carried`: what earlier windows of the text said; their tokens are not in
  // `tokens`, so the last day named counts as said in an earlier sentence.
  TimexGrammar(const std::vector<TimexToken>& tokens, std::optional<CivilDate> reference,
               const TimexOptions& options, const std::optional<TimexMemory>& carried = std::nullopt);

  // What the text has said so far, for the next window.
  TimexMemory memory() const { return {anchor_, anchor_year_, anchor_decade_, anchor_month_}; }

  // The longest expression starting at token `i`, if any.
  std::optional<TimexMatch> match(size_t i) const;

  // After a match is kept: later expressions may refer back to it.
  void remember(const TimexMatch& match, size_t at);

  // The clause holding token `i` speaks of the future ("will", "by", "expected").
  bool future_at(size_t i) const { return clause_future(i); }

  // A unit of time written with a capital inside a sentence ("This Week",
  // "60 Minutes"): tokens [begin, end) are a title, not a time.
  bool title_case_unit(size_t begin, size_t end) const;

 private:
  using Result = std::optional<TimexMatch>;

  // --- token tests ---
  const TimexToken* at(size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
  bool word(size_t i, std::string_view w) const;
  bool punct(size_t i, char c) const;
  bool glued(size_t i) const;  // token i follows token i-1 without space
  const WordInfo* info(size_t i) const;
  uint32_t flags(size_t i) const;
  size_t skip_period(size_t i) const;  // past an abbreviation's '.', if there
  bool clause_future(size_t i) const;  // the clause before token i speaks of the future
  int clause_tense(size_t i) const;    // 1 future, -1 past (a past cue is nearer), 0 unknown
  int tense_after(size_t i) const;     // the first verb cue after token i: 1 future, -1 past, 0 none
  bool sentence_start(size_t i) const;
  bool sentence_between(size_t from, size_t to) const;  // a sentence starts in (from, to]

  // --- pieces ---
  // A count: "three", "twenty-four", "12", "a", "several" (-2 = unknown).
  bool count(size_t i, int& value, size_t& end) const;
  // A four-digit year 1000..2999 ("1998"), or "'98" when `short_ok`.
  bool spelled_year_at(size_t i, int& year, size_t& end) const;  // "nineteen ninety-six"
  bool year_at(size_t i, int& year, size_t& end, bool short_ok) const;
  bool month_at(size_t i, int& month, size_t& end, bool loose) const;
  bool day_number(size_t i, int& day, size_t& end) const;  // 1..31, "1", "1st", "first"
  int reference_year() const { return reference_ ? reference_->year : 0; }

  // --- resolution ---
  int year_for_month(int month, int day, int tense) const;
  CivilDate resolve_weekday(int weekday, int relative, bool future) const;
  // The year or month `shift` units from the last one the text named ("the
  // following month", "the year before,", "two years later"); none when the
  // text named none or options_.anchor_to_previous is off.
  Result from_anchor(size_t end, TimeUnit unit, int shift) const;
  TimexMatch date_match(size_t end, CivilDate date, bool relative) const;
  CivilDate anchor_day() const;

  // --- rules: calendar names (timex_grammar.cc, timex_weekdays.cc, timex_years.cc, timex_quarters.cc) ---
  Result month_date(size_t i) const;    // "December 1, 2020", "1 December", "Dec. 2020", "May"
  Result recurring_weekday(size_t i) const;  // "on Mondays", "Tuesday nights"
  Result nth_weekday_date(size_t i) const;   // "the first Sunday in October"
  Result weekday_date(size_t i) const;  // "Tuesday", "last Friday", "Monday morning"
  Result year_forms(size_t i) const;    // "1998", "fiscal 1989", "the 1990s", "the 20th century"
  Result quarter(size_t i) const;       // "the third quarter", "third-quarter", "Q3 2020", "the first half"
  Result season(size_t i) const;        // "last fall", "summer 2020"
  Result holiday(size_t i) const;       // "Christmas", "Thanksgiving Day"
  Result clock_time(size_t i) const;    // "10:35 a.m.", "4 p.m. Tuesday", "noon"
  Result numeric_date(size_t i) const;  // "2020-12-01", "12/01/2020"
  Result ordinal_day(size_t i) const;   // "the 25th", "the 25th of November"
  Result modified(size_t i) const;      // "early", "late", "mid-", "the end of" + a date

  // --- rules: relative, durations, sets (timex_relative.cc, timex_durations.cc, timex_vague.cc) ---
  Result day_word(size_t i) const;      // "today", "yesterday morning", "tonight"
  Result relative_unit(size_t i) const; // "last week", "this year", "the next day", "that year"
  Result duration(size_t i) const;      // "six weeks", "two weeks ago", "five days later", "five-year"
  Result vague(size_t i) const;         // "now", "recently", "the past", "the future"
  Result set(size_t i) const;           // "daily", "every week"
  Result part_of_day(size_t i) const;   // "this morning", "last night"

  const std::vector<TimexToken>& tokens_;
  std::optional<CivilDate> reference_;
  const TimexOptions& options_;
  // What the text has said so far, for expressions that refer back.
  std::optional<CivilDate> anchor_;
  size_t anchor_token_ = 0;
  bool anchor_in_window_ = true;  // anchor_token_ indexes tokens_ (not carried from an earlier window)
  int anchor_year_ = 0;
  int anchor_decade_ = 0;  // the last expression named a decade: 199 for "the 1990s"
  std::optional<CivilDate> anchor_month_;  // the last month named (day 1), for "the following month"
  int last_quarter_year_ = 0;
  int last_quarter_ = 0;
};

}  // namespace chorus::time

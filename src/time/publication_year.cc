#include "time/publication_year.h"

#include <algorithm>

namespace chorus::time {
namespace {

// Weekdays come back to a date every 5, 6 or 11 years and to the whole
// calendar every 28: a search over one cycle sees every fit.
constexpr int kCalendarCycle = 28;

int fits(const std::vector<std::pair<CivilDate, int>>& pins, int year) {
  int n = 0;
  for (const auto& [date, wd] : pins) {
    const CivilDate d{year, date.month, date.day};
    n += d.day <= days_in_month(year, date.month) && weekday(d) == wd;
  }
  return n;
}

}  // namespace

YearChoice choose_year(const YearEvidence& e) {
  YearChoice choice;
  if (!e.votes.empty()) {
    int votes = 0, total = 0;
    for (const auto& [year, n] : e.votes) {
      total += n;
      if (n >= votes) {
        choice.year = year;
        votes = n;
      }
    }
    choice.confidence = votes == total ? kStatedYear : kMostStatedYear;
    return choice;
  }
  // A copyright notice is the page's own word; the past the texts tell is
  // read off their grammar and yields when the two disagree.
  const int hi = e.copyright_year;
  const int lo = hi && e.latest_past_year > hi ? 0 : e.latest_past_year;
  if (!e.pins.empty()) {
    // The years the most pins fit, over one calendar cycle below the upper
    // bound (or above the lower one).
    const int from = hi ? std::max(lo, hi - kCalendarCycle) : lo;
    const int to = hi ? hi : (lo ? lo + kCalendarCycle : 0);
    int best = 0;
    for (int y = from; from && y <= to; ++y) best = std::max(best, fits(e.pins, y));
    for (int y = from; best > 0 && y <= to; ++y) {
      if (fits(e.pins, y) == best) choice.fitting.push_back(y);
    }
    if (!choice.fitting.empty() && hi) {
      choice.year = choice.fitting.back();  // the most recent the notice allows
      choice.confidence = kBoundedWeekdayYear;
      return choice;
    }
  }
  if (lo && e.weak_votes.count(lo)) {
    choice.year = lo;
    choice.confidence = kWeakYear;
    return choice;
  }
  if (hi) {
    choice.year = hi;
    choice.confidence = kCopyrightYear;
    return choice;
  }
  if (!choice.fitting.empty()) {
    choice.year = choice.fitting.front();  // the first after the past the texts tell
    const bool recent = e.latest_dated_past_year == lo && choice.year <= lo + 1;
    choice.confidence = recent ? kRecentWeekdayYear : kUnboundedWeekdayYear;
  }
  return choice;
}

}  // namespace chorus::time

// The year of a cluster's reports, when the texts leave it out, and how sure
// it is. Years stated with a report's own day (metadata, date stamps,
// datelines) decide. Else weekdays said with a month and day ("Tuesday,
// December 1") fit only some years: the latest fitting year up to the
// year of a copyright notice (no article is newer than its page's notice)
// and not before the latest year the texts tell as past. Else a full date
// that is its report's latest day, or the copyright year, with less trust.
// A weekday fit with no upper bound is a guess among years six or eleven
// apart: trusted only when it falls in or right after a year the texts tell
// with its month or day (news recalls this year's and last year's days with
// dates, history with bare years), else reported below the threshold.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "time/calendar.h"

namespace chorus::time {

struct YearEvidence {
  std::map<int, int> votes;       // years stated with a report's own day
  std::map<int, int> weak_votes;  // years of full dates that are their report's latest day
  int latest_past_year = 0;       // the latest year the texts tell as past (0: none)
  int latest_dated_past_year = 0; // of those, told with a month or day ("in February 2031")
  int copyright_year = 0;         // the earliest copyright year of the cluster's pages (0: none)
  std::vector<std::pair<CivilDate, int>> pins;  // (month and day, weekday 1-7) said of one day
};

struct YearChoice {
  int year = 0;             // 0: no year at all
  double confidence = 0;    // 0..1
  std::vector<int> fitting; // with weekday pins: the years they fit near the choice
};

// Confidence levels of the year, highest first.
inline constexpr double kStatedYear = 0.95;   // every stated year agrees
inline constexpr double kMostStatedYear = 0.85;
inline constexpr double kBoundedWeekdayYear = 0.75;
inline constexpr double kRecentWeekdayYear = 0.65;  // the first fit, in or right after a dated past year
inline constexpr double kWeakYear = 0.6;
inline constexpr double kCopyrightYear = 0.55;  // the notice's year alone: a page may be older
inline constexpr double kUnboundedWeekdayYear = 0.4;

YearChoice choose_year(const YearEvidence& evidence);

}  // namespace chorus::time

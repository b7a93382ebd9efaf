// Calendar arithmetic for time normalization: proleptic Gregorian civil
// dates, day counts, ISO weeks, and the TIMEX3 value strings built from them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chorus::time {

struct CivilDate {
  int year = 0;   // 0 when unknown
  int month = 0;  // 1..12, 0 when unknown
  int day = 0;    // 1..31, 0 when unknown
  friend constexpr bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (negative before), and back (H. Hinnant's algorithms).
long days_from_civil(int year, int month, int day);
CivilDate civil_from_days(long days);

bool is_leap_year(int year);
int days_in_month(int year, int month);
// ISO weekday: 1 = Monday .. 7 = Sunday.
int weekday(const CivilDate& date);
CivilDate add_days(const CivilDate& date, long days);
// Adds months, clamping the day to the target month's length.
CivilDate add_months(const CivilDate& date, int months);
// ISO 8601 week-numbering year and week of a date.
void iso_week(const CivilDate& date, int& week_year, int& week);
// The n-th (1-based; -1 = last) `weekday` of a month.
CivilDate nth_weekday(int year, int month, int weekday, int n);
// Western Easter Sunday of a year.
CivilDate easter(int year);

// "2020-12-01", "2020-12-01T10:00", "20201201": the date part, if valid.
std::optional<CivilDate> parse_iso_date(std::string_view text);

// TIMEX3 value strings; an unknown year prints as "XXXX".
std::string year_value(int year);
std::string month_value(int year, int month);
std::string day_value(const CivilDate& date);
std::string week_value(const CivilDate& date);  // "2020-W49" of the week holding `date`

}  // namespace chorus::time

#include "time/calendar.h"

#include <cstdio>

namespace chorus::time {

long days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400) + (month <= 2);
  return CivilDate{year, month, day};
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[(month + 11) % 12];
}

int weekday(const CivilDate& date) {
  const long days = days_from_civil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

CivilDate add_days(const CivilDate& date, long days) {
  return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

CivilDate add_months(const CivilDate& date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

void iso_week(const CivilDate& date, int& week_year, int& week) {
  // The Thursday of the same week decides the week-numbering year.
  const CivilDate thursday = add_days(date, 4 - weekday(date));
  week_year = thursday.year;
  const long first = days_from_civil(thursday.year, 1, 1);
  week = static_cast<int>((days_from_civil(thursday.year, thursday.month, thursday.day) - first) / 7) + 1;
}

CivilDate nth_weekday(int year, int month, int wanted, int n) {
  if (n < 0) {
    CivilDate last{year, month, days_in_month(year, month)};
    return add_days(last, -((weekday(last) - wanted + 7) % 7));
  }
  CivilDate first{year, month, 1};
  return add_days(first, (wanted - weekday(first) + 7) % 7 + 7L * (n - 1));
}

CivilDate easter(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{year, month, day};
}

namespace {

bool digits(std::string_view text, size_t at, size_t count, int& value) {
  if (text.size() < at + count) return false;
  value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t'))
    text.remove_prefix(1);
  CivilDate date;
  const bool dashed = text.size() >= 10 && text[4] == '-' && text[7] == '-';
  if (!digits(text, 0, 4, date.year)) return std::nullopt;
  if (!digits(text, dashed ? 5 : 4, 2, date.month) || !digits(text, dashed ? 8 : 6, 2, date.day))
    return std::nullopt;
  if (date.month < 1 || date.month > 12 || date.day < 1 ||
      date.day > days_in_month(date.year, date.month))
    return std::nullopt;
  return date;
}

std::string year_value(int year) {
  if (year <= 0) return "XXXX";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

std::string month_value(int year, int month) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "-%02d", month);
  return year_value(year) + buffer;
}

std::string day_value(const CivilDate& date) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "-%02d", date.day);
  return month_value(date.year, date.month) + buffer;
}

std::string week_value(const CivilDate& date) {
  int week_year = 0, week = 0;
  iso_week(date, week_year, week);
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "-W%02d", week);
  return year_value(week_year) + buffer;
}

}  // namespace chorus::time

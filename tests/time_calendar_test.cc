// Calendar arithmetic against its slow twin: counting days one by one.
#include <gtest/gtest.h>

#include "time/calendar.h"

namespace chorus::time {
namespace {

TEST(Calendar, DayCountsWeekdaysAndWeeksAgreeWithCountingDays) {
  CivilDate date{1899, 12, 25};
  long days = days_from_civil(1899, 12, 25);
  int expected_weekday = 1;  // 1899-12-25 was a Monday
  for (int step = 0; step < 60000; ++step) {
    ASSERT_EQ(civil_from_days(days), date);
    ASSERT_EQ(days_from_civil(date.year, date.month, date.day), days);
    ASSERT_EQ(weekday(date), expected_weekday) << day_value(date);
    // Next day by hand.
    ++days;
    expected_weekday = expected_weekday % 7 + 1;
    if (++date.day > days_in_month(date.year, date.month)) {
      date.day = 1;
      if (++date.month > 12) {
        date.month = 1;
        ++date.year;
      }
    }
  }
}

TEST(Calendar, IsoWeeksHolidaysAndParsing) {
  EXPECT_EQ(week_value(CivilDate{2020, 12, 1}), "2020-W49");
  EXPECT_EQ(week_value(CivilDate{2021, 1, 1}), "2020-W53");
  EXPECT_EQ(week_value(CivilDate{2019, 12, 30}), "2020-W01");
  EXPECT_EQ(easter(2020), (CivilDate{2020, 4, 12}));
  EXPECT_EQ(easter(2000), (CivilDate{2000, 4, 23}));
  EXPECT_EQ(nth_weekday(2020, 11, 4, 4), (CivilDate{2020, 11, 26}));  // Thanksgiving
  EXPECT_EQ(nth_weekday(2020, 5, 1, -1), (CivilDate{2020, 5, 25}));   // last Monday of May
  EXPECT_EQ(add_months(CivilDate{2020, 1, 31}, 1), (CivilDate{2020, 2, 29}));
  EXPECT_EQ(parse_iso_date("1998-12-05T09:42"), (CivilDate{1998, 12, 5}));
  EXPECT_EQ(parse_iso_date("19980108"), (CivilDate{1998, 1, 8}));
  EXPECT_FALSE(parse_iso_date("1998-02-30"));
  EXPECT_FALSE(parse_iso_date("soon"));
  EXPECT_EQ(month_value(0, 12), "XXXX-12");
}

}  // namespace
}  // namespace chorus::time

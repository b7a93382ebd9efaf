// Date stamps of pages told apart from captions, related links and prose.
#include "time/date_stamps.h"

#include <gtest/gtest.h>

namespace chorus::time {
namespace {

std::optional<DateStamp> stamp(std::string_view line) {
  static const TimexTagger tagger;
  TimexScratch scratch;
  return read_date_stamp(line, tagger, scratch);
}

void expect_stamp(std::string_view line, std::string_view value, bool updated, bool cued) {
  SCOPED_TRACE(std::string(line));
  const auto s = stamp(line);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->value, value);
  EXPECT_EQ(s->updated, updated);
  EXPECT_EQ(s->cued, cued);
}

TEST(DateStamps, BylineAndTimestampForms) {
  expect_stamp("(Published Monday, Nov. 19, 2018)", "2018-11-19", false, true);
  expect_stamp("Updated 7:12 a.m. ET Nov. 3, 2018", "2018-11-03", true, true);
  expect_stamp("Posted on March 3, 2015 by Jane Roe", "2015-03-03", false, true);
  expect_stamp("By Jane Roe | 03/14/2016", "2016-03-14", false, false);
  expect_stamp("Published: 14 March 2016 10:02 GMT", "2016-03-14", false, true);
  expect_stamp("Last modified on Wed 12 Jun 2019 18.40 BST", "2019-06-12", true, true);
  expect_stamp("Sept. 4, 2017 at 5:30 PM", "2017-09-04", false, false);
  expect_stamp("2019-06-12T18:40:00Z", "2019-06-12", false, false);
}

TEST(DateStamps, DaysWithoutYearsAndWeekdays) {
  expect_stamp("Published Dec. 13", "XXXX-12-13", false, true);
  expect_stamp("12:05, Wednesday", "XXXX-WXX-3", false, false);
  expect_stamp("Published Friday 14:02", "XXXX-WXX-5", false, true);
  expect_stamp("Thursday", "XXXX-WXX-4", false, false);
  expect_stamp("Posted: Fri 7:15 AM", "XXXX-WXX-5", false, true);
  expect_stamp("Published Dec. 13, 6:02 a.m. | Updated Dec. 13, 9:40 a.m.", "XXXX-12-13", false, true);
}

TEST(DateStamps, CaptionsLinksAndProseAreNoStamps) {
  EXPECT_FALSE(stamp("FILE PHOTO: A lineman works on a pole in Harlow, Aug. 13, 2016. REUTERS/John Doe"));
  EXPECT_FALSE(stamp("WATCH: FROM AUG. 13: Crews clear debris"));
  EXPECT_FALSE(stamp("Flood defences finished on March 3, 2015"));
  EXPECT_FALSE(stamp("The storm hit on Tuesday, officials said."));
  // A clock time alone names no day.
  EXPECT_FALSE(stamp("Updated 18:42"));
  EXPECT_FALSE(stamp("Friday night lights"));
  EXPECT_FALSE(stamp(std::string(200, 'a') + " March 3, 2015"));
}

TEST(DateStamps, CopyrightYear) {
  EXPECT_EQ(copyright_year("\xC2\xA9 2019 Harlow Herald"), 2019);
  EXPECT_EQ(copyright_year("Copyright 1998-2021 Northern Ledger. All rights reserved."), 2021);
  EXPECT_EQ(copyright_year("(c) 2030 Lorrimer Courier"), 2030);
  EXPECT_EQ(copyright_year("The storm of 2019 cost 40 million"), 0);
  EXPECT_EQ(copyright_year("Copyright notice"), 0);
}

}  // namespace
}  // namespace chorus::time

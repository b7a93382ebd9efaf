// Dateline recognition over invented wire openers.
#include "ingest/dateline.h"

#include <gtest/gtest.h>

#include <string>

namespace chorus::ingest {
namespace {

struct Parts {
  std::string span, place, date, agency;
};

std::optional<Parts> parse(const std::string& line) {
  const std::optional<Dateline> d = find_dateline(line, Span{0, uint32_t(line.size())});
  if (!d) return std::nullopt;
  // Every part lies inside the whole dateline.
  EXPECT_TRUE(d->span.contains(d->place));
  EXPECT_TRUE(d->date.empty() || d->span.contains(d->date));
  EXPECT_TRUE(d->agency.empty() || d->span.contains(d->agency));
  EXPECT_LE(d->span.end, line.size());
  return Parts{std::string(d->span.of(line)), std::string(d->place.of(line)),
               std::string(d->date.of(line)), std::string(d->agency.of(line))};
}

void expect_dateline(const std::string& line, const Parts& want) {
  SCOPED_TRACE(line);
  const std::optional<Parts> got = parse(line);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->span, want.span);
  EXPECT_EQ(got->place, want.place);
  EXPECT_EQ(got->date, want.date);
  EXPECT_EQ(got->agency, want.agency);
}

TEST(Dateline, SlashedAgencyAfterDate) {
  expect_dateline("VELLHAVEN, March 4. /NPA/. Ferry traffic stopped on Thursday.",
                  {"VELLHAVEN, March 4. /NPA/.", "VELLHAVEN", "March 4", "NPA"});
}

TEST(Dateline, AgencyInParenthesesWithUnderscore) {
  expect_dateline("WASHINGTON (AP) _ The Senate voted on Tuesday.",
                  {"WASHINGTON (AP) _", "WASHINGTON", "", "AP"});
  expect_dateline("LISBON, Portugal (AP) _ Firefighters battled a blaze.",
                  {"LISBON, Portugal (AP) _", "LISBON", "", "AP"});
}

TEST(Dateline, AgencyWithHyphenOrDash) {
  expect_dateline("OSLO (Reuters) - The central bank raised rates.",
                  {"OSLO (Reuters) -", "OSLO", "", "Reuters"});
  expect_dateline("LIMA, Nov. 3 (AFP) - Protesters marched on Sunday.",
                  {"LIMA, Nov. 3 (AFP) -", "LIMA", "Nov. 3", "AFP"});
  expect_dateline("NEW YORK, March 3, 2021 (AP) \u2014 Stocks rose.",
                  {"NEW YORK, March 3, 2021 (AP) \u2014", "NEW YORK", "March 3, 2021", "AP"});
  expect_dateline("KESTREL BAY, 1 December (dpa) - Crews worked overnight.",
                  {"KESTREL BAY, 1 December (dpa) -", "KESTREL BAY", "1 December", "dpa"});
}

TEST(Dateline, FourLetterMonthsAndNoPlace) {
  expect_dateline("WASHINGTON, July 4 (UPI) -- A storm cut power.",
                  {"WASHINGTON, July 4 (UPI) --", "WASHINGTON", "July 4", "UPI"});
  expect_dateline("BERN, June 30 (Reuters) - Rates held.", {"BERN, June 30 (Reuters) -", "BERN", "June 30", "Reuters"});
  expect_dateline("July 4 (UPI) -- A storm cut power.", {"July 4 (UPI) --", "", "July 4", "UPI"});
  expect_dateline("3 March (AFP) - Markets fell.", {"3 March (AFP) -", "", "3 March", "AFP"});
  // A date opening a sentence is no dateline without its agency.
  EXPECT_FALSE(parse("July 4 -- a day of fireworks.").has_value());
  EXPECT_FALSE(parse("June 5 (a Monday) was the day.").has_value());
  EXPECT_FALSE(parse("Julyish 4 (UPI) -- no month.").has_value());
}

TEST(Dateline, DashWithoutAgency) {
  expect_dateline("QUITO -- The government declared an emergency.",
                  {"QUITO --", "QUITO", "", ""});
  expect_dateline("CAIRO, Egypt \u2014 Talks resumed.", {"CAIRO, Egypt \u2014", "CAIRO", "", ""});
  expect_dateline("ST. LOUIS, Mo. -- The river crested.",
                  {"ST. LOUIS, Mo. --", "ST. LOUIS", "", ""});
}

TEST(Dateline, NonAsciiCapitals) {
  expect_dateline("S\u00C3O PAULO (AFP) - Rain flooded streets.",
                  {"S\u00C3O PAULO (AFP) -", "S\u00C3O PAULO", "", "AFP"});
}

TEST(Dateline, StandingAlone) {
  expect_dateline("BERLIN, Dec. 5 (dpa)", {"BERLIN, Dec. 5 (dpa)", "BERLIN", "Dec. 5", "dpa"});
  // Capitals and a dash alone read as a headline, not a dateline.
  EXPECT_FALSE(parse("MARKETS --").has_value());
}

TEST(Dateline, LeadingWhitespaceAndSpanOffsets) {
  const std::string text = "Headline\n   OSLO (Reuters) - Rates rose.";
  const Span line{9, uint32_t(text.size())};
  const std::optional<Dateline> d = find_dateline(text, line);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->span.of(text), "OSLO (Reuters) -");
  EXPECT_EQ(d->place.of(text), "OSLO");
  EXPECT_EQ(d->agency.of(text), "Reuters");
}

TEST(Dateline, RejectsOrdinaryOpenings) {
  for (const char* line :
       {"The PORTVALE talks -- as they were called -- failed.", "NATO said on Monday it would act.",
        "UPDATE - Markets fell sharply.", "OK -- the vote is set.", "US-led forces -- moved in.",
        "AMSTERDAM", "BREAKING NEWS", "Oslo (Reuters) - lowercase place.",
        "ROME (AP) _no space before the body", "", "(AP) _ no place"})
    EXPECT_FALSE(parse(line).has_value()) << line;
}

TEST(DateShapes, Months) {
  EXPECT_EQ(match_month("December 1", 0), 8u);
  EXPECT_EQ(match_month("Dec. 1", 0), 4u);
  EXPECT_EQ(match_month("Sept. 9", 0), 5u);
  EXPECT_EQ(match_month("May 2", 0), 3u);
  EXPECT_EQ(match_month("Decent", 0), 0u);
  EXPECT_EQ(match_month("december", 0), 0u);  // a capital is required
  EXPECT_EQ(match_month("on Nov 3", 3), 3u);
  EXPECT_EQ(match_month("Dec", 0), 3u);
  EXPECT_EQ(match_month("", 0), 0u);
}

TEST(DateShapes, MonthDatesAndClockTimes) {
  EXPECT_TRUE(has_month_date("\u2014 Someone (@someone) November 13, 2020"));
  EXPECT_TRUE(has_month_date("Published on 3 March"));
  EXPECT_FALSE(has_month_date("Marching bands played."));
  EXPECT_FALSE(has_month_date("In May the river rose."));
  EXPECT_TRUE(has_clock_time("December 2, 2020 4:15 PM GMT"));
  EXPECT_TRUE(has_clock_time("Updated 14:02"));
  EXPECT_FALSE(has_clock_time("The score was 2:1."));
  EXPECT_FALSE(has_clock_time("Verse 2020:101"));
}

}  // namespace
}  // namespace chorus::ingest

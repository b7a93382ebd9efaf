// The time tagger: expression forms and their TIMEX3 values, the span
// invariant on every input, and agreement with a naive scan of absolute dates.
#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>

#include "time/timex.h"

namespace chorus::time {
namespace {

// Reference day of the examples: Tuesday 1 December 2020.
constexpr CivilDate kTuesday{2020, 12, 1};

struct Case {
  const char* text;     // a sentence
  const char* surface;  // the expression expected in it
  const char* type;
  const char* value;
};

const Case kCases[] = {
    // Absolute dates in newswire forms.
    {"The deal was signed on November 9, 2020 in Moscow.", "November 9, 2020", "DATE", "2020-11-09"},
    {"It was signed on Nov. 9, 2020.", "Nov. 9, 2020", "DATE", "2020-11-09"},
    {"It opened on 9 November 2020.", "9 November 2020", "DATE", "2020-11-09"},
    {"It ends on the ninth of November.", "the ninth of November", "DATE", "2020-11-09"},
    {"Prices rose in March 2019.", "March 2019", "DATE", "2019-03"},
    {"He was born in 1961.", "1961", "DATE", "1961"},
    {"The file is dated 2020-12-01.", "2020-12-01", "DATE", "2020-12-01"},
    {"The note is dated 12/01/2020.", "12/01/2020", "DATE", "2020-12-01"},
    {"Posted 22/03/2013 at noon.", "22/03/2013", "DATE", "2013-03-22"},
    {"Updated: 2013-03-22T10:15:00Z", "2013-03-22T10:15:00Z", "TIME", "2013-03-22T10:15"},
    {"Stamped 2020-11-10T01:30+03:00 here.", "2020-11-10T01:30+03:00", "TIME", "2020-11-10T01:30"},
    {"Published: 10:42 GMT, 22 March 2013", "10:42 GMT, 22 March 2013", "TIME", "2013-03-22T10:42Z"},
    {"Revenue rose in FY2013.", "FY2013", "DATE", "2013"},
    {"Profit fell in H1 2013.", "H1 2013", "DATE", "2013-H1"},
    // A weekday beside a day and month without a year picks the year.
    {"On Sunday 1 December, talks began.", "Sunday 1 December", "DATE", "2019-12-01"},
    {"The truce began at 00:00 Moscow time on 10 November.", "00:00 Moscow time on 10 November",
     "TIME", "2020-11-10T00:00"},
    {"BAKU, December 1. Troops entered.", "December 1", "DATE", "2020-12-01"},
    {"Sales fell in fiscal 1989.", "fiscal 1989", "DATE", "1989"},
    {"It was built in the 1990s.", "the 1990s", "DATE", "199"},
    {"It was built in the '80s.", "the '80s", "DATE", "198"},
    {"It dates from the 20th century.", "the 20th century", "DATE", "19"},
    {"It dates from the 20th Century.", "the 20th Century", "DATE", "19"},
    {"It was built in the late 19th century.", "the late 19th century", "DATE", "18"},
    {"He spoke in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
    {"It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"},
    {"It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI"},
    {"Prices fell the day before last Friday.", "the day before last Friday", "DATE", "2020-11-26"},
    {"Shops will reopen the day after Christmas.", "the day after Christmas", "DATE", "2020-12-26"},
    // Relative to the reference day.
    {"Troops entered the district on Tuesday.", "Tuesday", "DATE", "2020-12-01"},
    {"The talks began on Friday.", "Friday", "DATE", "2020-11-27"},
    {"The talks will resume on Friday.", "Friday", "DATE", "2020-12-04"},
    // "until" and "by" are prepositions: the verb after them decides the tense.
    // A company's year: "the year ended ..." is a duration, "for the year" this year.
    {"Net income rose in the year ended March 31.", "the year", "DURATION", "P1Y"},
    {"Revenue fell for the fiscal year ending June 30.", "the fiscal year", "DURATION", "P1Y"},
    {"For the year, sales were flat.", "the year", "DATE", "2020"},
    {"Output rose in the first half of the year.", "the year", "DATE", "2020"},
    // "recent months" is a duration of unknown length, like "the past few months".
    {"Prices have risen in recent months.", "recent months", "DURATION", "PXM"},
    {"Farmers are planning to march on Monday.", "Monday", "DATE", "2020-12-07"},
    // A month without a year: the nearest, leaning to the side of the tense.
    {"The chief executive resigned in April.", "April", "DATE", "2020-04"},
    {"The chief executive leaves in April.", "April", "DATE", "2021-04"},
    // "as soon as", "as early as": the earliest date of a plan.
    {"The envoy could arrive as soon as Friday.", "Friday", "DATE", "2020-12-04"},
    // The period of "a.m." ends no sentence: the tense cue before it still counts.
    {"Polls will close at 9 a.m. Friday.", "9 a.m. Friday", "TIME", "2020-12-04T09:00"},
    // A possessive weekday names a day already past, even in a future clause.
    {"Lawyers will appeal Friday's ruling.", "Friday", "DATE", "2020-11-27"},
    {"Until Friday, officials had not named a suspect.", "Friday", "DATE", "2020-11-27"},
    {"Until Friday, officials will not name a suspect.", "Friday", "DATE", "2020-12-04"},
    {"The mill must close by Friday.", "Friday", "DATE", "2020-12-04"},
    // A passive after a modal is no past: "will be played".
    {"The final will be played on 14 July.", "14 July", "DATE", "2021-07-14"},
    {"The vote will be held on Sunday.", "Sunday", "DATE", "2020-12-06"},
    // The present of a timetable points ahead.
    {"The festival ends on Sunday.", "Sunday", "DATE", "2020-12-06"},
    {"The documentary airs on Friday.", "Friday", "DATE", "2020-12-04"},
    {"The election is on the first Sunday in February.", "the first Sunday in February", "DATE", "2021-02-07"},
    {"Rents are due on the last Thursday of the month.", "the last Thursday of the month", "DATE",
     "2020-12-31"},
    // "to last" is a verb: the duration is what follows.
    {"The trial is expected to last three weeks.", "three weeks", "DURATION", "P3W"},
    {"The study followed them for 6.5 years.", "6.5 years", "DURATION", "P78M"},
    {"The flight took 1.5 hours.", "1.5 hours", "DURATION", "PT1H30M"},
    // A plan told in the pluperfect was overtaken: its day is past.
    {"The offer had been due to expire Friday.", "Friday", "DATE", "2020-11-27"},
    // Irregular past forms count as past; with no cue before, the verb after decides.
    {"A bullet tore through the window Friday night.", "Friday night", "TIME", "2020-11-27TNI"},
    {"On Friday, the league plans a protest.", "Friday", "DATE", "2020-12-04"},
    {"On Friday, when the envoy plans a visit, it rained.", "Friday", "DATE", "2020-11-27"},
    {"He left last Friday.", "last Friday", "DATE", "2020-11-27"},
    {"They met this past Sunday.", "this past Sunday", "DATE", "2020-11-29"},
    {"They meet this coming Sunday.", "this coming Sunday", "DATE", "2020-12-06"},
    {"They met this past weekend.", "this past weekend", "DATE", "2020-W48-WE"},
    {"It was announced yesterday.", "yesterday", "DATE", "2020-11-30"},
    {"It will be announced tomorrow.", "tomorrow", "DATE", "2020-12-02"},
    {"Prices fell last month.", "last month", "DATE", "2020-11"},
    {"Prices fell earlier this month.", "this month", "DATE", "2020-12"},
    {"Sales rose this year.", "this year", "DATE", "2020"},
    {"Sales rose last year.", "last year", "DATE", "2019"},
    {"The vote is next week.", "next week", "DATE", "2020-W50"},
    {"It rained last week.", "last week", "DATE", "2020-W48"},
    {"Fighting broke out in late September.", "late September", "DATE", "2020-09"},
    {"Fighting broke out in mid-September.", "mid-September", "DATE", "2020-09"},
    {"He arrived two weeks ago.", "two weeks ago", "DATE", "2020-W47"},
    {"He arrived five days ago.", "five days ago", "DATE", "2020-11-26"},
    {"The plant opened a decade ago.", "a decade ago", "DATE", "2010"},
    {"It was repaired last summer.", "last summer", "DATE", "2019-SU"},
    {"Results for the third quarter were weak.", "the third quarter", "DATE", "2020-Q3"},
    {"Third-quarter profit rose.", "Third-quarter", "DATE", "2020-Q3"},
    {"Profit fell in the first half of 1998.", "the first half of 1998", "DATE", "1998-H1"},
    {"Profit will rise in next year's first quarter.", "next year's first quarter", "DATE", "2021-Q1"},
    {"The slide began in the second half of last year.", "the second half of last year", "DATE", "2019-H2"},
    {"Sales topped last year's quarter.", "last year's quarter", "DATE", "2019-Q3"},
    {"Sales fell in the current fiscal year.", "the current fiscal year", "DATE", "2020"},
    {"Sales fell last fiscal year.", "last fiscal year", "DATE", "2019"},
    {"Talks resume the week of Dec. 14.", "the week of Dec. 14", "DATE", "2020-W51"},
    {"The fair is on the weekend of Dec. 12.", "the weekend of Dec. 12", "DATE", "2020-W50-WE"},
    {"Markets closed on Christmas Day.", "Christmas Day", "DATE", "2020-12-25"},
    {"Stores opened on Thanksgiving.", "Thanksgiving", "DATE", "2020-11-26"},
    {"He spoke on Monday morning.", "Monday morning", "TIME", "2020-11-30TMO"},
    // Universal time keeps its zone.
    {"The rocket lifted off at 22:40 UTC.", "22:40 UTC", "TIME", "2020-12-01T22:40Z"},
    {"It happened at 3 p.m. GMT.", "3 p.m. GMT", "TIME", "2020-12-01T15:00Z"},
    {"It happened at 3 p.m. EST.", "3 p.m. EST", "TIME", "2020-12-01T15:00"},
    // The season after a determiner, and in a range.
    {"Sales will fall in the fall.", "the fall", "DATE", "2020-FA"},
    {"The works run from spring to fall.", "fall", "DATE", "2020-FA"},
    {"He spoke this morning.", "this morning", "TIME", "2020-12-01TMO"},
    {"He spoke at 10:35 a.m. on Tuesday.", "10:35 a.m. on Tuesday", "TIME", "2020-12-01T10:35"},
    {"The curfew starts at 4 p.m.", "4 p.m.", "TIME", "2020-12-01T16:00"},
    {"Kickoff was at 7:30 p.m. ET Saturday.", "7:30 p.m. ET Saturday", "TIME", "2020-11-28T19:30"},
    {"The fiscal year ends soon.", "The fiscal year", "DATE", "2020"},
    {"The plan is due by year-end.", "year-end", "DATE", "2020"},
    {"The city will double by the end of the decade.", "the end of the decade", "DATE", "202"},
    // Durations and sets.
    {"The war lasted six weeks.", "six weeks", "DURATION", "P6W"},
    {"It was held for nearly three decades.", "nearly three decades", "DURATION", "P30Y"},
    {"The region was occupied for 28 years.", "28 years", "DURATION", "P28Y"},
    {"The strike lasted five hours.", "five hours", "DURATION", "PT5H"},
    {"They signed a five-year contract.", "five-year", "DURATION", "P5Y"},
    {"Talks went on for years.", "years", "DURATION", "PXY"},
    {"They held a day-long strike.", "day-long", "DURATION", "P1D"},
    {"Output rose in the past two months.", "the past two months", "DURATION", "P2M"},
    {"It was held for more than a quarter-century.", "more than a quarter-century", "DURATION", "P25Y"},
    {"The talks took half an hour.", "half an hour", "DURATION", "PT30M"},
    {"The talks took an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"},
    {"The war lasted two and a half years.", "two and a half years", "DURATION", "P30M"},
    {"The paper appears daily.", "daily", "SET", "P1D"},
    {"They meet every week.", "every week", "SET", "P1W"},
    {"The summit is held every four years.", "every four years", "SET", "P4Y"},
    {"The bridge carries 9,000 cars a day.", "a day", "SET", "P1D"},
    {"The season started a month earlier than usual.", "a month", "DURATION", "P1M"},
    {"The plan runs over the next decade.", "the next decade", "DURATION", "P10Y"},
    {"Tourists come each July.", "each July", "SET", "XXXX-07"},
    {"The camp opens every summer.", "every summer", "SET", "XXXX-SU"},
    {"The show airs on Mondays.", "Mondays", "SET", "XXXX-WXX-1"},
    {"The show airs Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
    // Vague references.
    {"Prices are now higher.", "now", "DATE", "PRESENT_REF"},
    {"He is currently abroad.", "currently", "DATE", "PRESENT_REF"},
    {"He recently resigned.", "recently", "DATE", "PAST_REF"},
    {"They will meet in the near future.", "the near future", "DATE", "FUTURE_REF"},
    {"Prices rose in recent years.", "recent years", "DATE", "PAST_REF"},
};

TEST(Timex, ExpressionFormsAndValues) {
  const TimexTagger tagger;
  for (const Case& c : kCases) {
    const std::string text = c.text;
    const auto timexes = tagger.tag(text, kTuesday);
    bool found = false;
    for (const Timex& t : timexes) {
      if (t.span.of(text) != c.surface) continue;
      found = true;
      EXPECT_EQ(timex_type_name(t.type), c.type) << c.text;
      EXPECT_EQ(t.value, c.value) << c.text;
    }
    EXPECT_TRUE(found) << "no [" << c.surface << "] in: " << c.text;
  }
}

TEST(Timex, ReferringBackToAnEarlierDate) {
  const TimexTagger tagger;
  const std::string text =
      "Agdam was handed over on November 20, followed by Kalbajar five days later. "
      "Lachin, which was handed over on the 25th of it, stayed calm. The next day was quiet.";
  const auto timexes = tagger.tag(text, kTuesday);
  std::vector<std::string> values;
  for (const Timex& t : timexes) values.push_back(t.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2020-11-20", "2020-11-25", "2020-11-25", "2020-11-26"}));
  // Each case: a text, how many expressions it has, and the value of one.
  struct Later {
    const char* text;
    size_t count;
    size_t index;
    const char* surface;
    const char* value;
  };
  const Later kLater[] = {
      {"The rebels attacked on November 20. The next morning the town was quiet.", 2, 1,
       "The next morning", "2020-11-21TMO"},
      // A day on a new line starts a new sentence: it is not the clock time's.
      {"The outage lasted until 9 a.m.\nLast Friday, crews returned.", 2, 0, "9 a.m.", "2020-12-01T09:00"},
      // A capitalized word on the next line is no time zone ("5 p.m.\nIt ...").
      {"Service stopped between 2 p.m. and 5 p.m.\nIt resumed later.", 2, 1, "5 p.m.", "2020-12-01T17:00"},
      // A date on the next line is the next line's.
      {"Posted 12:01 AM EDT\nMarch 22, 2013", 2, 1, "March 22, 2013", "2013-03-22"},
      // Months and years count from the last month or year named, not from the reference.
      {"In September the firm got an offer. The following month, it put itself up for sale.", 2, 1,
       "The following month", "2020-10"},
      {"The law was passed in 1990 and amended two years later.", 2, 1, "two years later", "1992"},
      {"The firm was founded in 2001. Three years on, it went public.", 2, 1, "Three years on", "2004"},
      {"Revenue fell in 1997 from a peak the year before.", 2, 1, "the year before", "1996"},
      {"It began in 1990 and ended two decades later, in the 2010s.", 3, 1, "two decades later", "2010"},
      {"It boomed in the 2010s; talks resumed a decade later.", 2, 1, "a decade later", "202"},
  };
  for (const Later& c : kLater) {
    const std::string sentence = c.text;
    const auto found = tagger.tag(sentence, kTuesday);
    ASSERT_EQ(found.size(), c.count) << sentence;
    EXPECT_EQ(found[c.index].span.of(sentence), c.surface) << sentence;
    EXPECT_EQ(found[c.index].value, c.value) << sentence;
  }
}

// A long text is tagged a window at a time (cut at paragraph breaks first),
// what it said carried over: "five days later" and "The next day" in a later
// window still count from the date an earlier window named. On a text of many
// paragraphs, small windows give exactly what one pass gives.
TEST(Timex, WindowsOfALongTextGiveWhatOnePassGives) {
  const std::string paragraphs[] = {
      "Agdam was handed over on November 20, followed by Kalbajar five days later.",
      "The next day was quiet. Talks resumed on Tuesday and the ceasefire held until 9 a.m.",
      "In September the firm got an offer. The following month, it put itself up for sale.",
      "The law was passed in 1990 and amended two years later, from 1992-1994.",
      "Officials said on Friday that the bridge would reopen by March 2, 2021.",
  };
  std::string text;
  for (int round = 0; round < 20; ++round)
    for (const std::string& p : paragraphs) text += p + "\n\n";
  const TimexTagger whole;
  TimexOptions small;
  small.window_bytes = 300;  // a few paragraphs a window
  const TimexTagger windowed(small);
  const auto a = whole.tag(text, kTuesday);
  const auto b = windowed.tag(text, kTuesday);
  ASSERT_EQ(a.size(), b.size());
  ASSERT_GT(a.size(), 200u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].span.begin, b[i].span.begin) << i;
    EXPECT_EQ(a[i].span.end, b[i].span.end) << i;
    EXPECT_EQ(a[i].value, b[i].value) << a[i].span.of(text);
    EXPECT_EQ(a[i].range_from, b[i].range_from) << i;
    EXPECT_EQ(a[i].future, b[i].future) << i;
  }
  // A text without breaks is still cut (at spaces), and every span stays inside it.
  const std::string line(5000, 'x');
  std::string dates;
  for (int i = 0; i < 300; ++i) dates += "2031-03-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + " ";
  const auto cut = windowed.tag(dates + line, kTuesday);
  EXPECT_EQ(cut.size(), 300u);
  for (const Timex& t : cut) EXPECT_LE(t.span.end, dates.size());
}

TEST(Timex, RangesAreTwoLinkedExpressions) {
  const TimexTagger tagger;
  const std::string text = "In 1992-1994 the war raged; talks ran on Nov. 9-10.";
  const auto timexes = tagger.tag(text, kTuesday);
  ASSERT_EQ(timexes.size(), 4u);
  EXPECT_EQ(timexes[0].value, "1992");
  EXPECT_EQ(timexes[1].value, "1994");
  EXPECT_EQ(timexes[1].range_from, 0);
  EXPECT_EQ(timexes[2].value, "2020-11-09");
  EXPECT_EQ(timexes[3].value, "2020-11-10");
  EXPECT_EQ(timexes[3].range_from, 2);
  // The end of a weekday range comes after its start.
  const std::string sale = "The sale runs Tuesday through Thursday.";
  const auto week = tagger.tag(sale, kTuesday);
  ASSERT_EQ(week.size(), 2u);
  EXPECT_EQ(week[0].value, "2020-12-01");
  EXPECT_EQ(week[1].value, "2020-12-03");
  // Day first: "1-2 December".
  const std::string summit = "The summit takes place on 1-2 December.";
  const auto days = tagger.tag(summit, kTuesday);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].span.of(summit), "1");
  EXPECT_EQ(days[0].value, "2020-12-01");
  EXPECT_EQ(days[1].span.of(summit), "2 December");
  EXPECT_EQ(days[1].value, "2020-12-02");
  EXPECT_EQ(days[1].range_from, 0);
}

// A number and a dash before a date whose day is not written as digits
// (fuzz_timex: "2-9 day later" without a reference, where the date's value
// does not end in a day) is not the start of a day range, and nothing throws.
TEST(Timex, DayRangeNeedsADayOfDigits) {
  const TimexTagger tagger;
  const std::string text = "2-9 day later";
  std::vector<Timex> timexes;
  ASSERT_NO_THROW(timexes = tagger.tag(text, std::nullopt));
  for (const Timex& t : timexes) EXPECT_LT(t.range_from, 0) << t.value;
  ASSERT_NO_THROW(timexes = TimexTagger(TimexOptions{.anchor_to_previous = false, .vague_references = false})
                                .tag(text, std::nullopt));
  ASSERT_NO_THROW(timexes = tagger.tag(text, kTuesday));
}

TEST(Timex, WithoutReferenceUnknownPartsAreX) {
  const TimexTagger tagger;
  const std::string text = "Troops entered on December 1 and left on Tuesday.";
  const auto timexes = tagger.tag(text, std::nullopt);
  ASSERT_EQ(timexes.size(), 2u);
  EXPECT_EQ(timexes[0].value, "XXXX-12-01");
  EXPECT_EQ(timexes[1].value, "XXXX-WXX-2");
}

TEST(Timex, NotTimes) {
  const TimexTagger tagger;
  for (const char* text : {"The former minister spoke.", "He may leave.", "It will march on.",
                           "A 6-year-old boy was hurt.", "About 2,000 troops left.",
                           "The score was 3:2.", "He paid $1998 for it.", "Prices fell 1998%.",
                           "He won a second term.", "Crowds met after the fall of Saigon.",
                           "He told USA Today about it.", "She spoke on This Week with them.",
                           "He was interviewed by 60 Minutes.", "A man in his 30s was hurt.",
                           "He met Jan and Dec at the port.",
                           "The case went to the 11th Circuit.", "She holds an H1 visa.",
                           "Fyodor and the FY rules.", "The G20 met.",
                           "Prices are expected to continue to fall.", "Shares will fall.",
                           "The index rose to 2008.17 points.", "Shares closed at 1299.59.",
                           "Workers at the soon-to-open plant protested."}) {
    EXPECT_TRUE(tagger.tag(text, kTuesday).empty()) << text;
  }
}

// Random texts built from time words, numbers, punctuation and UTF-8: every
// span is inside the text, in order, not overlapping, and never starts or
// ends inside a UTF-8 sequence.
TEST(Timex, SpansAreValidOnAnyInput) {
  const std::vector<std::string> pieces = {
      "on", "Tuesday", "December", "1", "2020", "-", "1994", ",", ".", "the", "25th", "of", "it",
      "five", "days", "later", "ago", "a", "year", "earlier", "last", "week", "early", "mid",
      "’", "—", "é", "Ça", "10:35", "a.m.", "p", "m", "'", "90s", "quarter", "third", "by",
      "Nov.", "9", "/", "12", "fiscal", "now", "\n", "  ", "\xC2\xA0", "every", "nearly"};
  std::mt19937 random(7);
  const TimexTagger tagger;
  TimexScratch scratch;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(random() % 25);
    for (int i = 0; i < n; ++i) {
      text += pieces[random() % pieces.size()];
      if (random() % 3) text += ' ';
    }
    const auto reference = round % 2 ? std::optional<CivilDate>(kTuesday) : std::nullopt;
    const auto timexes = tagger.tag(text, reference, scratch);
    uint32_t last_end = 0;
    for (const Timex& t : timexes) {
      ASSERT_LE(t.span.end, text.size()) << text;
      ASSERT_LT(t.span.begin, t.span.end) << text;
      ASSERT_GE(t.span.begin, last_end) << text;
      last_end = t.span.end;
      const auto continuation = [&text](uint32_t at) {
        return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
      };
      EXPECT_FALSE(continuation(t.span.begin)) << text;
      EXPECT_FALSE(continuation(t.span.end)) << text;
      EXPECT_FALSE(t.value.empty()) << text;
    }
  }
}

// The slow twin: a regular expression for "Month D, YYYY" finds the same
// absolute dates as the tagger, with the same values.
TEST(Timex, AgreesWithNaiveScanOfFullDates) {
  static const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December"};
  std::mt19937 random(11);
  const TimexTagger tagger;
  const std::regex pattern(
      "(January|February|March|April|May|June|July|August|September|October|November|December) "
      "([0-9]{1,2}), ([0-9]{4})");
  for (int round = 0; round < 300; ++round) {
    std::string text = "Officials said";
    for (int k = 0; k < 3; ++k) {
      const int month = static_cast<int>(random() % 12);
      const int year = 1950 + static_cast<int>(random() % 80);
      const int day = 1 + static_cast<int>(random() % days_in_month(year, month + 1));
      text += " that on " + std::string(kMonths[month]) + " " + std::to_string(day) + ", " +
              std::to_string(year) + " prices rose";
    }
    text += ".";
    std::vector<std::string> naive;
    for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it) {
      int month = 0;
      while ((*it)[1] != kMonths[month]) ++month;
      naive.push_back(day_value(CivilDate{std::stoi((*it)[3]), month + 1, std::stoi((*it)[2])}));
    }
    std::vector<std::string> tagged;
    for (const Timex& t : tagger.tag(text, kTuesday)) tagged.push_back(t.value);
    EXPECT_EQ(tagged, naive) << text;
  }
}

}  // namespace
}  // namespace chorus::time

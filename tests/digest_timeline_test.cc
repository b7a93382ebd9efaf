// Document dates and the timeline through the library, on small invented
// clusters: metadata, datelines, years fixed by the cluster, merging one
// event told by several outlets, conflicting dates, deadlines and context.
#include <gtest/gtest.h>

#include <algorithm>

#include "compare/match_model.h"
#include "digest/pipeline.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

Article article(const std::string& id, const std::string& text, const std::string& published = "") {
  Article a;
  a.id = id;
  a.path = id + ".txt";
  a.raw = text;
  a.published = published;
  return a;
}

Digest run(const std::vector<Article>& articles) {
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(articles, Options{}, diagnostics);
  return digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model());
}

const TimelineEntry* entry_on(const Digest& d, const std::string& date, const std::string& status) {
  for (const TimelineEntry& e : d.timeline)
    if (e.date == date && e.status == status) return &e;
  return nullptr;
}

// Three outlets on one invented event: a ferry strike in a harbour town.
std::vector<Article> strike_cluster() {
  return {
      article("a",
              "HAVENMOUTH, March 4. /HNA/. Ferry crews in Havenmouth ended their strike on Tuesday, "
              "the union said.\n"
              "The strike began on February 20, after talks on night-shift pay collapsed.\n"
              "Under the mediator's plan, the port authority was expected to publish the new rota by "
              "March 1. The rota was finally published on March 3.\n"
              "The port was built in 1887.\n"),
      article("b",
              "Ferry crews in Havenmouth returned to work after ending their strike on March 4, 2031, "
              "union leaders said.\n"
              "The walkout had begun on February 21, when talks on night-shift pay collapsed.\n"),
      article("c",
              "Havenmouth ferry crews called off their strike on Tuesday, March 4.\n"
              "The new rota, which the port authority published on March 3, restores night-shift pay.\n"),
  };
}

TEST(DocumentDates, MetadataDatelineAndInference) {
  std::vector<Article> articles = strike_cluster();
  articles.push_back(article("d", "Crews were back on the ferries on Wednesday.", "2031-03-05T08:00:00Z"));
  const Digest d = run(articles);
  ASSERT_EQ(d.documents.size(), 4u);
  EXPECT_EQ(d.documents[0].published, "2031-03-04");  // dateline, year from the cluster
  EXPECT_EQ(d.documents[0].published_from, "dateline");
  EXPECT_EQ(d.documents[1].published, "2031-03-04");  // its own latest date
  EXPECT_EQ(d.documents[1].published_from, "inferred");
  EXPECT_EQ(d.documents[2].published, "2031-03-04");  // "Tuesday, March 4" fits 2031
  EXPECT_EQ(d.documents[2].published_from, "inferred");
  EXPECT_EQ(d.documents[3].published, "2031-03-05T08:00:00Z");
  EXPECT_EQ(d.documents[3].published_from, "metadata");
}

Digest run_warned(const std::vector<Article>& articles, Diagnostics& diagnostics) {
  const Cluster cluster = digest::prepare_cluster(articles, Options{}, diagnostics);
  return digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model());
}

bool warned(const Diagnostics& diagnostics, const std::string& part) {
  return std::any_of(diagnostics.warnings.begin(), diagnostics.warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

TEST(DocumentDates, WeekdayBesideADateFixesTheYearOnlyWhenBounded) {
  // "Tuesday, December 1" fits 2015, 2020, 2026 ...: a bare year of history
  // bounds it from below only, so the year stays unknown, with a warning.
  const std::string wire = "KAVRA, Dec. 1 (Reuters) - Troops entered the district before dawn, officials said.\n";
  const std::string told = "Troops entered the district in the early hours of Tuesday, December 1. "
                           "The region has been disputed since 2016.\n";
  Diagnostics diagnostics;
  const Digest history = run_warned({article("w", wire), article("x", told)}, diagnostics);
  for (const DigestDocument& doc : history.documents) {
    EXPECT_EQ(doc.published, "") << doc.id;
    EXPECT_EQ(doc.published_from, "unknown");
    EXPECT_EQ(doc.published_confidence, 0);
  }
  EXPECT_TRUE(warned(diagnostics, "w.txt: publication date unknown: it is dated December 1 but no year is stated; "
                                  "its cluster's weekdays fit 2020"))
      << diagnostics.warnings.front();
  // A copyright notice bounds it from above: the most recent fitting year;
  // the report dated only by the day it tells agrees with the dateline's.
  const Digest noticed = run({article("w", wire + "\n\u00a9 2024 Border Wire. All rights reserved.\n"),
                              article("x", told)});
  EXPECT_EQ(noticed.documents[0].published, "2020-12-01");
  EXPECT_EQ(noticed.documents[0].published_from, "dateline");
  EXPECT_EQ(noticed.documents[1].published, "2020-12-01");
  EXPECT_EQ(noticed.documents[1].published_from, "inferred");
  EXPECT_GE(noticed.documents[1].published_confidence, 0.5);
  // A past day told with its month is recent news: the first fit from it.
  const Digest recent = run({article("w", wire), article("x", "Troops entered the district in the early hours of "
                                                              "Tuesday, December 1. Talks had failed on November 9, 2020.\n")});
  EXPECT_EQ(recent.documents[0].published, "2020-12-01");
  // Never a century off: nothing names any year.
  const Digest bare = run({article("w", wire), article("x", "Troops entered the district early on Tuesday, December 1.\n")});
  EXPECT_EQ(bare.documents[0].published, "");
  EXPECT_EQ(bare.documents[1].published, "");
  // A report alone, dated only by a day it tells, may be days later: unknown.
  const Digest alone = run({article("x", "Troops entered the district in the early hours of Tuesday, December 1. "
                                         "Talks had failed on November 9, 2020.\n")});
  EXPECT_EQ(alone.documents[0].published, "");
  // Nothing to go by: unknown.
  const Digest none = run({article("y", "Troops entered the district after long talks.")});
  EXPECT_EQ(none.documents[0].published, "");
  EXPECT_EQ(none.documents[0].published_from, "unknown");
}

TEST(DocumentDates, DateStampsDateTheirArticleAndCaptionsNever) {
  Diagnostics diagnostics;
  const Digest d = run_warned(
      {article("stamp", "Storm cuts power across Harlow County\n"
                        "By Jane Roe\n"
                        "(Published Monday, Nov. 19, 2018)\n\n"
                        "A storm cut power to 40,000 homes in Harlow County on Sunday, officials said.\n\n"
                        "FILE PHOTO: A lineman works on a pole in Harlow, Aug. 13, 2016. REUTERS/John Doe\n\n"
                        "Crews worked through the night to restore service to the county's hospitals.\n"),
       article("wire", "July 4 (UPI) -- Crews restored power to most of Harlow County on Tuesday, the utility "
                       "said in a statement.\n\nThe county's last storm of this size was in 1962.\n"),
       article("caption", "Harlow County storm\n\nFILE PHOTO: A lineman works on a pole in Harlow, Aug. 13, 2016. "
                          "REUTERS/John Doe\n\nThe storm cut power to thousands of homes, officials said.\n")},
      diagnostics);
  EXPECT_EQ(d.documents[0].published, "2018-11-19");
  EXPECT_EQ(d.documents[0].published_from, "timestamp");
  EXPECT_DOUBLE_EQ(d.documents[0].published_confidence, 0.9);
  // The dateline's day, the year the other outlet's stamp states.
  EXPECT_EQ(d.documents[1].published, "2018-07-04");
  EXPECT_EQ(d.documents[1].published_from, "dateline");
  // A caption's date is another day's: no date, and a warning.
  EXPECT_EQ(d.documents[2].published, "");
  EXPECT_TRUE(warned(diagnostics, "caption.txt")) << diagnostics.warnings.size();
}

TEST(DocumentDates, APageDateOfTodayYieldsToTheStorysEarlierStamp) {
  // The site prints today's date beside the headline; the story's own line,
  // at the top of its body, is a week older. A sentence near the headline
  // that names a day tells of an event and dates nothing.
  Article page;
  page.id = "page";
  page.path = "page.html";
  page.format = ArticleFormat::kHtml;
  page.raw =
      "<html><head><title>Harbour crane collapses - Coast Herald</title></head><body>"
      "<div class='masthead'>Tuesday 15 January 2008</div>"
      "<h1>Harbour crane collapses</h1>"
      "<div class='story'><p>Tuesday, January 8, 2008 3:20 AM</p>"
      "<p>A container crane at the northern quay collapsed on Monday night, injuring two dock workers and "
      "closing three berths, the port authority said in a statement.</p>"
      "<p>The crane, installed in 1994, had passed its last inspection in the autumn, a spokesman said, and "
      "engineers were examining the base of its left leg.</p>"
      "<p>Shipping lines were told to expect delays of up to two days while the wreckage is cleared from the "
      "quay and the berths are inspected.</p></div></body></html>";
  const Digest d = run({page});
  EXPECT_EQ(d.documents[0].published, "2008-01-08");
  EXPECT_EQ(d.documents[0].published_from, "timestamp");
}

TEST(DocumentDates, AnotherOutletsDateAnchorsYesterday) {
  // The wire dates the vote; the paper's "yesterday" is the day after it.
  const Digest d = run({article("wire", "LONDON, May 12, 2019 (Reuters) - The borough council voted on Sunday to "
                                        "close the Harlow Street library, officials said.\n"),
                        article("paper", "The borough council voted yesterday to close the Harlow Street library, "
                                         "angering readers who had campaigned for months.\n")});
  EXPECT_EQ(d.documents[0].published, "2019-05-12");
  EXPECT_EQ(d.documents[1].published, "2019-05-13");
  EXPECT_EQ(d.documents[1].published_from, "inferred");
  // A weekday fits a week of writing days: it dates nothing alone.
  const Digest weekday = run({article("wire", "LONDON, May 12, 2019 (Reuters) - The borough council voted on Sunday "
                                              "to close the Harlow Street library, officials said.\n"),
                              article("paper", "The borough council voted on Sunday to close the Harlow Street "
                                               "library, angering readers who had campaigned for months.\n")});
  EXPECT_EQ(weekday.documents[1].published, "");
}

TEST(DocumentDates, CopyrightOutranksAYearNamingAThing) {
  // "the 2031 budget" lies ahead; "Published Dec. 13" is the article's day.
  const Digest d = run({article("budget", "Council passes budget\nPublished Dec. 13, 6:02 a.m.\n\n"
                                          "The council approved the 2031 budget late on Thursday night, by nine "
                                          "votes to four.\n\nCopyright 2030 Lorrimer Courier. All rights reserved.\n")});
  EXPECT_EQ(d.documents[0].published, "2030-12-13");
  EXPECT_EQ(d.documents[0].published_from, "timestamp");
}

TEST(Timeline, NotUntilADateTellsWhenItHappened) {
  const Digest d = run({article("a", "LONDON, May 12, 2019 (Reuters) - Gordon Harlowe was not charged until 2015, "
                                     "seven years after the fire, the court heard. Officials did not announce the "
                                     "figures until Monday. The plant will not reopen until June 3.\n")});
  const TimelineEntry* charged = entry_on(d, "2015", "happened");
  ASSERT_NE(charged, nullptr);
  EXPECT_NE(charged->text.find("not charged"), std::string::npos);
  EXPECT_NE(entry_on(d, "2019-05-06", "happened"), nullptr);  // the Monday before, not after
  EXPECT_NE(entry_on(d, "2019-06-03", "scheduled"), nullptr);
}

TEST(Timeline, MonthsAndYearsAheadOfTheReportAreScheduled) {
  const Digest d = run({article("a", "OSLO, Oct. 13, 2028 (Reuters) - The company is targeting February 2029 for "
                                     "its second flight. The old plant closes in 2030, the company says. Its bonds are due in 2045. "
                                     "The site opened in 1971.\n")});
  EXPECT_NE(entry_on(d, "2029-02", "scheduled"), nullptr);
  EXPECT_NE(entry_on(d, "2030", "scheduled"), nullptr);
  EXPECT_NE(entry_on(d, "1971", "happened"), nullptr);
  EXPECT_EQ(entry_on(d, "2045", "scheduled"), nullptr);  // too far off to be news
}

TEST(Timeline, OneEntryPerEventAcrossOutlets) {
  const Digest d = run(strike_cluster());
  ASSERT_FALSE(d.timeline.empty());
  // Sorted by date.
  EXPECT_TRUE(std::is_sorted(d.timeline.begin(), d.timeline.end(),
                             [](const TimelineEntry& x, const TimelineEntry& y) { return x.date < y.date; }));
  const TimelineEntry* end = entry_on(d, "2031-03-04", "happened");
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(end->docs, (std::vector<std::string>{"a", "b", "c"}));
  const TimelineEntry* rota = entry_on(d, "2031-03-03", "happened");
  ASSERT_NE(rota, nullptr);
  EXPECT_EQ(rota->docs, (std::vector<std::string>{"a", "c"}));
  // Every entry's text is the document's text at its span.
  for (const TimelineEntry& e : d.timeline) {
    const auto doc = std::find_if(d.documents.begin(), d.documents.end(),
                                  [&e](const DigestDocument& x) { return x.id == e.doc; });
    ASSERT_NE(doc, d.documents.end());
    EXPECT_EQ(doc->text.substr(e.start, e.end - e.start), e.text);
  }
}

TEST(Timeline, ConflictDeadlineAndContext) {
  const Digest d = run(strike_cluster());
  // a says the strike began on February 20, b on February 21: one entry, both dates.
  const auto conflict = std::find_if(d.timeline.begin(), d.timeline.end(),
                                     [](const TimelineEntry& e) { return !e.conflict.empty(); });
  ASSERT_NE(conflict, d.timeline.end());
  EXPECT_EQ(conflict->date, "2031-02-20");
  ASSERT_EQ(conflict->conflict.size(), 2u);
  EXPECT_EQ(conflict->conflict[0].doc, "a");
  EXPECT_EQ(conflict->conflict[0].date, "2031-02-20");
  EXPECT_EQ(conflict->conflict[1].doc, "b");
  EXPECT_EQ(conflict->conflict[1].date, "2031-02-21");
  // The rota was due by March 1 and came on March 3.
  const TimelineEntry* due = entry_on(d, "2031-03-01", "scheduled");
  ASSERT_NE(due, nullptr);
  EXPECT_EQ(due->actual, "2031-03-03");
  // 1887 is background.
  const TimelineEntry* built = entry_on(d, "1887", "happened");
  ASSERT_NE(built, nullptr);
  EXPECT_TRUE(built->context);
  EXPECT_FALSE(entry_on(d, "2031-03-04", "happened")->context);
}

// Two outlets spell a district two ways, one lists the deadlines: still one
// entry per deadline, described by the outlet that writes a whole sentence.
TEST(Timeline, SpellingsMergeAndSentencesDescribe) {
  const Digest d = run({
      article("a",
              "Under the accord, the militia was to leave the Vostok district by May 20, the "
              "Gharabagh district by May 10 and the harbour by June 1.\n"
              "Fighting had broken out on April 2. Talks opened in Lisbon on April 20. The accord "
              "was signed on April 28.\n",
              "2031-06-02"),
      article("b",
              "Garabag was to be handed back by May 10, officials said.\n"
              "The war began on April 2 and ended with the accord of April 28. Monitors arrived "
              "on May 4.\n",
              "2031-06-02"),
  });
  const TimelineEntry* due = entry_on(d, "2031-05-10", "scheduled");
  ASSERT_NE(due, nullptr);
  EXPECT_EQ(due->docs, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(due->doc, "b");
  EXPECT_EQ(due->text.substr(0, 7), "Garabag");
  const TimelineEntry* vostok = entry_on(d, "2031-05-20", "scheduled");
  ASSERT_NE(vostok, nullptr);
  EXPECT_EQ(vostok->docs, (std::vector<std::string>{"a"}));
}

TEST(Timeline, IsDeterministic) {
  const Digest first = run(strike_cluster());
  const Digest second = run(strike_cluster());
  ASSERT_EQ(first.timeline.size(), second.timeline.size());
  for (size_t i = 0; i < first.timeline.size(); ++i) {
    EXPECT_EQ(first.timeline[i].date, second.timeline[i].date);
    EXPECT_EQ(first.timeline[i].text, second.timeline[i].text);
    EXPECT_EQ(first.timeline[i].docs, second.timeline[i].docs);
  }
}

// The shared seed reports: every report gets a day, several events merge
// across outlets, one is dated differently by one outlet, and a postponed
// deadline carries the date it actually happened. (No names or dates of the
// example here: only the shape of the result.)
TEST(TimelineShared, SeedReports) {
  const auto dir = shared_dir() / "seeds";
  CHORUS_REQUIRE_SHARED(dir);
  std::vector<Article> articles;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) articles.push_back(article(file.stem().string(), read_file(file)));
  const Digest d = run(articles);
  for (const DigestDocument& doc : d.documents) {
    EXPECT_EQ(doc.published.size(), 10u) << doc.id;
    EXPECT_NE(doc.published_from, "unknown") << doc.id;
  }
  size_t merged = 0, conflicts = 0, late_deadlines = 0;
  for (const TimelineEntry& e : d.timeline) {
    merged += e.status == "happened" && e.docs.size() >= 3;
    conflicts += !e.conflict.empty();
    late_deadlines += e.status == "scheduled" && !e.actual.empty() && e.actual > e.date;
  }
  EXPECT_GE(merged, 3u);
  EXPECT_EQ(conflicts, 1u);
  EXPECT_GE(late_deadlines, 1u);
}

}  // namespace
}  // namespace chorus::testing

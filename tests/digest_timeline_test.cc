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

TEST(DocumentDates, WeekdayBesideADateFixesTheYear) {
  // No year is written anywhere; only 2020 (and 2015, 2026 ...) has Tuesday 1 December,
  // and the year 2016 the text names rules out the earlier fits.
  const Digest d = run({article("x", "Troops entered the district in the early hours of Tuesday, December 1. "
                                     "The region has been disputed since 2016.")});
  EXPECT_EQ(d.documents[0].published, "2020-12-01");
  EXPECT_EQ(d.documents[0].published_from, "inferred");
  // Nothing to go by: unknown.
  const Digest none = run({article("y", "Troops entered the district after long talks.")});
  EXPECT_EQ(none.documents[0].published, "");
  EXPECT_EQ(none.documents[0].published_from, "unknown");
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

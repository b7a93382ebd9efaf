// Bounded cost per byte (issue 12): hostile inputs whose output or work grew
// with the square of their size, each checked without a clock: the quoted
// text per timeline date is bounded, fast paths agree with their slow twins,
// bounds on the work leave a warning, and a stop request ends a digest of a
// large input with chorus::Cancelled.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <thread>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "compare/distinctive_terms.h"
#include "compare/figure_groups.h"
#include "compare/match_model.h"
#include "compare/timeline.h"
#include "digest/annotations.h"
#include "digest/pipeline.h"
#include "test_support.h"
#include "time/publication_date.h"
#include "time/timeline_mentions.h"

namespace chorus::testing {
namespace {

Article article(const std::string& id, std::string text, const std::string& published = "") {
  Article a;
  a.id = id;
  a.path = id + ".txt";
  a.raw = std::move(text);
  a.published = published;
  return a;
}

Cluster prepare(const std::vector<Article>& articles) {
  Diagnostics diagnostics;
  return digest::prepare_cluster(articles, Options{}, diagnostics);
}

// One line of `n` ISO dates: the hostile input whose timeline quoted the
// whole line for every date (22 KB gave 44 MB of JSON).
std::string date_line(size_t n) {
  std::string line;
  for (size_t i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2020-%02zu-%02zu ", 1 + i % 12, 1 + i % 28);
    line += date;
  }
  return line + "\n";
}

TEST(CostTimeline, QuotedTextPerDateIsBounded) {
  const std::string line = date_line(2000);
  const Cluster cluster = prepare({article("dates", "Dates\n\n" + line, "2021-01-01"),
                                   article("other", "The council met on March 3, 2020 to approve the budget.\n",
                                           "2021-01-01")});
  const Digest digest = digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model());
  ASSERT_FALSE(digest.timeline.empty());
  size_t quoted = 0;
  for (const TimelineEntry& entry : digest.timeline) {
    const auto doc = std::find_if(digest.documents.begin(), digest.documents.end(),
                                  [&](const DigestDocument& d) { return d.id == entry.doc; });
    ASSERT_NE(doc, digest.documents.end());
    // The contract: text is exactly documents[doc].text[start:end] ...
    EXPECT_EQ(entry.text, doc->text.substr(entry.start, entry.end - entry.start));
    // ... and a window around the date, not the whole line.
    EXPECT_LE(entry.text.size(), 1000u) << entry.date;
    quoted += entry.text.size();
  }
  EXPECT_LE(quoted, 1000 * digest.timeline.size());
  EXPECT_LT(quoted, 100 * line.size());
}

// An ordinary sentence is quoted whole, as before the bound.
TEST(CostTimeline, OrdinarySentenceQuotedWhole) {
  const std::string sentence =
      "Ferry crews in Havenmouth returned to work after ending their strike on March 4, 2031, union leaders said.";
  const Cluster cluster = prepare({article("a", sentence + "\n", "2031-03-05"),
                                   article("b", "The strike had begun on February 21.\n", "2031-03-05")});
  const Digest digest = digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model());
  const auto it = std::find_if(digest.timeline.begin(), digest.timeline.end(),
                               [](const TimelineEntry& e) { return e.date == "2031-03-04"; });
  ASSERT_NE(it, digest.timeline.end());
  EXPECT_EQ(it->text, sentence);
}

// The timeline's first step joined statements pair by pair; it now joins them
// through postings. Its slow twin, the pairwise rule as documented
// (docs/JSON.md): same date and status, and two shared stems near the date,
// one telling stem (used by at most a quarter of the statements) or a telling
// name. Both must make the same entries on many random clusters.
std::vector<std::vector<std::pair<uint32_t, uint32_t>>> pairwise_entries(const Cluster& cluster,
                                                                          const std::vector<compare::DocumentAnnotations>& notes) {
  std::vector<time::DatedStatement> statements;
  const std::optional<time::CivilDate> day = time::cluster_reference(cluster.documents);
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    std::optional<time::CivilDate> reference = time::parse_iso_date(cluster.documents[d].published);
    if (!reference) reference = day;
    time::dated_statements(cluster, d, notes[d].timexes, reference, statements);
  }
  std::erase_if(statements, [](const time::DatedStatement& s) { return !s.named; });
  std::set<time::NameStem> names_seen;
  for (const auto& s : statements) names_seen.insert(s.names.begin(), s.names.end());
  for (auto& s : statements) {
    if (s.opener == time::kNoName || !names_seen.count(s.opener)) continue;
    s.names.insert(std::lower_bound(s.names.begin(), s.names.end(), s.opener), s.opener);
  }
  std::map<uint32_t, int> stem_df;
  std::map<time::NameStem, int> name_df;
  for (const auto& s : statements) {
    for (uint32_t w : s.stems) ++stem_df[w];
    for (const auto& n : s.names) ++name_df[n];
  }
  const int total = static_cast<int>(statements.size());
  std::vector<size_t> parent(statements.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&parent](size_t x) {
    while (parent[x] != x) x = parent[x];
    return x;
  };
  for (size_t a = 0; a < statements.size(); ++a) {
    for (size_t b = a + 1; b < statements.size(); ++b) {
      const auto& x = statements[a];
      const auto& y = statements[b];
      if (x.mention.value != y.mention.value || x.scheduled != y.scheduled || x.until != y.until) continue;
      size_t shared = 0;
      bool telling = false;
      for (uint32_t w : x.near) {
        if (!std::binary_search(y.near.begin(), y.near.end(), w)) continue;
        ++shared;
        telling |= 4 * stem_df[w] <= total;
      }
      for (const auto& n : x.names)
        telling |= std::binary_search(y.names.begin(), y.names.end(), n) && 4 * name_df[n] <= total;
      if (shared >= 2 || telling) parent[find(b)] = find(a);
    }
  }
  std::map<size_t, std::vector<std::pair<uint32_t, uint32_t>>> groups;
  for (size_t s = 0; s < statements.size(); ++s)
    groups[find(s)].emplace_back(statements[s].mention.doc, statements[s].mention.timex.begin);
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CostTimeline, PostingsJoinAsPairwiseRule) {
  std::mt19937 random(7);
  const std::vector<std::string> words = {"ferry", "strike", "council", "budget", "river", "flood", "bridge",
                                          "Havenmouth", "Ostvik", "Marrow", "union", "talks", "pay", "rota"};
  const std::vector<std::string> days = {"March 1", "March 2", "March 3", "March 4"};
  for (int trial = 0; trial < 30; ++trial) {
    std::vector<Article> articles;
    for (int d = 0; d < 3; ++d) {
      std::string text;
      for (int s = 0; s < 12; ++s) {
        std::string sentence = "The";
        for (int w = 0; w < 6; ++w) sentence += " " + words[random() % words.size()];
        sentence += " on " + days[random() % days.size()] + ".";
        text += sentence + "\n";
      }
      articles.push_back(article(std::string(1, static_cast<char>('a' + d)), text, "2031-03-05"));
    }
    const Cluster cluster = prepare(articles);
    const auto notes = digest::annotate_documents(cluster, {}, time::TimexTagger());
    // Step 1 alone: no claims, no conflicts or actual dates to look for.
    compare::TimelineOptions options;
    options.conflict_max_days = -1;
    options.actual_max_days = -1;
    std::vector<std::vector<std::pair<uint32_t, uint32_t>>> fast;
    for (const compare::TimelineItem& item : compare::build_timeline(cluster, notes, options)) {
      std::vector<std::pair<uint32_t, uint32_t>> members;
      for (const time::TimelineMention& m : item.mentions) members.emplace_back(m.doc, m.timex.begin);
      std::sort(members.begin(), members.end());
      fast.push_back(std::move(members));
    }
    std::sort(fast.begin(), fast.end());
    EXPECT_EQ(fast, pairwise_entries(cluster, notes)) << "trial " << trial;
  }
}

// Many statements of one day, one status and the same words: a timeline of
// one entry, built without comparing every statement with every other (the
// old step 4 ranked members pairwise too).
TEST(CostTimeline, OneDayManyStatementsOneEntry) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "The ferry strike in Havenmouth ended on March 4.\n";
  const Cluster cluster = prepare({article("a", text, "2031-03-05"), article("b", text, "2031-03-05")});
  const Digest digest = digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model());
  ASSERT_EQ(digest.timeline.size(), 1u);
  EXPECT_EQ(digest.timeline[0].docs, (std::vector<std::string>{"a", "b"}));
}

// A second document of ordinary words, for distinctive terms to stand out against.
std::string ordinary_text() {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += "The council met on Monday to approve the budget for roads, schools and the harbor market. ";
  return text + "\n";
}

// Past the bound on entries, the timeline keeps those most documents report
// and says so; within it, nothing is dropped and nothing is said.
TEST(CostTimeline, EntryBoundKeepsMostReportedAndWarns) {
  std::string a, b;
  for (int day = 1; day <= 28; ++day) a += "The ferry council met on March " + std::to_string(day) + ", 2031.\n";
  b = "The ferry council met on March 3, 2031.\nThe ferry council met on March 5, 2031.\n";
  const Cluster cluster = prepare({article("a", a, "2031-04-01"), article("b", b, "2031-04-01")});
  const auto notes = digest::annotate_documents(cluster, {}, time::TimexTagger());
  Diagnostics all;
  const auto every = compare::build_timeline(cluster, notes, {}, {}, &all);
  EXPECT_TRUE(all.warnings.empty());
  ASSERT_GE(every.size(), 28u);
  compare::TimelineOptions options;
  options.max_entries = 2;
  Diagnostics bounded;
  const auto kept = compare::build_timeline(cluster, notes, options, {}, &bounded);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].date, "2031-03-03");
  EXPECT_EQ(kept[1].date, "2031-03-05");
  ASSERT_EQ(bounded.warnings.size(), 1u);
  EXPECT_EQ(bounded.warnings[0].rfind("timeline: ", 0), 0u);
}

// Past the bound on dates placed, each document gives its first dates, the
// same number each, and a warning says so: a short document loses none of
// its dates to a long one.
TEST(CostTimeline, StatementBoundTakesTheFirstDatesOfEachDocument) {
  std::string a;
  for (int day = 1; day <= 28; ++day) a += "The ferry council met on March " + std::to_string(day) + ", 2031.\n";
  const std::string b = "The harbor board voted on April 2, 2031.\nThe harbor board met on April 3, 2031.\n";
  const Cluster cluster = prepare({article("a", a, "2031-04-05"), article("b", b, "2031-04-05")});
  const auto notes = digest::annotate_documents(cluster, {}, time::TimexTagger());
  compare::TimelineOptions options;
  options.max_statements = 10;  // b's 2 dates (and its day line, if tagged) and 8 or so of a's
  Diagnostics bounded;
  const auto kept = compare::build_timeline(cluster, notes, options, {}, &bounded);
  std::set<std::string> dates;
  for (const auto& item : kept) dates.insert(item.date);
  EXPECT_TRUE(dates.count("2031-04-02") && dates.count("2031-04-03"));
  EXPECT_TRUE(dates.count("2031-03-01"));
  EXPECT_FALSE(dates.count("2031-03-28"));
  EXPECT_LE(kept.size(), 10u);
  ASSERT_EQ(bounded.warnings.size(), 1u);
  EXPECT_EQ(bounded.warnings[0].rfind("timeline: more than 10 dates", 0), 0u);
  Diagnostics unbounded;
  EXPECT_GE(compare::build_timeline(cluster, notes, {}, {}, &unbounded).size(), 30u);
  EXPECT_TRUE(unbounded.warnings.empty());
}

// The most frequent surface form of a distinctive term, ties to the first:
// counted by hashing now, by comparing every occurrence with every other before.
TEST(CostDistinctiveTerms, SurfaceFormAsPairwiseCount) {
  std::string text = "Floods and flooding. ";
  for (int i = 0; i < 30; ++i) text += "The floods hit. Flooded roads. The flood came. Floods again. ";
  const Cluster cluster = prepare({article("a", text), article("b", ordinary_text())});
  const auto terms = compare::distinctive_terms(cluster, {});
  ASSERT_FALSE(terms[0].empty());
  const Document& doc = cluster.documents[0];
  // The slow twin over the document's surface forms of the term's stem.
  const compare::TermScore& top = terms[0].front();
  std::map<std::string, std::pair<size_t, uint32_t>> forms;  // -> (count, first offset)
  const uint32_t stem = [&] {
    for (const Token& t : doc.tokens)
      if (t.span.begin == top.surface.begin) return t.stem;
    return UINT32_MAX;
  }();
  for (const Token& t : doc.tokens) {
    if (t.stem != stem) continue;
    auto& [count, first] = forms.try_emplace(std::string(doc.at(t.span)), 0, t.span.begin).first->second;
    ++count;
  }
  std::string best;
  size_t best_count = 0;
  uint32_t best_first = UINT32_MAX;
  for (const auto& [form, entry] : forms)
    if (entry.first > best_count || (entry.first == best_count && entry.second < best_first))
      best = form, best_count = entry.first, best_first = entry.second;
  EXPECT_EQ(std::string(doc.at(top.surface)), best);
  EXPECT_EQ(top.count, 30u * 4 + 2);
}

// A word repeated tens of thousands of times: one term, its one surface form.
TEST(CostDistinctiveTerms, RepeatedWord) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "flood ";
  const Cluster cluster = prepare({article("a", text + "\n"), article("b", ordinary_text())});
  const auto terms = compare::distinctive_terms(cluster, {});
  // The word, and the pair of it with itself ("flood flood").
  const auto word = std::find_if(terms[0].begin(), terms[0].end(), [&](const compare::TermScore& t) {
    return cluster.documents[0].at(t.surface) == "flood";
  });
  ASSERT_NE(word, terms[0].end());
  EXPECT_EQ(word->count, 50000u);
  EXPECT_LE(terms[0].size(), 2u);
}

// A figure group's verdict checked every pair of its figures; it now reads
// the highest low and lowest high. Both must agree on many random groups.
TEST(CostFigures, AllConsistentAsEveryPair) {
  std::mt19937 random(11);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<figures::Quantity> quantities(1 + random() % 6);
    for (figures::Quantity& q : quantities) {
      q.value = 90 + static_cast<double>(random() % 30);
      q.low = q.value - static_cast<double>(random() % 8);
      q.high = random() % 10 == 0 ? std::numeric_limits<double>::infinity() : q.value + static_cast<double>(random() % 8);
      q.approximation = random() % 2 ? figures::Approximation::kExact : figures::Approximation::kAbout;
      q.round = random() % 5 == 0;
    }
    std::vector<const figures::Quantity*> values;
    for (const figures::Quantity& q : quantities) values.push_back(&q);
    bool pairwise = true;
    for (size_t a = 0; a < values.size(); ++a)
      for (size_t b = a + 1; b < values.size(); ++b)
        pairwise &= compare::consistent(*values[a], *values[b], compare::kFigureTolerance);
    EXPECT_EQ(compare::all_consistent(values, compare::kFigureTolerance), pairwise) << "trial " << trial;
  }
}

// Past the bound on the claims' search, the digest says so.
TEST(CostClaims, BoundReachedWarns) {
  std::string a, b;
  for (int i = 0; i < 400; ++i) {
    a += "The river council approved the flood budget number " + std::to_string(i) + ".\n";
    b += "The flood council passed the river budget again " + std::to_string(i) + ".\n";
  }
  const Cluster cluster = prepare({article("a", a), article("b", b)});
  Options options;
  const compare::MatchModel& match = compare::builtin_match_model();
  compare::ClaimOptions claim_options;
  claim_options.visits_per_sentence = 1;  // a bound every common word passes
  const auto notes = digest::annotate_documents(cluster, {}, time::TimexTagger());
  const compare::ClusterFacts facts(cluster, notes, match.lexical);
  Diagnostics diagnostics;
  const std::vector<uint32_t> outlets{0, 1};
  compare::find_claims(cluster, facts, match.pairs, outlets, claim_options, {}, &diagnostics);
  ASSERT_EQ(diagnostics.warnings.size(), 1u);
  EXPECT_NE(diagnostics.warnings[0].find("claims:"), std::string::npos);
  Diagnostics none;
  compare::find_claims(cluster, facts, match.pairs, outlets, {}, {}, &none);
  EXPECT_TRUE(none.warnings.empty());
}

// A stop requested from another thread while a large input is digested ends
// the digest with chorus::Cancelled (how soon is measured by
// bench/scaling.sh, not asserted here).
TEST(CostStop, StopFromAnotherThreadCancels) {
  std::string text;
  std::mt19937 random(3);
  const std::vector<std::string> words = {"river", "council", "bridge", "storm", "harbor", "police", "Ostvik",
                                          "Marrow", "flood", "budget", "March", "4", "people", "1,200"};
  while (text.size() < 3'000'000) {
    std::string sentence = "The";
    for (int w = 0; w < 12; ++w) sentence += " " + words[random() % words.size()];
    text += sentence + " on March " + std::to_string(1 + random() % 28) + ".\n";
  }
  const std::vector<Article> articles{article("big", text, "2031-03-30"),
                                      article("small", "The council met on March 3 to approve the budget.\n")};
  const Engine engine;
  std::stop_source stop;
  std::thread requester([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop.request_stop();
  });
  EXPECT_THROW(engine.digest(articles, engine.options(), stop.get_token()), Cancelled);
  requester.join();
}

}  // namespace
}  // namespace chorus::testing

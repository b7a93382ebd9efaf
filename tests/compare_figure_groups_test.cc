// Figure groups: the quantities of several documents grouped by what they
// count, with a verdict on whether the documents agree; every quantity in
// exactly one group, on hand-written sentences, random ones and the examples.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cluster_support.h"
#include "compare/figure_groups.h"
#include "quantity_support.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

using figures::Quantity;

// Never abort on user input: random sentences of tricky pieces (numbers,
// separators, units, approximators, dates) keep every invariant.
void check_random_cluster(int documents, size_t min_figures) {
  const std::vector<std::string> pieces = {
      "2,940", "3.5", "3,000", "15", "-", "to", "20", "%", "per", "cent", "km", "5km", "$", "\u20ac", "million",
      "two", "thousand", "a", "dozen", "nearly", "more", "than", "up", "at", "least", "about", "between", "and",
      "people", "were", "killed", "of", "the", "hundreds", "tens", "December", "1", ",", "2020", "4:40", "a.m.",
      "25th", "1990s", "Flight", "17", "(", ")", "\u2013", "half", "square", "cubic", "metres", "km/h", "'s",
      "one", "several", "ago", "over", "years", "0", "999999999999999999999", ".", "5.", ".5", "1,2,3", "bn"};
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  std::vector<std::string> texts;
  for (int doc = 0; doc < documents; ++doc) {
    std::string text;
    for (int sentence = 0; sentence < 20; ++sentence) {
      const size_t words = 3 + next() % 15;
      for (size_t w = 0; w < words; ++w) text += pieces[next() % pieces.size()] + (next() % 5 ? " " : "");
      text += ".\n";
    }
    texts.push_back(text);
  }
  const Cluster cluster = annotated_cluster(texts);
  const auto quantities = quantities_of(cluster);
  for (size_t d = 0; d < texts.size(); ++d) expect_valid(cluster.documents[d], quantities[d]);
  const auto groups = compare::group_figures(cluster, figures::QuantityWords(cluster.lexicon), quantities, {});
  size_t members = 0, total = 0;
  for (const auto& group : groups) members += group.members.size();
  for (const auto& q : quantities) total += q.size();
  EXPECT_EQ(members, total);
  EXPECT_GE(total, min_figures);
}

TEST(Quantities, RandomSentencesKeepTheInvariants) { check_random_cluster(20, 100); }

// Thousands of figures: grouping switches to blocking by noun, event and
// value instead of scoring every pair, and still places every figure.
TEST(Quantities, ManyFiguresAreGroupedWithinBounds) { check_random_cluster(150, 1600); }

// --- grouping across documents ---

struct Grouped {
  Cluster cluster;
  std::vector<std::vector<Quantity>> quantities;
  std::vector<compare::FigureGroup> groups;
};

Grouped group(const std::vector<std::string>& texts) {
  Grouped g;
  g.cluster = annotated_cluster(texts);
  g.quantities = quantities_of(g.cluster);
  g.groups = compare::group_figures(g.cluster, figures::QuantityWords(g.cluster.lexicon), g.quantities, {});
  return g;
}

// The group holding the quantity whose text is `text` in document `doc`.
const compare::FigureGroup* find(const Grouped& g, uint32_t doc, std::string_view text) {
  for (const auto& group : g.groups) {
    for (const auto& ref : group.members) {
      const Quantity& q = g.quantities[doc][ref.index];
      if (ref.doc != doc) continue;
      // The figure alone, or with the thing it counts after it ("two murders").
      const Span with_thing{q.span.begin, q.thing.begin >= q.span.end ? q.thing.end : q.span.end};
      const Document& d = g.cluster.documents[doc];
      if (d.at(q.span) == text || d.at(with_thing) == text) return &group;
    }
  }
  return nullptr;
}

TEST(FigureGroups, SameValueAgrees) {
  const Grouped g = group({"Troops guard a 5-kilometre corridor between the two towns.",
                           "The five-kilometer corridor between the towns stays under guard.",
                           "Soldiers patrol the 5-km corridor linking the towns."});
  const auto* corridor = find(g, 0, "5-kilometre");
  ASSERT_NE(corridor, nullptr);
  EXPECT_EQ(corridor->members.size(), 3u);
  EXPECT_EQ(corridor->verdict, compare::Verdict::kAgree);
  EXPECT_EQ(corridor->about, "corridor");
  EXPECT_EQ(g.groups.front().members.size(), 3u);  // groups over more documents first
}

TEST(FigureGroups, UnitsConvertBeforeComparing) {
  const Grouped g = group({"The convoy drove along a 5 km stretch of coast road.",
                           "The convoy drove along a 5,000-metre stretch of the coast road."});
  const auto* stretch = find(g, 0, "5 km");
  ASSERT_NE(stretch, nullptr);
  EXPECT_EQ(stretch->members.size(), 2u);
  EXPECT_EQ(stretch->verdict, compare::Verdict::kAgree);
}

TEST(FigureGroups, ApproximationsMakeApproximateAgreement) {
  const Grouped g = group({"The league sent nearly 3,000 observers to watch the vote.",
                           "The league will be sending 2,940 observers to watch the vote.",
                           "The accord provides for three thousand observers to watch the vote."});
  const auto* observers = find(g, 1, "2,940");
  ASSERT_NE(observers, nullptr);
  EXPECT_EQ(observers->members.size(), 3u);
  EXPECT_EQ(observers->verdict, compare::Verdict::kApproximate);
}

TEST(FigureGroups, StemsLetMonitorsMeetMonitoringTroops) {
  const Grouped g = group({"The league sent nearly 3,000 monitors to the border valley.",
                           "The league sent 2,940 monitoring troops to the border valley."});
  const auto* troops = find(g, 1, "2,940 monitoring troops");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->members.size(), 2u);
  EXPECT_EQ(troops->verdict, compare::Verdict::kApproximate);
}

TEST(FigureGroups, ExtentWordsMatchHeightsAndDepthsNotWidths) {
  const Grouped g = group({"In the lower town the flood rose as high as 2.5 metres on Tuesday.",
                           "Floodwater reached a depth of 2.5 meters in parts of the town.",
                           "The breach in the wall was 2.5 metres wide."});
  const auto* depth = find(g, 1, "2.5 meters");
  ASSERT_NE(depth, nullptr);
  EXPECT_EQ(depth->members.size(), 2u);
  EXPECT_EQ(depth->about, "depth");
  EXPECT_EQ(find(g, 2, "2.5 metres")->members.size(), 1u);
}

TEST(FigureGroups, DifferentCountsOfTheSameThingConflict) {
  const Grouped g = group({"Officials said 12 people were killed when the dam broke.",
                           "Rescuers said 19 people were killed when the dam broke.",
                           "At least 12 people were killed when the dam broke, police said."});
  const auto* dead = find(g, 0, "12");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->members.size(), 3u);
  EXPECT_EQ(dead->verdict, compare::Verdict::kConflict);
  EXPECT_EQ(dead->about, "people dead");
}

TEST(FigureGroups, DifferentEventsAndDimensionsStayApart) {
  const Grouped g = group({"The storm killed 12 people in the harbour town.",
                           "The storm injured 12 people in the harbour town.",
                           "Prices in the harbour town rose 12 percent after the storm."});
  const auto* dead = find(g, 0, "12");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->members.size(), 1u);
  EXPECT_EQ(dead->verdict, compare::Verdict::kSingle);
  EXPECT_EQ(find(g, 2, "12 percent")->members.size(), 1u);
}

TEST(FigureGroups, NounsCountedInTheSameSentenceStayApart) {
  const Grouped g = group({"The guard was found guilty of two murders and of raping two women in the camp.",
                           "The court found the guard guilty of two murders and of raping two women."});
  const auto* murders = find(g, 0, "two murders");
  ASSERT_NE(murders, nullptr);
  EXPECT_EQ(murders->members.size(), 2u);
  EXPECT_EQ(murders->verdict, compare::Verdict::kAgree);
  EXPECT_EQ(murders->about, "murders");
  EXPECT_EQ(find(g, 0, "two women")->about, "women");
}

TEST(FigureGroups, SameNounWithDifferentFatesIsNoConflict) {
  const Grouped g = group({"Prosecutors sought a sentence of five years for the editor.",
                           "His lawyer said the editor had served two years of an 11-year sentence before."});
  const auto* five = find(g, 0, "five years");
  ASSERT_NE(five, nullptr);
  EXPECT_NE(five->verdict, compare::Verdict::kConflict);
}

TEST(FigureGroups, ConsistentIsSymmetricAndRespectsTolerance) {
  Cluster holder;
  const auto a = scan("Nearly 3,000 troops arrived.", holder)[0];
  const auto b = scan("2,940 troops arrived.", holder)[0];
  const auto c = scan("3,700 troops arrived.", holder)[0];
  const auto d = scan("More than 2,900 troops arrived.", holder)[0];
  EXPECT_TRUE(compare::consistent(a, b, 0.05));
  EXPECT_TRUE(compare::consistent(b, a, 0.05));
  EXPECT_FALSE(compare::consistent(a, c, 0.05));
  EXPECT_TRUE(compare::consistent(d, c, 0.05));  // "more than 2,900" allows 3,700
  const auto twelve = scan("12 people died.", holder)[0];
  const auto nineteen = scan("19 people died.", holder)[0];
  EXPECT_FALSE(compare::consistent(twelve, nineteen, 0.05));
}

TEST(FigureGroups, EveryQuantityInExactlyOneGroupAndDeterministic) {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "examples" / "lakeport")) {
    texts.push_back(read_file(entry.path()));
  }
  std::sort(texts.begin(), texts.end());
  const Grouped g = group(texts);
  size_t members = 0, quantities = 0;
  for (const auto& group : g.groups) members += group.members.size();
  for (const auto& q : g.quantities) quantities += q.size();
  EXPECT_EQ(members, quantities);
  const Grouped again = group(texts);
  ASSERT_EQ(again.groups.size(), g.groups.size());
  for (size_t i = 0; i < g.groups.size(); ++i) {
    EXPECT_EQ(again.groups[i].about, g.groups[i].about);
    EXPECT_EQ(again.groups[i].members.size(), g.groups[i].members.size());
  }
}

}  // namespace
}  // namespace chorus::testing

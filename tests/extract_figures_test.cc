// Figures: quantities found in hand-written sentences (approximators,
// ranges, number words, units, exclusions), the span invariant on every
// quantity of every input, and grouping across documents with verdicts.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "extract/figure_groups.h"
#include "extract/quantity_scanner.h"
#include "cluster_support.h"
#include "test_support.h"
#include "text/annotator.h"

namespace chorus::testing {
namespace {

using extract::Approximation;
using extract::Dimension;
using extract::Event;
using extract::Quantity;


std::vector<std::vector<Quantity>> quantities_of(const Cluster& cluster) {
  const extract::QuantityWords words(cluster.lexicon);
  std::vector<std::vector<Quantity>> out(cluster.documents.size());
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    extract::find_quantities(cluster.documents[d], cluster.lexicon, words, {}, out[d]);
  }
  return out;
}

// The span invariant and basic sanity for every quantity of a document.
void expect_valid(const Document& doc, const std::vector<Quantity>& quantities) {
  for (const Quantity& q : quantities) {
    ASSERT_LT(q.sentence, doc.sentences.size());
    const Span sentence = doc.sentences[q.sentence].span;
    EXPECT_TRUE(sentence.contains(q.span)) << doc.at(q.span);
    EXPECT_FALSE(q.span.empty());
    EXPECT_EQ(doc.at(q.span), std::string_view(doc.text).substr(q.span.begin, q.span.size()));
    if (!q.thing.empty()) {
      EXPECT_TRUE(sentence.contains(q.thing)) << doc.at(q.thing);
    }
    if (q.head != extract::kNoStem) {
      EXPECT_TRUE(q.thing.contains(q.head_span)) << doc.at(q.span);
    }
    // The text of a quantity starts and ends on a word boundary.
    const std::string_view text = doc.at(q.span);
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(text.front())));
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(text.back())));
    EXPECT_LE(q.low, q.value * (1 + 1e-12)) << text;
    EXPECT_GE(q.high, q.value * (1 - 1e-12)) << text;
  }
}

// The quantities of one sentence, checked for validity.
std::vector<Quantity> scan(const std::string& sentence, Cluster& holder) {
  holder = annotated_cluster({sentence});
  auto all = quantities_of(holder);
  expect_valid(holder.documents[0], all[0]);
  return all[0];
}

struct Expect {
  std::string sentence;
  std::string text;    // the quantity's span
  double value;
  double low, high;
  std::string unit;    // canonical, "" for counts
  std::string head;    // the counted noun as written, "" for none
};

TEST(Quantities, HandWrittenSentences) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<Expect> cases = {
      {"The alliance has deployed nearly 3,000 observers to the region.", "nearly 3,000", 3000, 2700, 3000, "", "observers"},
      {"The mission of 2,940 soldiers arrived on Monday.", "2,940", 2940, 2940, 2940, "", "soldiers"},
      {"About two thousand people were evacuated from the valley.", "About two thousand", 2000, 1800, 2200, "", "people"},
      {"Officials said a dozen houses burned overnight.", "a dozen", 12, 12, 12, "", "houses"},
      {"Twelve people were killed in the blast.", "Twelve", 12, 12, 12, "", "people"},
      {"The new bridge cost 1.5 million dollars to build.", "1.5 million dollars", 1.5e6, 1.5e6, 1.5e6, "dollar", ""},
      {"The firm reported a loss of $2.5 billion for the year.", "$2.5 billion", 2.5e9, 2.5e9, 2.5e9, "dollar", "loss"},
      {"Hundreds of protesters gathered outside the court.", "Hundreds", 200, 200, 999, "", "protesters"},
      {"Tens of thousands of people fled the fighting.", "Tens of thousands", 20000, 20000, 99999, "", "people"},
      {"Prices rose 15 to 20 percent in a year.", "15 to 20 percent", 17.5, 15, 20, "percent", ""},
      {"Between 15 and 20 per cent of the reservoir drained away.", "Between 15 and 20 per cent", 17.5, 15, 20, "percent", "reservoir"},
      {"Unions accepted a 15-20% cut in hours.", "15-20%", 17.5, 15, 20, "percent", "cut"},
      {"Troops guard a 5-kilometre corridor between the towns.", "5-kilometre", 5, 5, 5, "km", "corridor"},
      {"The five-kilometer zone below the dam was cleared.", "five-kilometer", 5, 5, 5, "km", "zone"},
      {"The 5km route reopened after the storm.", "5km", 5, 5, 5, "km", "route"},
      {"The storm forced more than 1,900 residents from their homes.", "more than 1,900", 1900, 1900, inf, "", "residents"},
      {"The landslide killed at least 12 people in the village.", "at least 12", 12, 12, inf, "", "people"},
      {"Water stood up to 3.5 metres deep in the lower town.", "up to 3.5 metres", 3.5, 1.75, 3.5, "m", ""},
      {"The war killed some 30,000 people.", "some 30,000", 30000, 27000, 33000, "", "people"},
      {"Roughly 40 km of track was damaged by the flood.", "Roughly 40 km", 40, 36, 44, "km", "track"},
      {"Twenty-five soldiers were wounded in the attack.", "Twenty-five", 25, 25, 25, "", "soldiers"},
      {"The council housed one hundred and fifty families in the school.", "one hundred and fifty", 150, 150, 150, "", "families"},
      {"The breach knocked out an 18-megawatt plant at the foot of the dam.", "18-megawatt", 18, 18, 18, "MW", "plant"},
      {"Almost 300 of its villages were retaken during the offensive.", "Almost 300", 300, 270, 300, "", "villages"},
      {"Several thousand waterbirds winter at the river mouth.", "Several thousand", 3000, 3000, 9000, "", "waterbirds"},
      {"Insurers put the losses at around 340 million marks.", "around 340 million marks", 3.4e8, 3.06e8, 3.74e8, "mark", "losses"},
      {"The reservoir holds 58 million cubic meters of water.", "58 million cubic meters", 5.8e7, 5.8e7, 5.8e7, "m3", "water"},
      {"The genocide killed more than half a million people.", "more than half a million", 5e5, 5e5, inf, "", "people"},
      {"Rescuers searched an area of 12 square kilometres.", "12 square kilometres", 12, 12, 12, "km2", "area"},
  };
  for (const Expect& c : cases) {
    Cluster holder;
    const std::vector<Quantity> found = scan(c.sentence, holder);
    ASSERT_EQ(found.size(), 1u) << c.sentence << " -> " << holder.documents[0].at(found.back().span);
    const Document& doc = holder.documents[0];
    const Quantity& q = found[0];
    EXPECT_EQ(doc.at(q.span), c.text) << c.sentence;
    EXPECT_NEAR(q.value, c.value, 1e-6 * std::max(1.0, c.value)) << c.sentence;
    EXPECT_NEAR(q.low, c.low, 1e-6 * std::max(1.0, c.low)) << c.sentence;
    if (std::isinf(c.high)) {
      EXPECT_TRUE(q.open_above()) << c.sentence;
    } else {
      EXPECT_NEAR(q.high, c.high, 1e-6 * std::max(1.0, c.high)) << c.sentence;
    }
    EXPECT_EQ(q.unit, c.unit) << c.sentence;
    EXPECT_EQ(q.head == extract::kNoStem ? "" : std::string(doc.at(q.head_span)), c.head) << c.sentence;
  }
}

TEST(Quantities, ApproximationsAndRoundFigures) {
  Cluster holder;
  auto q = scan("Nearly 3,000 people left; 2,940 were counted; three thousand came back.", holder);
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].approximation, Approximation::kNearly);
  EXPECT_FALSE(q[1].approximate());
  EXPECT_TRUE(q[2].round);  // "two thousand": a round figure, implicitly approximate
  EXPECT_TRUE(q[2].approximate());
  q = scan("The fighting went on over six years.", holder);  // "over" a duration: during, not more than
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(holder.documents[0].at(q[0].span), "six years");
  q = scan("The road between 2 villages was cut.", holder);  // "between" without a range
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(holder.documents[0].at(q[0].span), "2");
  q = scan("The fire burned for 12 hours.", holder);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].dimension, Dimension::kDuration);
  EXPECT_FALSE(q[0].approximate());
}

TEST(Quantities, EventsSayWhatHappenedToPeople) {
  Cluster holder;
  auto q = scan("Twelve people were killed and 40 people were injured.", holder);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].event, Event::kDeath);
  EXPECT_EQ(q[1].event, Event::kInjury);
  q = scan("The flood left 12 dead and seven missing.", holder);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].event, Event::kDeath);
  EXPECT_EQ(q[1].event, Event::kMissing);
  q = scan("The quake killed at least 30 people.", holder);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].event, Event::kDeath);
  q = scan("Police arrested 15 demonstrators.", holder);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].event, Event::kArrest);
  q = scan("Officials put the number of dead at 19.", holder);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].event, Event::kDeath);
}

TEST(Quantities, DatesTimesYearsAndCodesAreNotFigures) {
  const std::vector<std::string> none = {
      "On December 1, 2020 the deal took effect.",
      "The war ended in 1994 after the accord.",
      "The breach happened at 4:40 a.m. on Tuesday.",
      "Clashes have flared since the 1990s.",
      "The order was given on the 25th of last month.",
      "For help call 555-123-4567 at any hour.",
      "The crew of Flight 17 was named on Monday.",
      "The report was dated Feb. 17 and signed by the board.",
      "Cases of COVID-19 rose sharply.",
      "One of the engineers resigned.",
      "The evacuation was ordered 35 minutes later.",
      "Tensions boiled over in 1992-1994 across the region.",
      "The meeting is on 3 March in the capital.",
      "The bonds due 2036 fell sharply.",
      "Hanne Vettle, 58, runs a shop.",
      "A 28-year-old farmer was arrested.",
  };
  for (const std::string& sentence : none) {
    Cluster holder;
    const auto found = scan(sentence, holder);
    EXPECT_TRUE(found.empty()) << sentence << " -> " << holder.documents[0].at(found[0].span);
  }
}

TEST(Quantities, SpanInvariantOnExamplesAndSharedSeeds) {
  std::vector<std::filesystem::path> dirs = {source_dir() / "examples" / "lakeport"};
  if (std::filesystem::exists(shared_dir() / "seeds")) dirs.push_back(shared_dir() / "seeds");
  for (const auto& dir : dirs) {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) texts.push_back(read_file(entry.path()));
    const Cluster cluster = annotated_cluster(texts);
    const auto quantities = quantities_of(cluster);
    size_t total = 0;
    for (size_t d = 0; d < texts.size(); ++d) {
      expect_valid(cluster.documents[d], quantities[d]);
      total += quantities[d].size();
    }
    EXPECT_GT(total, 10u) << dir;
  }
}

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
  const auto groups = extract::group_figures(cluster, extract::QuantityWords(cluster.lexicon), quantities, {});
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
  std::vector<extract::FigureGroup> groups;
};

Grouped group(const std::vector<std::string>& texts) {
  Grouped g;
  g.cluster = annotated_cluster(texts);
  g.quantities = quantities_of(g.cluster);
  g.groups = extract::group_figures(g.cluster, extract::QuantityWords(g.cluster.lexicon), g.quantities, {});
  return g;
}

// The group holding the quantity whose text is `text` in document `doc`.
const extract::FigureGroup* find(const Grouped& g, uint32_t doc, std::string_view text) {
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
  EXPECT_EQ(corridor->verdict, extract::Verdict::kAgree);
  EXPECT_EQ(corridor->about, "corridor");
  EXPECT_EQ(g.groups.front().members.size(), 3u);  // groups over more documents first
}

TEST(FigureGroups, UnitsConvertBeforeComparing) {
  const Grouped g = group({"The convoy drove along a 5 km stretch of coast road.",
                           "The convoy drove along a 5,000-metre stretch of the coast road."});
  const auto* stretch = find(g, 0, "5 km");
  ASSERT_NE(stretch, nullptr);
  EXPECT_EQ(stretch->members.size(), 2u);
  EXPECT_EQ(stretch->verdict, extract::Verdict::kAgree);
}

TEST(FigureGroups, ApproximationsMakeApproximateAgreement) {
  const Grouped g = group({"The league sent nearly 3,000 observers to watch the vote.",
                           "The league will be sending 2,940 observers to watch the vote.",
                           "The accord provides for three thousand observers to watch the vote."});
  const auto* observers = find(g, 1, "2,940");
  ASSERT_NE(observers, nullptr);
  EXPECT_EQ(observers->members.size(), 3u);
  EXPECT_EQ(observers->verdict, extract::Verdict::kApproximate);
}

TEST(FigureGroups, StemsLetMonitorsMeetMonitoringTroops) {
  const Grouped g = group({"The league sent nearly 3,000 monitors to the border valley.",
                           "The league sent 2,940 monitoring troops to the border valley."});
  const auto* troops = find(g, 1, "2,940 monitoring troops");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->members.size(), 2u);
  EXPECT_EQ(troops->verdict, extract::Verdict::kApproximate);
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
  EXPECT_EQ(dead->verdict, extract::Verdict::kConflict);
  EXPECT_EQ(dead->about, "people dead");
}

TEST(FigureGroups, DifferentEventsAndDimensionsStayApart) {
  const Grouped g = group({"The storm killed 12 people in the harbour town.",
                           "The storm injured 12 people in the harbour town.",
                           "Prices in the harbour town rose 12 percent after the storm."});
  const auto* dead = find(g, 0, "12");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->members.size(), 1u);
  EXPECT_EQ(dead->verdict, extract::Verdict::kSingle);
  EXPECT_EQ(find(g, 2, "12 percent")->members.size(), 1u);
}

TEST(FigureGroups, NounsCountedInTheSameSentenceStayApart) {
  const Grouped g = group({"The guard was found guilty of two murders and of raping two women in the camp.",
                           "The court found the guard guilty of two murders and of raping two women."});
  const auto* murders = find(g, 0, "two murders");
  ASSERT_NE(murders, nullptr);
  EXPECT_EQ(murders->members.size(), 2u);
  EXPECT_EQ(murders->verdict, extract::Verdict::kAgree);
  EXPECT_EQ(murders->about, "murders");
  EXPECT_EQ(find(g, 0, "two women")->about, "women");
}

TEST(FigureGroups, SameNounWithDifferentFatesIsNoConflict) {
  const Grouped g = group({"Prosecutors sought a sentence of five years for the editor.",
                           "His lawyer said the editor had served two years of an 11-year sentence before."});
  const auto* five = find(g, 0, "five years");
  ASSERT_NE(five, nullptr);
  EXPECT_NE(five->verdict, extract::Verdict::kConflict);
}

TEST(FigureGroups, ConsistentIsSymmetricAndRespectsTolerance) {
  Cluster holder;
  const auto a = scan("Nearly 3,000 troops arrived.", holder)[0];
  const auto b = scan("2,940 troops arrived.", holder)[0];
  const auto c = scan("3,700 troops arrived.", holder)[0];
  const auto d = scan("More than 2,900 troops arrived.", holder)[0];
  EXPECT_TRUE(extract::consistent(a, b, 0.05));
  EXPECT_TRUE(extract::consistent(b, a, 0.05));
  EXPECT_FALSE(extract::consistent(a, c, 0.05));
  EXPECT_TRUE(extract::consistent(d, c, 0.05));  // "more than 2,900" allows 3,700
  const auto twelve = scan("12 people died.", holder)[0];
  const auto nineteen = scan("19 people died.", holder)[0];
  EXPECT_FALSE(extract::consistent(twelve, nineteen, 0.05));
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

// Figures: quantities found in hand-written sentences (approximators,
// ranges, number words, units, exclusions) and the span invariant on every
// quantity of every input.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "cluster_support.h"
#include "figures/quantity_scanner.h"
#include "quantity_support.h"
#include "test_support.h"
#include "text/annotator.h"

namespace chorus::testing {
namespace {

using figures::Approximation;
using figures::Dimension;
using figures::Event;
using figures::Quantity;

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
    EXPECT_EQ(q.head == figures::kNoStem ? "" : std::string(doc.at(q.head_span)), c.head) << c.sentence;
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

}  // namespace
}  // namespace chorus::testing

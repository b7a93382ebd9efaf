// Versions of one story count once: grouping by bigram overlap, and the
// effect on concept weights.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "summarize/candidate.h"
#include "summarize/concepts.h"
#include "summarize/story_versions.h"
#include "cluster_support.h"
#include "text/annotator.h"

namespace chorus::testing {
namespace {


const std::string kWire =
    "Union members at the port of Halden voted on Friday to end a nine-day strike over wages. "
    "The port operator agreed to raise pay by six percent over two years. "
    "Ships waiting outside the harbour began to unload cargo on Saturday morning. "
    "The strike had held up exports of timber and grain worth millions of crowns.";
// The wire's update: one sentence rewritten, one added.
const std::string kWireUpdate =
    "Union members at the port of Halden voted on Friday to end a nine-day strike over wages. "
    "The port operator agreed to raise pay by six percent over two years. "
    "Ships waiting outside the harbour began to unload cargo early on Saturday. "
    "The strike had held up exports of timber and grain worth millions of crowns. "
    "Union leaders said members would return to work on Sunday night.";
// Another outlet's own report of the same event.
const std::string kOtherOutlet =
    "Dock workers in Halden returned to the quays after their union accepted a six percent pay rise. "
    "The nine-day walkout stranded more than twenty cargo ships in the bay. "
    "Timber exporters said the dispute had cost them several million crowns.";

TEST(StoryVersions, AnUpdateJoinsItsStoryAndAnotherOutletDoesNot) {
  const Cluster cluster = annotated_cluster({kWire, kOtherOutlet, kWireUpdate});
  const auto candidates = summarize::collect_candidates(cluster, {});
  EXPECT_EQ(summarize::story_versions(cluster, candidates), (std::vector<uint32_t>{0, 1, 0}));
}

TEST(StoryVersions, VersionsLinkTransitivelyToTheFirst) {
  const std::string third = kWireUpdate + " Port officials expect traffic to be normal by Tuesday.";
  const Cluster cluster = annotated_cluster({kOtherOutlet, kWire, kWireUpdate, third});
  const auto candidates = summarize::collect_candidates(cluster, {});
  EXPECT_EQ(summarize::story_versions(cluster, candidates), (std::vector<uint32_t>{0, 1, 1, 1}));
}

TEST(StoryVersions, CopiesDoNotInflateConceptWeights) {
  // Two copies of one article and one independent report: a bigram only the
  // copies share is in one story, not two.
  const Cluster cluster = annotated_cluster({kWire, kWire, kOtherOutlet});
  const auto candidates = summarize::collect_candidates(cluster, {});
  summarize::ConceptOptions plain;
  summarize::ConceptOptions grouped;
  grouped.document_group = summarize::story_versions(cluster, candidates);
  ASSERT_EQ(grouped.document_group, (std::vector<uint32_t>{0, 0, 2}));
  // Three documents need a bigram in two of them: the copies alone make
  // concepts without grouping, none with it beyond what the other outlet shares.
  const auto without = summarize::extract_concepts(cluster, candidates, plain);
  const auto with = summarize::extract_concepts(cluster, candidates, grouped);
  EXPECT_GT(without.weight.size(), with.weight.size());
  for (double weight : with.weight) EXPECT_EQ(weight, 2.0);  // the wire story and the other outlet
}

}  // namespace
}  // namespace chorus::testing

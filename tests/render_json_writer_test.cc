// The JSON digest is written section by section (a large digest never holds
// its whole tree at once); its text must be exactly what dumping one tree
// gives, at every indent.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/render.h"

namespace chorus::testing {
namespace {

Digest sample_digest() {
  Digest d;
  d.title = "Ferry strike \"ends\"\nafter talks";
  d.method = "concept";
  d.word_budget = 100;
  DigestDocument doc;
  doc.id = "a";
  doc.text = "Line one.\nLine two, with \"quotes\" and \\ backslash.";
  doc.removed.push_back(RemovedLine{"READ MORE", "read-more", 0, 9});
  d.documents.push_back(doc);
  doc.id = "b";
  d.documents.push_back(doc);  // arrays are written element by element: two of them
  d.summary.push_back(SummarySentence{"Line one.", "a", 0, 9, 2, {"a"}, {Support{"a", 0, 9, 1.0}}, {0}});
  TimelineEntry entry;
  entry.date = "2031-03-04";
  entry.text = "Line one.";
  entry.doc = "a";
  entry.end = 9;
  entry.docs = {"a"};
  entry.status = "happened";
  d.timeline.push_back(entry);
  d.figures.push_back(FigureGroup{"people", "", "single", {FigureValue{"12 people", "a", 0, 9, 12, 12, 12, false, "exact"}}});
  d.sources.push_back(SourceProfile{"a", {SourceSpan{"Line one.", 0, 9}, SourceSpan{"Line two.", 10, 19}},
                                    {DistinctiveTerm{"ferry", 2.5}}});
  d.sources.push_back(SourceProfile{"b", {}, {}});
  Claim claim;
  claim.status = "contested";
  claim.outlets = {"a", "b"};
  claim.sentences = {ClaimSentence{"a", 0, 9, "Line one."}, ClaimSentence{"b", 0, 9, "Line one."}};
  claim.differences = {ClaimDifference{"figure", ClaimSide{"a", 0, 4, "12", "12"}, ClaimSide{"b", 0, 4, "13", "13"}}};
  d.claims = {claim, Claim{}};
  Entity entity;
  entity.name = "Ferry Board";
  entity.mentions = {EntityMentionRef{"a", 0, 5, "Ferry"}, EntityMentionRef{"b", 0, 5, "Ferry"}};
  d.entities = {entity, Entity{}};
  d.warnings = {"a warning"};
  return d;
}

TEST(JsonWriter, SameTextAsOneTree) {
  for (const Digest& digest : {sample_digest(), Digest{}}) {
    render::RenderOptions two;
    const std::string reference = render::render_json(digest, two);
    const auto tree = nlohmann::ordered_json::parse(reference);
    for (int indent : {-1, 0, 1, 2, 4}) {
      render::RenderOptions options;
      options.json_indent = indent;
      EXPECT_EQ(render::render_json(digest, options), tree.dump(indent) + "\n") << "indent " << indent;
      const auto comparison = nlohmann::ordered_json::parse(render::render_comparison_json(digest, two));
      EXPECT_EQ(render::render_comparison_json(digest, options), comparison.dump(indent) + "\n") << indent;
    }
    EXPECT_EQ(tree.begin().key(), "version");
    EXPECT_EQ(tree.size(), 12u);
  }
}

}  // namespace
}  // namespace chorus::testing

// Claims in the text, Markdown and JSON forms: who reports each summary
// sentence, what is contested and where the outlets disagree.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/render.h"

namespace chorus::render {
namespace {

Digest contested_digest() {
  Digest digest;
  digest.title = "Fire at the plant";
  for (const char* id : {"a", "b", "c"}) {
    DigestDocument doc;
    doc.id = id;
    doc.text = std::string("Twelve people died.\n");
    digest.documents.push_back(doc);
  }
  digest.documents[0].source = "Harbour Post";
  digest.documents[1].source = "Coast Wire";
  digest.documents[2].text = "Fifteen people died.\n";
  Claim claim;
  claim.status = "contested";
  claim.outlets = {"Harbour Post", "Coast Wire", "c"};
  for (const char* id : {"a", "b"}) claim.sentences.push_back({id, 0, 19, "Twelve people died."});
  claim.sentences.push_back({"c", 0, 20, "Fifteen people died."});
  claim.differences.push_back({"figure", {"a", 0, 6, "Twelve", "12"}, {"c", 0, 7, "Fifteen", "15"}});
  digest.claims = {claim};
  SummarySentence sentence;
  sentence.text = "Twelve people died.";
  sentence.doc = "a";
  sentence.end = 19;
  sentence.support = {"a", "b"};
  sentence.evidence = {{"a", 0, 19, 1.0}, {"b", 0, 19, 1.0}};
  sentence.claims = {0};
  digest.summary = {sentence};
  return digest;
}

TEST(ClaimsText, SummaryNamesItsOutletsAndTheDisagreement) {
  const std::string text = render(contested_digest(), "text", RenderOptions{});
  EXPECT_NE(text.find("reported by 2 of 3 outlets: Harbour Post, Coast Wire"), std::string::npos) << text;
  EXPECT_NE(text.find("[contested figure: \"Twelve\" (Harbour Post) / \"Fifteen\" (c)]"), std::string::npos) << text;
  EXPECT_NE(text.find("WHERE THEY DISAGREE\n  - Twelve people died.\n      figure:"), std::string::npos) << text;
}

TEST(ClaimsText, MarkdownHasTheSameAndASection) {
  const std::string md = render(contested_digest(), "md", RenderOptions{});
  EXPECT_NE(md.find("(reported by 2 of 3 outlets: Harbour Post, Coast Wire)"), std::string::npos) << md;
  EXPECT_NE(md.find("## Where they disagree"), std::string::npos);
  EXPECT_NE(md.find("**contested** figure"), std::string::npos);
}

TEST(ClaimsText, NothingContestedSaysSo) {
  Digest digest = contested_digest();
  digest.claims.front().status = "corroborated";
  digest.claims.front().differences.clear();
  EXPECT_NE(render(digest, "text", RenderOptions{}).find("WHERE THEY DISAGREE  (nothing contested)"), std::string::npos);
  EXPECT_NE(render(digest, "md", RenderOptions{}).find("_Nothing contested._"), std::string::npos);
  EXPECT_EQ(render(digest, "html", RenderOptions{}).find("id=\"disagreements\""), std::string::npos);
  EXPECT_NE(render(contested_digest(), "html", RenderOptions{}).find("id=\"disagreements\""), std::string::npos);
}

TEST(ClaimsJson, ClaimsSectionFollowsTheContract) {
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(render(contested_digest(), "json", RenderOptions{}));
  ASSERT_EQ(json["claims"].size(), 1u);
  const nlohmann::ordered_json& claim = json["claims"][0];
  EXPECT_EQ(claim["status"], "contested");
  EXPECT_EQ(claim["outlets"], nlohmann::ordered_json({"Harbour Post", "Coast Wire", "c"}));
  EXPECT_EQ(claim["sentences"][2], nlohmann::ordered_json({{"doc", "c"}, {"start", 0}, {"end", 20}, {"text", "Fifteen people died."}}));
  EXPECT_EQ(claim["differences"][0]["kind"], "figure");
  EXPECT_EQ(claim["differences"][0]["b"]["value"], "15");
  EXPECT_EQ(json["summary"][0]["claims"], nlohmann::ordered_json::array({0}));
  // Keys in the documented order.
  std::vector<std::string> keys;
  for (auto it = json.begin(); it != json.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"version", "title", "method", "word_budget", "documents", "summary",
                                            "timeline", "entities", "figures", "sources", "claims", "warnings"}));
}

}  // namespace
}  // namespace chorus::render

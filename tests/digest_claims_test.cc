// Claims through the whole pipeline: which outlets state one fact, which
// disagree, and how summary support, unique content and the JSON read them.
// The sentences are invented for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "chorus/engine.h"
#include "compare/match_model.h"
#include "core/diagnostics.h"
#include "digest/annotations.h"
#include "digest/entities.h"
#include "digest/pipeline.h"
#include "digest/sentence_pairs.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

Options with_entities() {
  Options options;
  options.ner_model = (source_dir() / "data/ner/model.bin").string();
  return options;
}

std::vector<Article> articles(const std::vector<std::string>& texts) {
  std::vector<Article> out;
  for (size_t i = 0; i < texts.size(); ++i) {
    Article article;
    article.id = "d" + std::to_string(i);
    article.path = article.id;
    article.source = "Outlet " + std::to_string(i);
    article.published = "2031-03-05";
    article.raw = texts[i];
    out.push_back(std::move(article));
  }
  return out;
}

// The claim holding the sentence that contains `needle`, if any.
const Claim* claim_with(const Digest& digest, std::string_view needle, bool shared = true) {
  for (const Claim& claim : digest.claims) {
    if (shared && claim.outlets.size() < 2) continue;
    for (const ClaimSentence& s : claim.sentences)
      if (s.text.find(needle) != std::string::npos) return &claim;
  }
  return nullptr;
}

std::set<std::string> docs_of(const Claim& claim) {
  std::set<std::string> docs;
  for (const ClaimSentence& s : claim.sentences) docs.insert(s.doc);
  return docs;
}

// Two articles that hold the very same sentence: one claim of both, and
// neither shows it as its own (before claims, words every sentence of a
// two-document cluster shares weighed nothing, so both were "only here").
TEST(Claims, TheSameSentenceInTwoDocumentsIsOneCorroboratedClaim) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "The Orlen river flooded the lower town of Vasko on Tuesday.\nShops on the main square stayed shut all week.",
      "The Orlen river flooded the lower town of Vasko on Tuesday.\nThe regional governor toured the shelters by helicopter.",
  }));
  const Claim* claim = claim_with(digest, "flooded the lower town");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->status, "corroborated");
  EXPECT_EQ(claim->outlets, (std::vector<std::string>{"Outlet 0", "Outlet 1"}));
  for (const SourceProfile& source : digest.sources)
    for (const SourceSpan& unique : source.unique) EXPECT_EQ(unique.text.find("flooded"), std::string::npos);
  EXPECT_EQ(claim_with(digest, "Shops on the main square"), nullptr);
  EXPECT_EQ(claim_with(digest, "toured the shelters"), nullptr);
}

TEST(Claims, ReworderedFactIsOneClaimAndUnrelatedFactsStandAlone) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "Fire crews evacuated about 400 residents from the Harlow estate after the chemical leak.\n"
      "The plant's owner, Tessin Chemicals, said the leak had been contained by midnight.",
      "Some 400 people were evacuated from the Harlow estate following a chemical leak, fire officials said.\n"
      "A school on the estate will stay closed until Friday.",
  }));
  const Claim* evacuation = claim_with(digest, "evacuated about 400 residents");
  ASSERT_NE(evacuation, nullptr);
  EXPECT_EQ(docs_of(*evacuation), (std::set<std::string>{"d0", "d1"}));
  EXPECT_EQ(claim_with(digest, "school on the estate"), nullptr);
  // Every sentence of the cluster is in some claim.
  size_t sentences = 0;
  for (const DigestDocument& doc : digest.documents) sentences += doc.sentences;
  std::set<std::pair<std::string, uint32_t>> in_claims;
  for (const Claim& claim : digest.claims)
    for (const ClaimSentence& s : claim.sentences) in_claims.insert({s.doc, s.start});
  EXPECT_EQ(in_claims.size(), sentences);
}

TEST(Claims, DifferentFiguresForOneMeasureAreContested) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "Twelve people died when fire swept through the Corvale plastics plant in Ostermead on Tuesday night.",
      "Fifteen people died when fire swept through the Corvale plastics plant in Ostermead on Tuesday night.",
  }));
  const Claim* claim = claim_with(digest, "fire swept through");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->status, "contested");
  ASSERT_FALSE(claim->differences.empty());
  const ClaimDifference& difference = claim->differences.front();
  EXPECT_EQ(difference.kind, "figure");
  EXPECT_EQ(std::set<std::string>({difference.a.value, difference.b.value}), (std::set<std::string>{"12", "15"}));
  // The other side of a disagreement is no support.
  for (const SummarySentence& sentence : digest.summary) EXPECT_EQ(sentence.support.size(), 1u) << sentence.text;
}

TEST(Claims, ADenialContestsTheClaim) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "The ministry said the Kallmyr tunnel visit was cancelled because of a security threat.",
      "The ministry denied that the Kallmyr tunnel visit was cancelled because of a security threat.",
  }));
  const Claim* claim = claim_with(digest, "tunnel visit");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->status, "contested");
  ASSERT_FALSE(claim->differences.empty());
  EXPECT_EQ(claim->differences.front().kind, "polarity");
}

// A sentence that bundles two facts joins the claim of each, but the two
// single-fact sentences it links never join one claim through it.
TEST(Claims, NoChainThroughACommonNeighbour) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "Army units entered the Morvan district early on Tuesday morning.",
      "Residents of Kalbo burned their houses before they left the valley.",
      "Army units entered the Morvan district early on Tuesday morning, while residents of Kalbo burned their houses "
      "before they left the valley.",
  }));
  for (const Claim& claim : digest.claims) {
    const std::set<std::string> docs = docs_of(claim);
    EXPECT_FALSE(docs.count("d0") && docs.count("d1")) << claim.sentences.front().text;
  }
}

TEST(Claims, SummarySupportIsReadOffClaimsAndEverySpanIsExact) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "The Orlen river flooded the lower town of Vasko on Tuesday, forcing 2,000 people from their homes.\n"
      "Shops on the main square stayed shut all week.",
      "Some 2,000 residents of Vasko had to leave their homes when the Orlen burst its banks on Tuesday.\n"
      "The regional governor toured the shelters by helicopter.",
      "About 2,000 people were forced from their homes in Vasko on Tuesday as the Orlen river flooded the lower town.",
  }));
  for (const SummarySentence& sentence : digest.summary) {
    std::set<std::string> expected{sentence.doc};
    for (uint32_t c : sentence.claims) {
      ASSERT_LT(c, digest.claims.size());
      for (const ClaimSentence& s : digest.claims[c].sentences) expected.insert(s.doc);
    }
    EXPECT_EQ(std::set<std::string>(sentence.support.begin(), sentence.support.end()), expected) << sentence.text;
  }
  for (const Claim& claim : digest.claims) {
    for (const ClaimSentence& s : claim.sentences) {
      const auto doc = std::find_if(digest.documents.begin(), digest.documents.end(),
                                    [&](const DigestDocument& d) { return d.id == s.doc; });
      ASSERT_NE(doc, digest.documents.end());
      EXPECT_EQ(doc->text.substr(s.start, s.end - s.start), s.text);
    }
    for (const ClaimDifference& d : claim.differences) {
      for (const ClaimSide* side : {&d.a, &d.b}) {
        const auto doc = std::find_if(digest.documents.begin(), digest.documents.end(),
                                      [&](const DigestDocument& x) { return x.id == side->doc; });
        ASSERT_NE(doc, digest.documents.end());
        EXPECT_EQ(doc->text.substr(side->start, side->end - side->start), side->text);
      }
    }
  }
  const Claim* flood = claim_with(digest, "2,000");
  ASSERT_NE(flood, nullptr);
  EXPECT_EQ(docs_of(*flood).size(), 3u);
  // The same input gives the same claims.
  const Digest again = engine.digest(articles({
      "The Orlen river flooded the lower town of Vasko on Tuesday, forcing 2,000 people from their homes.\n"
      "Shops on the main square stayed shut all week.",
      "Some 2,000 residents of Vasko had to leave their homes when the Orlen burst its banks on Tuesday.\n"
      "The regional governor toured the shelters by helicopter.",
      "About 2,000 people were forced from their homes in Vasko on Tuesday as the Orlen river flooded the lower town.",
  }));
  ASSERT_EQ(again.claims.size(), digest.claims.size());
  for (size_t c = 0; c < digest.claims.size(); ++c) {
    EXPECT_EQ(again.claims[c].status, digest.claims[c].status);
    ASSERT_EQ(again.claims[c].sentences.size(), digest.claims[c].sentences.size());
    for (size_t s = 0; s < digest.claims[c].sentences.size(); ++s)
      EXPECT_EQ(again.claims[c].sentences[s].start, digest.claims[c].sentences[s].start);
  }
}

// The summary states one fact once, however differently outlets word it.
TEST(Claims, SummaryNeverTakesTwoSentencesOfOneClaim) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "The planned inspection of the Kallmyr rail tunnel by the two transport ministers was called off on "
      "Wednesday.\nThe ministers were to sign a protocol on cross-border trains.",
      "Wednesday's cancellation of the ministers' joint inspection of the Kallmyr rail tunnel surprised officials.\n"
      "Workers had planned a protest at the tunnel entrance.",
  }));
  for (size_t i = 0; i < digest.summary.size(); ++i)
    for (size_t j = i + 1; j < digest.summary.size(); ++j)
      for (uint32_t c : digest.summary[i].claims)
        EXPECT_TRUE(digest.claims[c].outlets.size() < 2 ||
                    std::find(digest.summary[j].claims.begin(), digest.summary[j].claims.end(), c) ==
                        digest.summary[j].claims.end())
            << digest.summary[i].text << " / " << digest.summary[j].text;
}

// Figures of different things get no verdict between them; one figure every
// outlet gives is one group.
TEST(Claims, FiguresOfDifferentThingsGetNoVerdict) {
  const Engine engine(with_entities());
  const Digest digest = engine.digest(articles({
      "More than 500,000 migrants have reached the European Union this year, the bloc's border agency said on "
      "Monday.\nThe album has sold 11 million copies worldwide since its release, the label said.\n"
      "Police said Father Anton Rell had abused three victims at a parish school in the 1990s.\n"
      "The survey found that 33 percent of voters had not yet decided how to vote.",
      "About 40 migrants arrived in the coastal town of Vellin on Tuesday, local officials said.\n"
      "The new single sold 800,000 copies in its first week, a record for the band.\n"
      "Prosecutors said Father Dominik Strell had abused three victims at a summer camp.\n"
      "Some 33 percent of voters have not yet decided, the survey found.",
  }));
  for (const FigureGroup& group : digest.figures) {
    std::set<std::string> docs;
    for (const FigureValue& value : group.values) docs.insert(value.doc);
    if (group.about.find("percent") != std::string::npos || group.unit == "percent") {
      EXPECT_EQ(docs.size(), 2u) << group.about;
      continue;
    }
    EXPECT_EQ(docs.size(), 1u) << group.about << " " << group.verdict;
  }
}

// What `chorus eval paraphrase` decides: the pair read as a cluster of two.
TEST(SentencePairs, DecisionFollowsTheClaimLink) {
  const auto ner = entities::NerModel::load(source_dir() / "data/ner/model.bin");
  const compare::MatchModel match = compare::builtin_match_model();
  digest::SentencePairReader reader(&ner, match.lexical);
  const auto same = reader.read("Twelve people died in the fire at the Corvale plant on Tuesday.",
                                "The fire at the Corvale plant killed 12 people on Tuesday.");
  const auto other = reader.read("Twelve people died in the fire at the Corvale plant on Tuesday.",
                                 "Corvale shares fell sharply in Ostermead on Wednesday.");
  EXPECT_GT(match.pairs.probability(same.forward, same.backward), 0.5);
  EXPECT_LT(match.pairs.probability(other.forward, other.backward), 0.5);
  // Symmetric.
  EXPECT_DOUBLE_EQ(match.pairs.probability(same.forward, same.backward),
                   match.pairs.probability(same.backward, same.forward));
}

}  // namespace
}  // namespace chorus::testing

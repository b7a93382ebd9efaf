// Outlet comparison: unique sentences as the claims give them, and distinctive terms by weighted log-odds on small
// hand-made clusters, with z-scores checked against a direct computation.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "compare/distinctive_terms.h"
#include "compare/claims.h"
#include "compare/match_model.h"
#include "compare/unique_content.h"
#include "cluster_support.h"
#include "test_support.h"
#include "text/annotator.h"

namespace chorus::testing {
namespace {


std::vector<std::string> sentences_of(const Cluster& cluster, uint32_t doc, const std::vector<uint32_t>& indexes) {
  std::vector<std::string> out;
  for (uint32_t s : indexes) out.emplace_back(cluster.documents[doc].at(cluster.documents[doc].sentences[s].span));
  return out;
}

// --- unique content ---

compare::ClaimSet claims_of(const Cluster& cluster) {
  std::vector<compare::DocumentAnnotations> annotations(cluster.documents.size());
  const compare::MatchModel model = compare::builtin_match_model();
  const compare::ClusterFacts facts(cluster, annotations, model.lexical);
  std::vector<uint32_t> outlets(cluster.documents.size());
  for (uint32_t d = 0; d < outlets.size(); ++d) outlets[d] = d;
  return compare::find_claims(cluster, facts, model.pairs, outlets);
}

TEST(UniqueSentences, SharedSentencesAreNotUnique) {
  const Cluster cluster = annotated_cluster({
      "Army units entered the Morvan district early on Tuesday morning.\n"
      "Residents burned their homes before leaving the valley town.\n"
      "It was cold.",
      "Army units entered the Morvan district on Tuesday morning, the ministry said.\n"
      "The ministry published a video of a tank column on the mountain road.",
  });
  const auto unique = compare::unique_sentences(cluster, claims_of(cluster));
  // The shared sentence is in a claim of both; the fragment is too short to count.
  EXPECT_EQ(sentences_of(cluster, 0, unique[0]),
            std::vector<std::string>{"Residents burned their homes before leaving the valley town."});
  EXPECT_EQ(sentences_of(cluster, 1, unique[1]),
            std::vector<std::string>{"The ministry published a video of a tank column on the mountain road."});
}

// Unique sentences are exactly those of no claim of two or more outlets.
TEST(UniqueSentences, ExactlyTheSentencesOfSingleOutletClaims) {
  std::vector<std::filesystem::path> dirs = {source_dir() / "examples" / "lakeport"};
  if (std::filesystem::exists(shared_dir() / "seeds")) dirs.push_back(shared_dir() / "seeds");
  for (const auto& dir : dirs) {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) texts.push_back(read_file(entry.path()));
    std::sort(texts.begin(), texts.end());
    const Cluster cluster = annotated_cluster(texts);
    const compare::ClaimSet claims = claims_of(cluster);
    compare::UniqueOptions options;
    options.min_content_words = 0;
    const auto unique = compare::unique_sentences(cluster, claims, options);
    std::set<std::pair<uint32_t, uint32_t>> shared;
    for (const compare::Claim& claim : claims.claims)
      if (claim.outlets >= 2)
        for (const compare::SentenceRef& s : claim.sentences) shared.insert({s.doc, s.sentence});
    for (uint32_t d = 0; d < cluster.documents.size(); ++d)
      for (uint32_t s = 0; s < cluster.documents[d].sentences.size(); ++s)
        EXPECT_EQ(std::count(unique[d].begin(), unique[d].end(), s) == 1, !shared.count({d, s})) << dir;
  }
}

// --- distinctive terms ---

const std::vector<std::string> kFraming = {
    // Document 0 names the blockade again and again, and Upper Valdria.
    "The blockade of the district lasted decades. The blockade ended on Tuesday.\n"
    "Blockade forces left Upper Valdria and the district. Upper Valdria was quiet after the blockade.\n"
    "Residents of the district watched the blockade end. Upper Valdria celebrated the end of the blockade.\n"
    "Upper Valdria will rebuild after the blockade, officials said. Upper Valdria has new roads.",
    "The district was handed over on Tuesday. Residents of the district watched the handover.\n"
    "The handover of the district was peaceful, officials said. Officials said the road was open.\n"
    "Officials expect residents to return to the district within weeks.",
    "Troops entered the district on Tuesday. Residents of the district left before the troops came.\n"
    "The district is mountainous and the road is narrow. Officials said the road was open to trucks.\n"
    "Residents took livestock and furniture with them, officials said.",
};

TEST(DistinctiveTerms, RepeatedFramingStandsOut) {
  const Cluster cluster = annotated_cluster(kFraming);
  compare::DistinctiveOptions options;
  options.prior_scale = 10;
  const auto terms = compare::distinctive_terms(cluster, options);
  ASSERT_EQ(terms.size(), 3u);
  // The default prior scale suits whole articles; these are a few lines.
  std::vector<std::string> first;
  for (const auto& term : terms[0]) first.emplace_back(cluster.documents[0].at(term.surface));
  ASSERT_FALSE(first.empty());
  // The most frequent surface form: "blockade" (3) over "Blockade" (1).
  EXPECT_NE(std::find(first.begin(), first.end(), "blockade"), first.end()) << ::testing::PrintToString(first);
  EXPECT_NE(std::find(first.begin(), first.end(), "Upper Valdria"), first.end()) << ::testing::PrintToString(first);
  // "Upper" and "Valdria" occur only inside the pair: not listed again.
  EXPECT_EQ(std::find(first.begin(), first.end(), "Upper"), first.end());
  // Every document uses "district": distinctive for none.
  for (size_t d = 0; d < terms.size(); ++d) {
    for (const auto& term : terms[d]) EXPECT_NE(cluster.documents[d].at(term.surface), "district");
  }
  // Highest z first, all above the threshold.
  for (size_t d = 0; d < terms.size(); ++d) {
    for (size_t i = 0; i < terms[d].size(); ++i) {
      EXPECT_GE(terms[d][i].z, options.min_z);
      if (i > 0) {
        EXPECT_GE(terms[d][i - 1].z, terms[d][i].z);
      }
    }
  }
}

// The z-score of a unigram computed directly from the formula over string
// counts (Monroe, Colaresi and Quinn 2008, eq. 16 and 18).
double direct_z(const Cluster& cluster, uint32_t doc, const std::string& stem, double a0) {
  std::vector<std::map<std::string, double>> counts(cluster.documents.size());
  std::vector<double> totals(cluster.documents.size(), 0);
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& document = cluster.documents[d];
    for (const Sentence& sentence : document.sentences) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const Token& token = document.tokens[t];
        if (token.stop || token.kind != TokenKind::kWord || token.span.size() < 2) continue;
        counts[d][std::string(cluster.lexicon.str(token.stem))] += 1;
        totals[d] += 1;
        // Pairs count towards the totals too.
        if (t + 1 < sentence.token_end) {
          const Token& next = document.tokens[t + 1];
          const std::string_view gap = std::string_view(document.text).substr(token.span.end, next.span.begin - token.span.end);
          if (!next.stop && next.kind == TokenKind::kWord && next.span.size() >= 2 && (gap == " " || gap == "-")) {
            totals[d] += 1;
          }
        }
      }
    }
  }
  double y_w = 0, n = 0;
  for (size_t d = 0; d < counts.size(); ++d) y_w += counts[d][stem], n += totals[d];
  const double y_i = counts[doc][stem], y_j = y_w - y_i;
  const double n_i = totals[doc], n_j = n - n_i, a_w = a0 * y_w / n;
  const double delta = std::log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - std::log((y_j + a_w) / (n_j + a0 - y_j - a_w));
  return delta / std::sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w));
}

TEST(DistinctiveTerms, ZScoreMatchesTheFormula) {
  const Cluster cluster = annotated_cluster(kFraming);
  compare::DistinctiveOptions options;
  options.prior_scale = 10;
  options.min_z = -100;  // report everything
  options.max_terms = 1000;
  const auto terms = compare::distinctive_terms(cluster, options);
  bool checked = false;
  for (const auto& term : terms[0]) {
    if (cluster.documents[0].at(term.surface) != "blockade") continue;
    EXPECT_NEAR(term.z, direct_z(cluster, 0, "blockad", options.prior_scale), 1e-9);
    checked = true;
  }
  EXPECT_TRUE(checked);
  for (const auto& term : terms[2]) {
    if (cluster.documents[2].at(term.surface) != "troops") continue;
    EXPECT_NEAR(term.z, direct_z(cluster, 2, "troop", options.prior_scale), 1e-9);
  }
}

TEST(DistinctiveTerms, OneDocumentHasNoneAndOutputIsDeterministic) {
  const Cluster alone = annotated_cluster({kFraming[0]});
  EXPECT_TRUE(compare::distinctive_terms(alone, {})[0].empty());
  const Cluster cluster = annotated_cluster(kFraming);
  const auto a = compare::distinctive_terms(cluster, {});
  const auto b = compare::distinctive_terms(cluster, {});
  ASSERT_EQ(a.size(), b.size());
  for (size_t d = 0; d < a.size(); ++d) {
    ASSERT_EQ(a[d].size(), b[d].size());
    for (size_t i = 0; i < a[d].size(); ++i) {
      EXPECT_EQ(a[d][i].surface, b[d][i].surface);
      EXPECT_EQ(a[d][i].z, b[d][i].z);
    }
  }
}

}  // namespace
}  // namespace chorus::testing

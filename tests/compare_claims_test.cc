// The pieces of claims: sentence facts, pair features, the pair model file,
// candidate pairs against their slow twin, and claim forming on sentences
// whose links are known.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "chorus/error.h"
#include "cluster_support.h"
#include "compare/claims.h"
#include "compare/match_model.h"
#include "compare/pair_features.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

struct Fixture {
  Cluster cluster;
  std::vector<compare::DocumentAnnotations> annotations;
  compare::LexicalModel lexical = compare::builtin_lexical_model();
  explicit Fixture(const std::vector<std::string>& texts) : cluster(annotated_cluster(texts)) {
    annotations.resize(cluster.documents.size());
  }
  compare::ClusterFacts facts() const { return compare::ClusterFacts(cluster, annotations, lexical); }
};

TEST(SentenceFacts, WordsWeighByBackgroundNotByTheCluster) {
  const Fixture f({"The river flooded the town.", "The river flooded the town."});
  const compare::ClusterFacts facts = f.facts();
  // Two documents saying the same: every word still weighs (in-cluster idf
  // gave each 0).
  for (const compare::FactWord& word : facts.of(0, 0).words) EXPECT_GT(word.weight, 0.5);
  const compare::PairFeatures ab = compare::pair_features(facts.of(0, 0), facts.of(1, 0));
  EXPECT_DOUBLE_EQ(ab[compare::kWordCover], 1.0);
  EXPECT_NEAR(ab[compare::kCosine], 1.0, 1e-9);
}

TEST(SentenceFacts, AttributionIsKeptApart) {
  const Fixture f({"Twelve people died in the flood, the agency said on Thursday.", "Twelve people died in the flood."});
  const compare::ClusterFacts facts = f.facts();
  const compare::PairFeatures ab = compare::pair_features(facts.of(0, 0), facts.of(1, 0));
  EXPECT_DOUBLE_EQ(ab[compare::kWordCover], 1.0);
  EXPECT_GT(ab[compare::kSourceMissing], 0.0);
  EXPECT_FALSE(facts.of(0, 0).attribution.empty());
}

TEST(SentenceFacts, RecurringWordsWeighLess) {
  // "Vasko" in every sentence of both documents: the topic, not a fact.
  const Fixture f({"Vasko flooded. Vasko shops closed. Vasko schools opened.",
                   "Vasko flooded. Vasko roads closed. Vasko mayor spoke."});
  const compare::ClusterFacts facts = f.facts();
  double vasko = 0, shops = 0;
  for (const compare::FactWord& w : facts.of(0, 1).words) {
    if (f.cluster.lexicon.str(w.stem) == "vasko") vasko = w.weight;
    if (f.cluster.lexicon.str(w.stem) == "shop") shops = w.weight;
  }
  ASSERT_GT(vasko, 0);
  EXPECT_LT(vasko * 2, f.lexical.weights.idf("vasko"));
  EXPECT_DOUBLE_EQ(shops, static_cast<float>(f.lexical.weights.idf("shop")));
}

TEST(PairFeatures, SynonymsAndPhrasalVerbsMeet) {
  const Fixture f({"The minister cancelled the visit.", "The minister called off the visit."});
  const compare::ClusterFacts facts = f.facts();
  const compare::PairFeatures ab = compare::pair_features(facts.of(0, 0), facts.of(1, 0));
  EXPECT_GT(ab[compare::kWordRelated], 0.0);
  EXPECT_LT(ab[compare::kWordCover] + ab[compare::kWordRelated], 1.0 + 1e-9);
}

TEST(PairFeatures, PolarityDiffers) {
  const Fixture f({"The visit was cancelled.", "The visit was not cancelled."});
  const compare::ClusterFacts facts = f.facts();
  EXPECT_EQ(compare::pair_features(facts.of(0, 0), facts.of(1, 0))[compare::kPolarity], 1.0);
  EXPECT_EQ(compare::set_aside_disagreements(compare::pair_features(facts.of(0, 0), facts.of(1, 0)))[compare::kPolarity],
            0.0);
}

// The slow twin of candidate_pairs: every pair of sentences of different
// documents, their shared weight summed from the word lists directly.
TEST(CandidatePairs, AgreeWithAllPairsOnRealClusters) {
  std::vector<std::filesystem::path> dirs = {source_dir() / "examples" / "lakeport"};
  if (std::filesystem::exists(shared_dir() / "seeds")) dirs.push_back(shared_dir() / "seeds");
  for (const auto& dir : dirs) {
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) texts.push_back(read_file(entry.path()));
    std::sort(texts.begin(), texts.end());
    const Fixture f(texts);
    const compare::ClusterFacts facts = f.facts();
    for (double share : {0.05, 0.1, 0.3}) {
      std::set<std::pair<compare::SentenceRef, compare::SentenceRef>> expected;
      for (uint32_t da = 0; da < facts.documents(); ++da)
        for (uint32_t sa = 0; sa < facts.sentences(da); ++sa)
          for (uint32_t db = da + 1; db < facts.documents(); ++db)
            for (uint32_t sb = 0; sb < facts.sentences(db); ++sb) {
              const auto& a = facts.of(da, sa).words;
              const auto& b = facts.of(db, sb).words;
              double ab = 0, ba = 0;
              for (const auto& x : a)
                for (const auto& y : b)
                  if (x.stem == y.stem) ab += x.weight, ba += y.weight;
              if ((facts.of(da, sa).word_weight > 0 && ab >= share * facts.of(da, sa).word_weight) ||
                  (facts.of(db, sb).word_weight > 0 && ba >= share * facts.of(db, sb).word_weight))
                expected.insert({{da, sa}, {db, sb}});
            }
      const auto found = compare::candidate_pairs(f.cluster, facts, share);
      EXPECT_EQ(std::set(found.begin(), found.end()), expected) << dir << " at " << share;
    }
  }
}

TEST(PairModel, RoundTripsAndRejectsBadFiles) {
  const compare::PairModel shipped = compare::builtin_match_model().pairs;
  std::ostringstream out;
  shipped.save(out);
  const compare::PairModel again = compare::PairModel::parse(out.str(), "saved");
  compare::PairFeatures a{}, b{};
  a[compare::kWordCover] = 0.8;
  b[compare::kWordCover] = 0.6;
  EXPECT_NEAR(again.probability(a, b), shipped.probability(a, b), 1e-6);
  EXPECT_THROW(compare::PairModel::parse("bias\t1\n", "short"), Error);
  EXPECT_THROW(compare::PairModel::parse(out.str() + "min_word_cover\t0\t1\t0\n", "twice"), Error);
  try {
    compare::PairModel::parse("bias\tx\n", "model.tsv");
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("model.tsv:1"), std::string::npos) << error.what();
  }
}

TEST(PairModel, TrainingIsDeterministicAndLearnsTheSign) {
  std::vector<compare::PairExample> examples;
  for (int i = 0; i < 40; ++i) {
    compare::PairExample e;
    e.forward[compare::kWordCover] = e.backward[compare::kWordCover] = (i % 10) / 10.0;
    e.same = i % 10 >= 5;
    examples.push_back(e);
  }
  const compare::PairModel one = compare::train_pair_model(examples);
  const compare::PairModel two = compare::train_pair_model(examples);
  std::ostringstream x, y;
  one.save(x);
  two.save(y);
  EXPECT_EQ(x.str(), y.str());
  compare::PairFeatures low{}, high{};
  low[compare::kWordCover] = 0.1;
  high[compare::kWordCover] = 0.9;
  EXPECT_LT(one.probability(low, low), 0.5);
  EXPECT_GT(one.probability(high, high), 0.5);
}

TEST(TermWeights, ParseErrorsNameTheLine) {
  EXPECT_THROW(text::TermWeights::parse("", "empty"), Error);
  EXPECT_THROW(text::TermWeights::parse("documents\t10\nb\t1\na\t2\n", "unsorted"), Error);
  const text::TermWeights weights = text::TermWeights::parse("documents\t9\nriver\t4\n", "ok");
  EXPECT_NEAR(weights.idf("river"), std::log(10.0 / 5.0), 1e-12);
  EXPECT_NEAR(weights.idf("vasko"), weights.max_idf(), 1e-12);
}

TEST(WordRelations, ShippedTableRelatesSynonymsAndDerivations) {
  const compare::LexicalModel lexical = compare::builtin_lexical_model();
  const auto& r = lexical.relations;
  EXPECT_TRUE(text::share_class(r.classes("cancel"), r.classes("call off")));
  EXPECT_TRUE(text::share_class(r.classes("cancel"), r.classes("cancel")));
  EXPECT_FALSE(text::share_class(r.classes("cancel"), r.classes("river")));
  EXPECT_THROW(text::WordRelations::parse("b\t1\na\t2\n", "unsorted"), Error);
  EXPECT_THROW(text::WordRelations::parse("a\t2,1\n", "descending"), Error);
}

}  // namespace
}  // namespace chorus::testing

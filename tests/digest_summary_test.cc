// Summarization: budget, reading order, method registry, redundancy.
#include <gtest/gtest.h>

#include "chorus/error.h"
#include "digest/pipeline.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

Cluster make_cluster(const std::vector<std::pair<std::string, std::string>>& dated_texts) {
  std::vector<Article> articles;
  for (size_t i = 0; i < dated_texts.size(); ++i) {
    Article article;
    article.id = "d" + std::to_string(i);
    article.published = dated_texts[i].first;
    article.raw = dated_texts[i].second;
    articles.push_back(article);
  }
  Diagnostics diagnostics;
  return digest::prepare_cluster(articles, Options{}, diagnostics);
}

const std::vector<std::pair<std::string, std::string>> kStory = {
    {"2031-05-02",
     "Rescuers reached the three climbers trapped on Mount Verel on Thursday after a two-day "
     "search in heavy snow. The climbers were flown to the regional hospital in Tarsk. Doctors "
     "said all three were suffering from mild frostbite but were in stable condition.\n"},
    {"2031-05-01",
     "Three climbers have been trapped on Mount Verel since Tuesday, when an avalanche cut off "
     "their route down. Rescue teams from Tarsk began a search in heavy snow. A helicopter could "
     "not fly because of strong winds.\n"},
    {"2031-05-02",
     "The three climbers trapped on Mount Verel were rescued on Thursday after a two-day search "
     "in heavy snow, officials in Tarsk said. The climbers were flown to hospital with mild "
     "frostbite. The mountain will stay closed to climbers until the snow settles.\n"}};

TEST(Summarize, KeepsBudgetAndReadingOrder) {
  const Cluster cluster = make_cluster(kStory);
  for (uint32_t budget : {15u, 40u, 100u}) {
    summarize::SummaryOptions options;
    options.words = budget;
    const auto selections = summarize::summarize(cluster, options);
    uint32_t words = 0;
    for (const auto& s : selections) {
      const Sentence& sentence = cluster.documents[s.doc].sentences[s.sentence];
      words += sentence.token_end - sentence.token_begin;
    }
    EXPECT_LE(words, budget);
    if (budget >= 40) {
      EXPECT_GE(selections.size(), 2u);
    }
    // Reading order: the earliest document (d1, May 1) first, then by position.
    const auto order = summarize::chronological_order(cluster);
    EXPECT_EQ(order.front(), 1u);
    for (size_t i = 1; i < selections.size(); ++i) {
      const auto rank = [&](uint32_t doc) {
        return std::find(order.begin(), order.end(), doc) - order.begin();
      };
      const auto previous = std::make_pair(rank(selections[i - 1].doc), selections[i - 1].sentence);
      const auto current = std::make_pair(rank(selections[i].doc), selections[i].sentence);
      EXPECT_LT(previous, current);
    }
  }
}

TEST(Summarize, DoesNotRepeatWhatItAlreadySaid) {
  const Cluster cluster = make_cluster(kStory);
  summarize::SummaryOptions options;
  options.words = 60;
  const auto selections = summarize::summarize(cluster, options);
  int rescue_sentences = 0;
  for (const auto& s : selections) {
    const Document& doc = cluster.documents[s.doc];
    const std::string_view text = doc.at(doc.sentences[s.sentence].span);
    if (text.find("two-day search") != std::string_view::npos) ++rescue_sentences;
  }
  EXPECT_EQ(rescue_sentences, 1);  // two outlets say it; the summary says it once
}

TEST(Summarize, LeadTakesTheEarliestDocumentsOpening) {
  const Cluster cluster = make_cluster(kStory);
  summarize::SummaryOptions options;
  options.method = "lead";
  options.words = 30;
  const auto selections = summarize::summarize(cluster, options);
  ASSERT_FALSE(selections.empty());
  EXPECT_EQ(selections[0].doc, 1u);
  EXPECT_EQ(selections[0].sentence, 0u);
}

TEST(Summarize, QuestionsAreNotSummarySentences) {
  const std::string question =
      "\u201CWho will pay for the repairs to the harbour wall after the storm?\u201D\n";
  const Cluster cluster = make_cluster(
      {{"", question + "The storm damaged the harbour wall on Monday night, officials said.\n"},
       {"", question + "Officials said the storm damaged the harbour wall on Monday night.\n"}});
  for (const auto& s : summarize::summarize(cluster, summarize::SummaryOptions{})) {
    const Document& doc = cluster.documents[s.doc];
    EXPECT_EQ(doc.at(doc.sentences[s.sentence].span).find("Who will pay"), std::string_view::npos);
  }
}

TEST(Summarize, ShortNoteStillGetsASummary) {
  const Cluster cluster = make_cluster({{"", "Bridge closed.\nFerry runs.\n"}});
  const auto selections = summarize::summarize(cluster, summarize::SummaryOptions{});
  EXPECT_EQ(selections.size(), 2u);
}

TEST(Summarize, UnknownMethodIsAnError) {
  EXPECT_THROW(summarize::make_method("no-such-method"), Error);
  EXPECT_EQ(summarize::canonical_method_name("default"), "concept");
  for (std::string_view name : summarize::method_names()) EXPECT_NO_THROW(summarize::make_method(name));
}

}  // namespace
}  // namespace chorus::testing

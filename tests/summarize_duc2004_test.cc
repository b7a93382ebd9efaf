// Every registered method on real newswire (the first DUC 2004 clusters):
// a non-empty summary under both budget policies, within the budget when
// strict and filling it when not.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cluster_support.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "test_support.h"
#include "text/tokenizer.h"

namespace chorus::testing {
namespace {

TEST(SummarizeDuc2004, EveryMethodKeepsAndFillsTheBudget) {
  const auto path = shared_dir() / "data/duc2004/clusters.jsonl";
  CHORUS_REQUIRE_SHARED(path);
  std::ifstream in(path);
  std::string line;
  for (int c = 0; c < 5 && std::getline(in, line); ++c) {
    const auto json = nlohmann::json::parse(line);
    std::vector<std::string> texts;
    for (const auto& doc : json["docs"]) texts.push_back(doc["text"].get<std::string>());
    const Cluster cluster = annotated_cluster(texts);
    for (const std::string_view method : summarize::method_names()) {
      for (const bool fill : {false, true}) {
        summarize::SummaryOptions options;
        options.method = std::string(method);
        options.fill = fill;
        const auto selections = summarize::summarize(cluster, options);
        ASSERT_FALSE(selections.empty()) << json["id"] << " " << method;
        uint32_t words = 0;  // as budgets count them: white-space runs
        for (const auto& s : selections) {
          const Document& doc = cluster.documents[s.doc];
          words += text::count_words(doc.at(doc.sentences[s.sentence].span));
        }
        if (fill) {
          EXPECT_GE(words, 100u) << json["id"] << " " << method;
        } else {
          EXPECT_LE(words, 100u) << json["id"] << " " << method;
          EXPECT_GE(words, 60u) << json["id"] << " " << method;
        }
      }
    }
  }
}

}  // namespace
}  // namespace chorus::testing

// The pipeline through the library: spans stay consistent at every stage.
#include <gtest/gtest.h>

#include <filesystem>
#include <stop_token>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "compare/match_model.h"
#include "digest/annotations.h"
#include "digest/pipeline.h"
#include "test_support.h"

namespace chorus::testing {
namespace {

std::vector<Article> articles_from_dir(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  for (const auto& file : files) {
    Article article;
    article.id = file.stem().string();
    article.path = file.string();
    article.raw = read_file(file);
    articles.push_back(std::move(article));
  }
  return articles;
}

// Every span of every stage lies inside its container, in order.
void expect_consistent(const Cluster& cluster) {
  for (const Document& doc : cluster.documents) {
    SCOPED_TRACE(doc.id);
    const auto size = static_cast<uint32_t>(doc.text.size());
    uint32_t last_end = 0;
    for (const Span& paragraph : doc.paragraphs) {
      EXPECT_LE(last_end, paragraph.begin);
      EXPECT_LE(paragraph.end, size);
      last_end = paragraph.end;
    }
    for (const Removed& removed : doc.removed) {
      EXPECT_LE(removed.span.end, size);
      for (const Span& paragraph : doc.paragraphs) {
        EXPECT_TRUE(removed.span.end <= paragraph.begin || paragraph.end <= removed.span.begin)
            << "removed line overlaps the body: " << doc.at(removed.span);
      }
    }
    for (const Sentence& sentence : doc.sentences) {
      ASSERT_LT(sentence.paragraph, doc.paragraphs.size());
      EXPECT_TRUE(doc.paragraphs[sentence.paragraph].contains(sentence.span));
      EXPECT_FALSE(sentence.span.empty());
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        EXPECT_TRUE(sentence.span.contains(doc.tokens[t].span));
      }
    }
    for (const Token& token : doc.tokens) {
      EXPECT_FALSE(token.span.empty());
      EXPECT_LT(token.term, cluster.lexicon.size());
      EXPECT_LT(token.stem, cluster.lexicon.size());
    }
  }
}

TEST(Pipeline, ShippedExampleIsConsistent) {
  const Options options;
  Diagnostics diagnostics;
  const Cluster cluster =
      digest::prepare_cluster(articles_from_dir(source_dir() / "examples/lakeport"), options, diagnostics);
  expect_consistent(cluster);
  const Digest digest = digest::analyse_cluster(cluster, options, compare::builtin_match_model());
  EXPECT_FALSE(digest.summary.empty());
  EXPECT_FALSE(digest.title.empty());
}

TEST(Pipeline, SeedsAreConsistent) {
  CHORUS_REQUIRE_SHARED(shared_dir() / "seeds");
  const Options options;
  Diagnostics diagnostics;
  const Cluster cluster =
      digest::prepare_cluster(articles_from_dir(shared_dir() / "seeds"), options, diagnostics);
  expect_consistent(cluster);
  EXPECT_TRUE(diagnostics.warnings.empty());
}

Article text_article(std::string id, std::string path, std::string raw) {
  Article article;
  article.id = std::move(id);
  article.path = std::move(path);
  article.raw = std::move(raw);
  return article;
}

TEST(Pipeline, UnusableArticlesAreWarnedAndSkipped) {
  std::vector<Article> articles(3);
  articles[0] = text_article("good", "good.txt", "The council approved the budget on Friday.\n");
  articles[1] = text_article("blank", "blank.txt", "   \n");
  articles[2] = text_article("binary", "binary.txt", std::string("\0\0\0\x01\x02", 5));
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(articles, Options{}, diagnostics);
  EXPECT_EQ(cluster.documents.size(), 1u);
  ASSERT_EQ(diagnostics.warnings.size(), 3u);
  EXPECT_NE(diagnostics.warnings[0].find("blank.txt"), std::string::npos);
  EXPECT_NE(diagnostics.warnings[1].find("binary.txt"), std::string::npos);
  // The article read tells no day: it says so.
  EXPECT_NE(diagnostics.warnings[2].find("good.txt: publication date unknown"), std::string::npos);
}

TEST(Pipeline, NoUsableArticleThrows) {
  std::vector<Article> articles{text_article("blank", "blank.txt", "\n\n")};
  Diagnostics diagnostics;
  try {
    digest::prepare_cluster(articles, Options{}, diagnostics);
    FAIL() << "expected chorus::Error";
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("blank.txt"), std::string::npos);
  }
}

Article titled(std::string id, std::string title, std::string raw) {
  Article article = text_article(id, id + ".txt", std::move(raw));
  article.title = std::move(title);
  return article;
}

const std::string kFireA =
    "Fire crews spent six hours on Tuesday night bringing a blaze at the old rope works in Carrow Bay under control.\n"
    "Nobody was hurt, the county fire service said.\n";
const std::string kFireB =
    "A blaze gutted the old rope works in Carrow Bay on Tuesday night, and fire crews worked for six hours.\n"
    "The county fire service said nobody was hurt.\n";

TEST(Pipeline, TitleIsNeverInterfaceText) {
  const Engine engine;
  const Digest digest = engine.digest({titled("a", "Please enable JavaScript to watch this video", kFireA),
                                       titled("b", "Blaze guts old rope works in Carrow Bay", kFireB)});
  EXPECT_EQ(digest.title, "Blaze guts old rope works in Carrow Bay");
}

TEST(Pipeline, WithoutASupportedHeadlineTheTitleIsTheLeadOfTheMostCentralArticle) {
  const Engine engine;
  // "Page 1 of 1" has one content word; "Add a location to your posts" is
  // interface text and its words are in no body.
  const Digest digest = engine.digest({titled("a", "Page 1 of 1", kFireA), titled("b", "Add a location to your posts", kFireB)});
  EXPECT_TRUE(digest.title.starts_with("Fire crews spent six hours") || digest.title.starts_with("A blaze gutted"))
      << digest.title;
}

// Articles handed over are freed once read, and the digest is the one the
// same articles lent give: its documents hold their cleaned texts.
TEST(Pipeline, ArticlesHandedOverGiveTheSameDigest) {
  std::vector<Article> articles{
      text_article("a", "a.txt", "The council approved the budget on Friday.\n"),
      text_article("b", "b.txt", "On Friday the council passed the budget.\n")};
  const Engine engine;
  const Digest lent = engine.digest(articles);
  const Digest taken = engine.digest(std::move(articles));
  EXPECT_TRUE(articles.empty());  // NOLINT(bugprone-use-after-move): the engine releases them
  ASSERT_EQ(taken.documents.size(), 2u);
  EXPECT_EQ(taken.documents[0].text, "The council approved the budget on Friday.\n");
  EXPECT_EQ(taken.documents[1].text, lent.documents[1].text);
  EXPECT_EQ(taken.title, lent.title);
  ASSERT_EQ(taken.summary.size(), lent.summary.size());
  for (size_t i = 0; i < taken.summary.size(); ++i) EXPECT_EQ(taken.summary[i].text, lent.summary[i].text);
  ASSERT_EQ(taken.claims.size(), lent.claims.size());
  for (size_t i = 0; i < taken.claims.size(); ++i) EXPECT_EQ(taken.claims[i].status, lent.claims[i].status);
}

// A stop requested before or between the steps ends the digest with
// chorus::Cancelled; without a request the same call digests.
TEST(Pipeline, StopRequestCancels) {
  const std::vector<Article> articles{
      text_article("a", "a.txt", "The council approved the budget on Friday.\n"),
      text_article("b", "b.txt", "On Friday the council passed the budget.\n")};
  const Engine engine;
  std::stop_source stop;
  EXPECT_NO_THROW(engine.digest(articles, engine.options(), stop.get_token()));
  stop.request_stop();
  EXPECT_THROW(engine.digest(articles, engine.options(), stop.get_token()), Cancelled);
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(articles, Options{}, diagnostics);
  EXPECT_THROW(digest::analyse_cluster(cluster, Options{}, compare::builtin_match_model(), nullptr, stop.get_token()), Cancelled);
  try {
    engine.digest(articles, engine.options(), stop.get_token());
  } catch (const Error& error) {  // a Cancelled is an Error, with a message for a user
    EXPECT_NE(std::string(error.what()).find("cancelled"), std::string::npos);
  }
  // A stage that reads documents on several threads ends the same way.
  EXPECT_THROW(digest::annotate_documents(cluster, {}, time::TimexTagger(), stop.get_token(), 2), Cancelled);
  EXPECT_EQ(digest::annotate_documents(cluster, {}, time::TimexTagger(), {}, 2).size(), 2u);
}

}  // namespace
}  // namespace chorus::testing

// The reader on web pages (ingest/reader.h): .html and .htm files and
// directories, pages named .txt, JSONL lines with `html`, and the helpers
// looks_like_html and id_from_url.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "ingest/reader.h"
#include "test_support.h"

namespace chorus::ingest {
namespace {

using chorus::testing::TempDir;
using chorus::testing::write_file;

const std::string kPage =
    "<!DOCTYPE html><html><head><title>Ferry resumes</title></head><body><p>The ferry to Coldharbour "
    "resumed on Tuesday.</p></body></html>";

class HtmlReaderTest : public ::testing::Test {
 protected:
  std::vector<Article> read(const std::vector<std::string>& paths) {
    std::istringstream in;
    return read_articles(paths, ReadOptions{}, diagnostics_, in);
  }
  std::string path(std::string_view name) const { return (dir_ / name).string(); }

  TempDir dir_;
  Diagnostics diagnostics_;
};

TEST_F(HtmlReaderTest, DirectoryReadsHtmlHtmAndTextButNotPdf) {
  write_file(dir_ / "a.html", kPage);
  write_file(dir_ / "b.htm", kPage);
  write_file(dir_ / "c.txt", "Plain text about the ferry.\n");
  write_file(dir_ / "d.pdf", "%PDF-1.4\n%fake\n");
  const std::vector<Article> articles = read({dir_.path().string()});
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[0].format, ArticleFormat::kHtml);
  EXPECT_EQ(articles[0].raw, kPage);
  EXPECT_EQ(articles[0].path, path("a.html"));
  EXPECT_EQ(articles[1].id, "b");
  EXPECT_EQ(articles[1].format, ArticleFormat::kHtml);
  EXPECT_EQ(articles[2].id, "c");
  EXPECT_EQ(articles[2].format, ArticleFormat::kText);
  EXPECT_TRUE(diagnostics_.warnings.empty());
}

TEST_F(HtmlReaderTest, UpperCaseExtensionIsHtmlToo) {
  write_file(dir_ / "STORY.HTML", "<p>no doctype, but named as a page</p>");
  const std::vector<Article> articles = read({path("STORY.HTML")});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "STORY");
  EXPECT_EQ(articles[0].format, ArticleFormat::kHtml);
}

TEST_F(HtmlReaderTest, TextFileThatStartsLikeAPageIsHtml) {
  write_file(dir_ / "saved.txt", kPage);
  write_file(dir_ / "notes.txt", "Notes about <html> tags in general.\n");
  const std::vector<Article> articles = read({path("saved.txt"), path("notes.txt")});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].format, ArticleFormat::kHtml);
  EXPECT_EQ(articles[1].format, ArticleFormat::kText);
}

TEST_F(HtmlReaderTest, EmptyDirectoryNamesAllFourExtensions) {
  write_file(dir_ / "d.pdf", "%PDF-1.4\n");
  try {
    read({dir_.path().string()});
    ADD_FAILURE() << "expected chorus::Error";
  } catch (const Error& error) {
    EXPECT_EQ(std::string(error.what()), dir_.path().string() + ": no .txt, .md, .html or .htm files in directory");
  }
}

TEST_F(HtmlReaderTest, JsonlLineWithHtmlIsAWebPage) {
  const nlohmann::json line = {{"id", "p1"}, {"html", kPage}, {"url", "https://news.example/2031/03/04/ferry"}};
  write_file(dir_ / "pages.jsonl", line.dump() + "\n");
  const std::vector<Article> articles = read({path("pages.jsonl")});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "p1");
  EXPECT_EQ(articles[0].format, ArticleFormat::kHtml);
  EXPECT_EQ(articles[0].raw, kPage);
  EXPECT_EQ(articles[0].url, "https://news.example/2031/03/04/ferry");
  EXPECT_EQ(articles[0].path, path("pages.jsonl") + ":1");
}

TEST_F(HtmlReaderTest, JsonlLineWithTextStaysText) {
  const nlohmann::json line = {{"id", "t1"}, {"text", "Ferry resumes."}, {"html", nullptr}};
  write_file(dir_ / "pages.jsonl", line.dump() + "\n");
  const std::vector<Article> articles = read({path("pages.jsonl")});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].format, ArticleFormat::kText);
  EXPECT_EQ(articles[0].raw, "Ferry resumes.");
}

TEST_F(HtmlReaderTest, JsonlLineWithBothTextAndHtmlIsSkippedWithAWarning) {
  const nlohmann::json both = {{"id", "both"}, {"text", "Ferry resumes."}, {"html", kPage}};
  const nlohmann::json good = {{"id", "good"}, {"html", kPage}};
  write_file(dir_ / "pages.jsonl", both.dump() + "\n" + good.dump() + "\n");
  const std::vector<Article> articles = read({path("pages.jsonl")});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "good");
  ASSERT_EQ(diagnostics_.warnings.size(), 1u);
  EXPECT_EQ(diagnostics_.warnings[0], path("pages.jsonl") + ":1: give `text` or `html`, not both");
}

TEST_F(HtmlReaderTest, JsonlLineWithoutTextOrHtmlSaysBoth) {
  const nlohmann::json none = {{"id", "none"}};
  const nlohmann::json good = {{"id", "good"}, {"text", "x"}};
  write_file(dir_ / "pages.jsonl", none.dump() + "\n" + good.dump() + "\n");
  read({path("pages.jsonl")});
  ASSERT_EQ(diagnostics_.warnings.size(), 1u);
  EXPECT_EQ(diagnostics_.warnings[0], path("pages.jsonl") + ":1: missing string field `text` (or `html`, a web page)");
}

TEST_F(HtmlReaderTest, JsonlHtmlThatIsNotAStringOrIsEmpty) {
  const nlohmann::json number = {{"id", "n"}, {"html", 5}};
  const nlohmann::json empty = {{"id", "e"}, {"html", ""}};
  const nlohmann::json good = {{"id", "good"}, {"text", "x"}};
  write_file(dir_ / "pages.jsonl", number.dump() + "\n" + empty.dump() + "\n" + good.dump() + "\n");
  read({path("pages.jsonl")});
  ASSERT_EQ(diagnostics_.warnings.size(), 2u);
  EXPECT_EQ(diagnostics_.warnings[0], path("pages.jsonl") + ":1: `html` must be a string, not number");
  EXPECT_EQ(diagnostics_.warnings[1], path("pages.jsonl") + ":2: `html` is empty");
}

TEST(IdFromUrl, HostAndPathAsWords) {
  EXPECT_EQ(id_from_url("https://www.example.com/news/2031/03/04/ferry-resumes.html"),
            "example-com-news-2031-03-04-ferry-resumes-html");
  EXPECT_EQ(id_from_url("http://News.Example.ORG/A_B"), "news-example-org-a-b");
  EXPECT_EQ(id_from_url("https://example.com/"), "example-com");
}

TEST(IdFromUrl, NothingUsableIsPage) {
  EXPECT_EQ(id_from_url("https://"), "page");
  EXPECT_EQ(id_from_url("https:///?#"), "page");
}

TEST(IdFromUrl, AtMostAHundredBytes) {
  const std::string id = id_from_url("https://example.com/" + std::string(300, 'x'));
  EXPECT_EQ(id.size(), 100u);
  EXPECT_EQ(id.substr(0, 12), "example-com-");
  // Whatever the length before a separator: "a-com-" is 6 bytes, then 93
  // letters make 99, and the next word must not push the id past 100.
  for (std::size_t letters = 85; letters <= 100; ++letters) {
    const std::string at_edge = id_from_url("https://a.com/" + std::string(letters, 'x') + "/yz/more-words");
    EXPECT_LE(at_edge.size(), 100u) << letters << " letters: " << at_edge;
  }
}

TEST(LooksLikeHtml, PageStarts) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html>"));
  EXPECT_TRUE(looks_like_html("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"));
  EXPECT_TRUE(looks_like_html("  \r\n\t<HTML lang=\"en\">"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF<!DOCTYPE html>"));
  EXPECT_TRUE(looks_like_html("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
}

TEST(LooksLikeHtml, NotPageStarts) {
  EXPECT_FALSE(looks_like_html(""));
  EXPECT_FALSE(looks_like_html("Plain text about <html> tags"));
  EXPECT_FALSE(looks_like_html("<div>a fragment</div>"));
  EXPECT_FALSE(looks_like_html("<?xml version=\"1.0\"?><rss><channel></channel></rss>"));
}

}  // namespace
}  // namespace chorus::ingest

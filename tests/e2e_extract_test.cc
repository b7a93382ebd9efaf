// End-to-end tests of web pages through the CLI: `chorus extract` on files,
// directories and loopback URLs, `chorus digest` on pages that are and are
// not articles, and `chorus eval extract` on a small dataset. Pages, outlets,
// places and people are invented.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace chorus::testing {
namespace {

using json = nlohmann::json;
using namespace std::chrono_literals;

// Two reports of one event by two outlets, and a photo gallery.
const std::string kGazetteP1 =
    "The ferry between Marlow Quay and Coldharbour Island resumed on Tuesday morning, ending a closure of eleven "
    "days that had cut the island off from the mainland.";
const std::string kGazetteP2 =
    "Harbour master Edda Vintner said the new landing ramp, built after the old one cracked in a storm, had "
    "passed its final inspection late on Monday evening.";
const std::string kGazetteP3 =
    "About 400 islanders depend on the crossing for work, school and supplies, and many had relied on a small "
    "fishing boat chartered by the parish council.";

const std::string kGazettePage =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Ferry service to Coldharbour resumes | Estuary Gazette</title>"
    "<meta property=\"og:site_name\" content=\"Estuary Gazette\">"
    "<meta property=\"article:published_time\" content=\"2031-03-04T09:14:00Z\">"
    "<meta name=\"author\" content=\"Edda Vintner\">"
    "</head><body>"
    "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
    "<article><h1>Ferry service to Coldharbour resumes</h1>"
    "<p>" + kGazetteP1 + "</p><p>" + kGazetteP2 + "</p><p>" + kGazetteP3 + "</p></article>"
    "<footer><p>Copyright 2031 Estuary Gazette Ltd.</p></footer></body></html>";

const std::string kCourierP1 =
    "Ferry crossings to Coldharbour Island restarted on Tuesday after an eleven-day closure, the operator "
    "Tidewater Lines said.";
const std::string kCourierP2 =
    "The landing ramp at Marlow Quay cracked during a storm earlier this month, and a replacement passed "
    "inspection on Monday evening, harbour master Edda Vintner said.";
const std::string kCourierP3 =
    "Timetables will return to normal by Friday, although the first sailing of each day will leave fifteen "
    "minutes later than before.";

const std::string kCourierPage =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Coldharbour ferry back after ramp repair - Valley Courier</title>"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Coldharbour ferry back after "
    "ramp repair\",\"datePublished\":\"2031-03-04T11:00:00Z\",\"author\":{\"name\":\"Mira Holt\"},"
    "\"publisher\":{\"name\":\"Valley Courier\"}}</script></head><body>"
    "<div class=\"story\"><h1>Coldharbour ferry back after ramp repair</h1>"
    "<p>" + kCourierP1 + "</p><p>" + kCourierP2 + "</p><p>" + kCourierP3 + "</p></div>"
    "<aside class=\"related\"><a href=\"/x\">Bridge closure extended for another month</a></aside>"
    "</body></html>";

std::string gallery_page() {
  std::string html = "<!DOCTYPE html><html><head><title>In pictures: tall ships at Marlow Quay</title></head><body>"
                     "<h1>In pictures: tall ships at Marlow Quay</h1><div class=\"gallery\">";
  for (int i = 1; i <= 8; ++i) {
    html += "<figure><img src=\"p" + std::to_string(i) + ".jpg\"><figcaption>Photo " + std::to_string(i) +
            ": crowds gather along the harbour wall as the tall ships arrive for the festival weekend"
            "</figcaption></figure>";
  }
  return html + "</div></body></html>";
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// --- chorus extract -------------------------------------------------------------

TEST(CliExtract, JsonlPrintsOneObjectPerPageWithItsMetadata) {
  TempDir dir;
  write_file(dir / "gazette.html", kGazettePage);
  const CommandResult result = run_chorus("extract " + quoted(dir / "gazette.html") + " -f jsonl");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 1u) << result.out;
  const json page = json::parse(lines[0]);
  for (const char* key : {"path", "url", "title", "site", "author", "published", "language", "text", "kind"}) {
    EXPECT_TRUE(page.contains(key)) << key;
  }
  EXPECT_EQ(page["path"], (dir / "gazette.html").string());
  EXPECT_EQ(page["url"], "");
  EXPECT_EQ(page["title"], "Ferry service to Coldharbour resumes");
  EXPECT_EQ(page["site"], "Estuary Gazette");
  EXPECT_EQ(page["author"], "Edda Vintner");
  EXPECT_EQ(page["published"], "2031-03-04T09:14:00Z");
  EXPECT_EQ(page["language"], "en");
  EXPECT_EQ(page["kind"], "article");
  EXPECT_EQ(page["text"], kGazetteP1 + "\n" + kGazetteP2 + "\n" + kGazetteP3);
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(CliExtract, JsonFormatIsAnArray) {
  TempDir dir;
  write_file(dir / "courier.htm", kCourierPage);
  const CommandResult result = run_chorus("extract -f json " + quoted(dir / "courier.htm"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json all = json::parse(result.out);
  ASSERT_TRUE(all.is_array());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0]["title"], "Coldharbour ferry back after ramp repair");
  EXPECT_EQ(all[0]["site"], "Valley Courier");
  EXPECT_EQ(all[0]["author"], "Mira Holt");
  EXPECT_EQ(all[0]["published"], "2031-03-04T11:00:00Z");
  EXPECT_EQ(all[0]["text"], kCourierP1 + "\n" + kCourierP2 + "\n" + kCourierP3);
}

TEST(CliExtract, TextFormatStartsWithTheTitle) {
  TempDir dir;
  write_file(dir / "gazette.html", kGazettePage);
  const CommandResult result = run_chorus("extract " + quoted(dir / "gazette.html"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("# Ferry service to Coldharbour resumes\n")) << result.out;
  EXPECT_NE(result.out.find("Estuary Gazette | Edda Vintner | 2031-03-04T09:14:00Z\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(kGazetteP3), std::string::npos);
  EXPECT_EQ(result.out.find("Copyright 2031"), std::string::npos);
}

TEST(CliExtract, DirectoryOfTwoPagesInNameOrder) {
  TempDir dir;
  write_file(dir / "b-gazette.html", kGazettePage);
  write_file(dir / "a-courier.htm", kCourierPage);
  const CommandResult result = run_chorus("extract -f jsonl " + quoted(dir.path()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_EQ(json::parse(lines[0])["path"], (dir / "a-courier.htm").string());
  EXPECT_EQ(json::parse(lines[0])["site"], "Valley Courier");
  EXPECT_EQ(json::parse(lines[1])["path"], (dir / "b-gazette.html").string());
  EXPECT_EQ(json::parse(lines[1])["site"], "Estuary Gazette");
}

TEST(CliExtract, GalleryIsListedWithItsKindAndAWarning) {
  TempDir dir;
  write_file(dir / "gallery.html", gallery_page());
  const CommandResult result = run_chorus("extract -f jsonl " + quoted(dir / "gallery.html"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json page = json::parse(result.out);
  EXPECT_EQ(page["kind"], "gallery");
  EXPECT_EQ(page["text"], "");
  EXPECT_NE(result.err.find("not an article"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("gallery.html"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST(CliExtract, EmptyPageIsAOneLineError) {
  TempDir dir;
  write_file(dir / "empty.html", "<html></html>");
  const CommandResult result = run_chorus("extract " + quoted(dir / "empty.html"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "chorus: error: " + (dir / "empty.html").string() + ": web page has no visible text\n");
  EXPECT_TRUE(result.out.empty());
}

// --- chorus digest on pages ----------------------------------------------------------

TEST(CliDigestPages, GalleryIsListedButOnlyArticlesAreDigested) {
  TempDir dir;
  write_file(dir / "a-gazette.html", kGazettePage);
  write_file(dir / "b-courier.html", kCourierPage);
  write_file(dir / "c-gallery.html", gallery_page());
  const CommandResult result = run_chorus("digest --format json " + quoted(dir.path()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  ASSERT_EQ(digest["documents"].size(), 3u);
  EXPECT_EQ(digest["documents"][0]["kind"], "article");
  EXPECT_EQ(digest["documents"][1]["kind"], "article");
  EXPECT_EQ(digest["documents"][2]["kind"], "gallery");
  EXPECT_EQ(digest["documents"][0]["title"], "Ferry service to Coldharbour resumes");
  ASSERT_FALSE(digest["summary"].empty());
  for (const json& sentence : digest["summary"]) EXPECT_NE(sentence["doc"], "c-gallery") << sentence.dump();
  EXPECT_NE(result.err.find("c-gallery.html: not an article (gallery"), std::string::npos) << result.err;
}

TEST(CliDigestPages, OnlyAGalleryFailsWithOneLine) {
  TempDir dir;
  write_file(dir / "gallery.html", gallery_page());
  const CommandResult result = run_chorus("digest " + quoted(dir / "gallery.html"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(result.err.starts_with("chorus: error: no news article among 1 documents")) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

// --- chorus eval extract ---------------------------------------------------------------

// A dataset of the two story pages whose gold bodies are their paragraphs.
void write_dataset(const TempDir& dir, const std::string& courier_gold) {
  write_file(dir / "gazette.html", kGazettePage);
  write_file(dir / "courier.html", kCourierPage);
  const json gazette = {{"id", "gazette"},
                        {"html", "gazette.html"},
                        {"headline", "Ferry service to Coldharbour resumes"},
                        {"published", "2031-03-04"},
                        {"fulltext", kGazetteP1 + "\n" + kGazetteP2 + "\n" + kGazetteP3}};
  const json courier = {{"id", "courier"},
                        {"html", "courier.html"},
                        {"headline", "Coldharbour ferry back after ramp repair"},
                        {"fulltext", courier_gold}};
  write_file(dir / "gold.jsonl", gazette.dump() + "\n" + courier.dump() + "\n");
}

TEST(CliEvalExtract, GoldEqualToTheExtractionScoresOne) {
  TempDir dir;
  write_dataset(dir, kCourierP1 + "\n" + kCourierP2 + "\n" + kCourierP3);
  const CommandResult result = run_chorus("eval extract --dataset " + quoted(dir.path()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("pages 2 (unreadable 0, judged not an article 0)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("main text (4-gram shingles): precision 1.0000 recall 1.0000 F1 1.0000"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("title right: 1.0000"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("publication date right: 1.0000 of 1 pages"), std::string::npos) << result.out;
}

TEST(CliEvalExtract, ChangedGoldLineLowersF1) {
  TempDir dir;
  write_dataset(dir, kCourierP1 + "\nA different second paragraph that the page does not hold at all, written for "
                                  "this test alone.\n" + kCourierP3);
  const CommandResult result = run_chorus("eval extract --dataset " + quoted(dir.path()) + " --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json report = json::parse(result.out);
  EXPECT_EQ(report["pages"], 2);
  EXPECT_EQ(report["unreadable"], 0);
  const double f1 = report["main_text"]["f1"];
  EXPECT_LT(f1, 0.95);
  EXPECT_GT(f1, 0.5);
  EXPECT_LT(report["main_text"]["precision"].get<double>(), 1.0);
  EXPECT_LT(report["main_text"]["recall"].get<double>(), 1.0);
}

TEST(CliEvalExtract, JsonFormatOfAPerfectRun) {
  TempDir dir;
  write_dataset(dir, kCourierP1 + "\n" + kCourierP2 + "\n" + kCourierP3);
  const CommandResult result = run_chorus("eval extract --format json --dataset " + quoted(dir.path()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json report = json::parse(result.out);
  EXPECT_DOUBLE_EQ(report["main_text"]["f1"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(report["title_accuracy"].get<double>(), 1.0);
  EXPECT_EQ(report["dated_pages"], 1);
}

// --- URLs on a loopback server ------------------------------------------------------------

class PageServer {
 public:
  PageServer() {
    server_.Get("/story", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kGazettePage, "text/html; charset=utf-8");
    });
    server_.Get("/missing", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 500 && !server_.is_running(); ++i) std::this_thread::sleep_for(10ms);
  }
  ~PageServer() {
    server_.stop();
    thread_.join();
  }
  PageServer(const PageServer&) = delete;
  PageServer& operator=(const PageServer&) = delete;

  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

class CliExtractUrl : public ::testing::Test {
 protected:
  // libcurl honours http_proxy; the loopback server must be reached directly.
  static void SetUpTestSuite() {
    ::setenv("NO_PROXY", "127.0.0.1", 1);
    ::setenv("no_proxy", "127.0.0.1", 1);
  }
  PageServer server_;
};

TEST_F(CliExtractUrl, PageByUrlGivesItsTitleAndUrl) {
  const std::string url = server_.url("/story");
  const CommandResult result = run_chorus("extract '" + url + "' -f jsonl");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json page = json::parse(result.out);
  EXPECT_EQ(page["title"], "Ferry service to Coldharbour resumes");
  EXPECT_EQ(page["url"], url);
  EXPECT_EQ(page["path"], url);
  EXPECT_EQ(page["text"], kGazetteP1 + "\n" + kGazetteP2 + "\n" + kGazetteP3);
}

TEST_F(CliExtractUrl, MissingPageAloneIsAnErrorNamingTheUrl) {
  const std::string url = server_.url("/missing");
  const CommandResult result = run_chorus("extract '" + url + "' -f jsonl");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "chorus: error: " + url + ": HTTP 404 Not Found\n");
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CliExtractUrl, MissingPageBesideAGoodOneIsAWarning) {
  const std::string missing = server_.url("/missing");
  const CommandResult result = run_chorus("extract '" + missing + "' '" + server_.url("/story") + "' -f jsonl");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "chorus: warning: " + missing + ": HTTP 404 Not Found\n");
  EXPECT_EQ(lines_of(result.out).size(), 1u) << result.out;
}

}  // namespace
}  // namespace chorus::testing

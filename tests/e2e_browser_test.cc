// The HTML report in a real browser (headless Chromium): every section is
// there, selecting a summary sentence highlights its supporting sentences in
// the source texts, and a screenshot is kept in the build directory
// (test-artifacts/). Skips when Chromium is not installed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

std::filesystem::path artifacts_dir() {
  const std::filesystem::path dir = std::filesystem::path(CHORUS_BUILD_DIR) / "test-artifacts";
  std::filesystem::create_directories(dir);
  return dir;
}

std::string unescape(std::string text) {
  static const std::pair<std::string, std::string> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", "\u00a0"}, {"&amp;", "&"}};
  for (const auto& [entity, text_form] : kEntities) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + text_form.size())) {
      text.replace(at, entity.size(), text_form);
    }
  }
  return text;
}

struct Piece {
  std::vector<std::string> classes;
  std::vector<std::string> tokens;
  std::string text;
  bool has(const std::vector<std::string>& list, const std::string& item) const {
    return std::find(list.begin(), list.end(), item) != list.end();
  }
};

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// The cited pieces of the source texts, as the browser left them.
std::vector<Piece> cited_pieces(const std::string& dom) {
  static const std::regex kPiece(R"re(<span class="([^"]*)" data-ev="([^"]*)">([^<]*)</span>)re");
  std::vector<Piece> pieces;
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), kPiece); it != std::sregex_iterator(); ++it) {
    pieces.push_back({words((*it)[1].str()), words((*it)[2].str()), unescape((*it)[3].str())});
  }
  return pieces;
}

// Opens the report of `input` with summary sentence `n` (1-based) selected
// through the page's own click handler (#sentence-N), and checks what a
// reader would see.
void check_report(const std::string& chromium, const std::filesystem::path& input, const std::string& name) {
  const auto report = artifacts_dir() / (name + "-report.html");
  const CommandResult made = run_chorus("digest --format html -o '" + report.string() + "' '" + input.string() + "'");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const CommandResult as_json = run_chorus("digest --format json '" + input.string() + "'");
  const json digest = json::parse(as_json.out);
  ASSERT_FALSE(digest["summary"].empty());

  // The sentence with the widest support makes the most telling picture.
  size_t chosen = 0;
  for (size_t i = 0; i < digest["summary"].size(); ++i) {
    if (digest["summary"][i]["support"].size() > digest["summary"][chosen]["support"].size()) chosen = i;
  }
  const std::string n = std::to_string(chosen + 1);
  const std::string url = "file://" + report.string() + "#sentence-" + n;
  const std::string dom = run_chromium(chromium, url, "--virtual-time-budget=3000 --dump-dom");
  ASSERT_FALSE(dom.empty()) << "Chromium printed no DOM";

  // Every section is there and filled.
  EXPECT_NE(dom.find("<h1>" + unescape(digest["title"].get<std::string>()).substr(0, 20)), std::string::npos);
  for (const char* section : {"id=\"summary\"", "id=\"sources\"", "class=\"claims\"", "class=\"facts\""}) {
    EXPECT_NE(dom.find(section), std::string::npos) << section;
  }
  for (size_t d = 0; d < digest["documents"].size(); ++d) {
    EXPECT_NE(dom.find("<article class=\"source\" id=\"doc-" + std::to_string(d + 1) + "\""), std::string::npos);
  }
  EXPECT_NE(dom.find("<details class=\"furniture\">"), std::string::npos);
  // The sections the Digest fills: timeline (with its axis), names, figures, what each source alone says.
  if (!digest["timeline"].empty()) {
    EXPECT_NE(dom.find("id=\"timeline\""), std::string::npos);
    EXPECT_NE(dom.find("<svg class=\"axis\""), std::string::npos);
  }
  if (!digest["figures"].empty()) {
    EXPECT_NE(dom.find("<table class=\"figures\">"), std::string::npos);
  }
  if (!digest["entities"].empty()) {
    EXPECT_NE(dom.find("<table class=\"entities\">"), std::string::npos);
    // Every alias the Digest gives is on the page, with its entity.
    for (const json& entity : digest["entities"]) {
      for (const json& alias : entity["aliases"]) {
        EXPECT_NE(dom.find("<q>" + alias.get<std::string>() + "</q>"), std::string::npos) << alias;
      }
    }
  }
  for (const json& source : digest["sources"]) {
    if (!source["unique"].empty()) {
      EXPECT_NE(dom.find("<details class=\"unique\">"), std::string::npos);
    }
  }
  EXPECT_EQ(dom.find("class=\"no-js\""), std::string::npos) << "the script did not run";

  // The chosen sentence is pressed and its evidence open.
  const std::regex button("<button[^>]*aria-expanded=\"true\"[^>]*aria-controls=\"evidence-" + n +
                          "\"[^>]*data-spans=\"([^\"]*)\" data-origin=\"([^\"]*)\"");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(dom, match, button)) << "sentence " << n << " is not selected";
  const std::vector<std::string> spans = words(match[1].str());
  const std::string origin = match[2].str();
  EXPECT_EQ(spans.size(), digest["summary"][chosen]["evidence"].size());
  EXPECT_NE(dom.find("<div class=\"evidence\" id=\"evidence-" + n + "\">"), std::string::npos) << "evidence hidden";

  // Exactly the cited pieces are highlighted; the origin's pieces spell the
  // summary sentence itself.
  std::string origin_text;
  size_t highlighted = 0;
  for (const Piece& piece : cited_pieces(dom)) {
    const bool cited = std::any_of(spans.begin(), spans.end(), [&](const std::string& t) { return piece.has(piece.tokens, t); });
    EXPECT_EQ(piece.has(piece.classes, "hl"), cited) << piece.text;
    highlighted += cited;
    if (piece.has(piece.tokens, origin)) {
      EXPECT_TRUE(piece.has(piece.classes, "hl-origin"));
      origin_text += piece.text;
    }
  }
  EXPECT_GE(highlighted, spans.size());
  EXPECT_EQ(origin_text, digest["summary"][chosen]["text"].get<std::string>());

  // A timeline entry's "read it in context" link lights its sentence in the source.
  static const std::regex kContext("<a href=\"#ev-([0-9]+-[0-9]+)\">read it in context</a>");
  if (std::regex_search(dom, match, kContext)) {
    const std::string token = "e" + match[1].str();
    const std::string linked =
        run_chromium(chromium, "file://" + report.string() + "#ev-" + match[1].str(), "--virtual-time-budget=3000 --dump-dom");
    size_t lit = 0;
    for (const Piece& piece : cited_pieces(linked)) {
      if (piece.has(piece.tokens, token)) {
        EXPECT_TRUE(piece.has(piece.classes, "hl")) << piece.text;
        ++lit;
      }
    }
    EXPECT_GT(lit, 0u) << "no piece of " << token;
  } else if (!digest["timeline"].empty()) {
    ADD_FAILURE() << "timeline entries have no link to their sentence";
  }

  // A picture for people: build/test-artifacts/NAME-report.png.
  const auto shot = artifacts_dir() / (name + "-report.png");
  std::filesystem::remove(shot);
  run_chromium(chromium, url, "--virtual-time-budget=3000 --window-size=1280,2000 --screenshot='" + shot.string() + "'");
  ASSERT_TRUE(std::filesystem::exists(shot));
  EXPECT_GT(std::filesystem::file_size(shot), 20000u);
  std::cout << "screenshot: " << shot.string() << "\n";
  // And as a phone shows it (one column).
  const auto phone = artifacts_dir() / (name + "-report-phone.png");
  run_chromium(chromium, url, "--virtual-time-budget=3000 --window-size=390,1400 --screenshot='" + phone.string() + "'");
  EXPECT_TRUE(std::filesystem::exists(phone));
}

TEST(Browser, ExampleReportHighlightsTheSupportOfASelectedSentence) {
  REQUIRE_CHROMIUM(chromium);
  check_report(chromium, source_dir() / "examples/lakeport", "lakeport");
}

TEST(Browser, SeedsReportHighlightsTheSupportOfASelectedSentence) {
  REQUIRE_CHROMIUM(chromium);
  const auto seeds = shared_dir() / "seeds";
  CHORUS_REQUIRE_SHARED(seeds);
  check_report(chromium, seeds, "seeds");
}

}  // namespace
}  // namespace chorus::testing

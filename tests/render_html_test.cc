// The HTML report: escaping, the byte-span mapping (checked against a simple
// byte-by-byte twin on many random inputs), sections, determinism.
#include <gtest/gtest.h>

#include <random>
#include <regex>

#include "render/html_escape.h"
#include "render/html_report.h"
#include "render/html_text.h"
#include "render/render.h"

namespace chorus::render {
namespace {

std::string unescape(std::string_view html) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  for (size_t i = 0; i < html.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (html.substr(i, entity.size()) == entity) {
        out += c;
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

std::string without_space(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t') out += c;
  }
  return out;
}

// Reads document_html's output back: all visible text, and the text inside
// elements carrying each token.
struct ReadBack {
  std::string text;
  std::map<std::string, std::string> by_token;
};

ReadBack read_back(const std::string& html) {
  ReadBack result;
  std::vector<std::string> tokens;  // of the open .ev span, if any
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      const size_t close = html.find('>', i);
      const std::string tag = html.substr(i, close - i + 1);
      static const std::regex kEv("<span class=\"ev\" data-ev=\"([^\"]*)\">");
      std::smatch match;
      if (std::regex_match(tag, match, kEv)) {
        tokens.clear();
        std::istringstream words(match[1].str());
        for (std::string word; words >> word;) tokens.push_back(word);
      } else if (tag == "</span>") {
        tokens.clear();
      }
      i = close + 1;
      continue;
    }
    const size_t next = std::min(html.find('<', i), html.size());
    const std::string text = unescape(std::string_view(html).substr(i, next - i));
    result.text += text;
    for (const std::string& token : tokens) result.by_token[token] += text;
    i = next;
  }
  return result;
}

TEST(HtmlText, SpansMatchAByteByByteTwinOnRandomInputs) {
  std::mt19937 random(7);
  const std::string alphabet = "ab <&>\"'\n\n  cd.";
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 120);
    for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    const auto offset = [&] { return static_cast<uint32_t>(random() % (text.size() + 1)); };
    std::vector<ByteRange> hidden;
    for (unsigned h = random() % 3; h > 0; --h) {
      uint32_t a = offset(), b = offset();
      hidden.push_back({std::min(a, b), std::max(a, b)});
    }
    std::vector<MarkSpan> marks;
    for (unsigned m = random() % 4; m > 0; --m) {
      uint32_t a = offset(), b = offset();
      marks.push_back({std::min(a, b), std::max(a, b), "t" + std::to_string(m), "a" + std::to_string(m)});
    }
    const ReadBack back = read_back(document_html(text, hidden, marks));

    // The twin: which bytes are visible, and which each mark covers.
    const auto is_hidden = [&](uint32_t i) {
      return std::any_of(hidden.begin(), hidden.end(), [&](const ByteRange& r) { return r.start <= i && i < r.end; });
    };
    std::string visible;
    for (uint32_t i = 0; i < text.size(); ++i) {
      if (!is_hidden(i)) visible += text[i];
    }
    ASSERT_EQ(without_space(back.text), without_space(visible)) << text;
    for (const MarkSpan& mark : marks) {
      std::string expected;
      for (uint32_t i = mark.start; i < mark.end; ++i) {
        if (!is_hidden(i)) expected += text[i];
      }
      const auto found = back.by_token.find(mark.token);
      EXPECT_EQ(without_space(found == back.by_token.end() ? std::string() : found->second), without_space(expected))
          << "round " << round << " text '" << text << "' mark " << mark.start << "-" << mark.end;
    }
  }
}

TEST(HtmlText, OffsetsInsideACharacterMoveToItsStart) {
  const std::string text = "h\xc3\xa9llo w\xc3\xb6rld";  // héllo wörld
  const std::vector<MarkSpan> marks = {{2, 9, "t", "a"}};  // starts inside é, ends inside ö
  const std::string html = document_html(text, {}, marks);
  EXPECT_NE(html.find("h<span class=\"anchor\" id=\"a\"></span><span class=\"ev\" data-ev=\"t\">\xc3\xa9llo w</span>"
                      "\xc3\xb6rld"),
            std::string::npos)
      << html;
  const std::vector<MarkSpan> past_end = {{5, 900, "t", ""}};
  EXPECT_NE(document_html(text, {}, past_end).find("</span></p>"), std::string::npos);
}

TEST(HtmlText, RemovedLinesAndBlankLinesMakeNoParagraphs) {
  const std::string text = "Home > News\n\nFirst line.\nREAD MORE: x\nSecond line.\n";
  const std::vector<ByteRange> hidden = {{0, 11}, {25, 37}};
  EXPECT_EQ(document_html(text, hidden, {}), "<p>First line.</p>\n<p>Second line.</p>\n");
}

TEST(HtmlEscape, EscapesMarkupAndLinksOnlyWebUrls) {
  EXPECT_EQ(escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_TRUE(is_linkable_url("https://example.org/a?b=c"));
  EXPECT_TRUE(is_linkable_url("HTTP://example.org"));
  EXPECT_FALSE(is_linkable_url("javascript:alert(1)"));
  EXPECT_FALSE(is_linkable_url("https://x.org/\"onmouseover=\"x"));
  EXPECT_FALSE(is_linkable_url("https://"));
}

TEST(HtmlReport, DateRangeReadsLikeProse) {
  const auto range = [](std::vector<std::string> dates) {
    std::vector<DigestDocument> documents;
    for (std::string& date : dates) documents.emplace_back().published = std::move(date);
    return date_range_text(documents);
  };
  EXPECT_EQ(range({}), "");
  EXPECT_EQ(range({"", "nonsense"}), "");
  EXPECT_EQ(range({"2031-03-05"}), "5 March 2031");
  EXPECT_EQ(range({"2031-03-05T07:12", "2031-03-04", ""}), "4\u20135 March 2031");
  EXPECT_EQ(range({"2031-02-28", "2031-03-05"}), "28 February \u2013 5 March 2031");
  EXPECT_EQ(range({"2031-01-02", "2030-12-30"}), "30 December 2030 \u2013 2 January 2031");
}

Digest hostile_digest() {
  Digest digest;
  digest.title = "<script>alert('title')</script>";
  digest.method = "concept";
  digest.word_budget = 50;
  DigestDocument a;
  a.id = "a\"b";
  a.source = "Outlet <One>";
  a.url = "javascript:alert(1)";
  a.title = "A & B";
  a.published = "2031-03-05";
  a.published_from = "metadata";
  a.text = "Menu\nThe <b>dam</b> broke on Tuesday.\nIt rained.\n";
  a.removed.push_back({"Menu", "navigation", 0, 4});
  DigestDocument b;
  b.id = "b";
  b.url = "https://example.org/story";
  b.text = "On Tuesday the dam broke.\n";
  digest.documents = {a, b};
  SummarySentence sentence;
  sentence.text = "The <b>dam</b> broke on Tuesday.";
  sentence.doc = "a\"b";
  sentence.start = 5;
  sentence.end = 37;
  sentence.support = {"a\"b", "b"};
  sentence.evidence = {{"a\"b", 5, 37, 1.0}, {"b", 0, 24, 0.8123}};
  digest.summary = {sentence};
  digest.warnings = {"c.txt: empty file <here>"};
  return digest;
}

TEST(HtmlReport, EscapesEverythingFromTheInput) {
  const std::string html = render(hostile_digest(), "html", RenderOptions{});
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<b>dam"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;dam&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://example.org/story\""), std::string::npos);
  // Exactly one script element: ours.
  size_t scripts = 0;
  for (size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) ++scripts;
  EXPECT_EQ(scripts, 1u);
  // Nothing is fetched: no external resources.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

TEST(HtmlReport, HasEverySectionAndLinksClaimsToTheirSpans) {
  const std::string html = render(hostile_digest(), "html", RenderOptions{});
  for (const char* needle : {"<header class=\"masthead\">", "id=\"summary\"", "id=\"sources\"", "id=\"warnings\"",
                             "id=\"doc-1\"", "id=\"doc-2\"", "<details class=\"furniture\">", "5 March 2031",
                             "Reported by 2 of 2 outlets: Outlet &lt;One&gt;, b", "similarity 0.81", "taken from here",
                             "@media print", "@media (max-width:600px)"}) {
    EXPECT_NE(html.find(needle), std::string::npos) << needle;
  }
  // The claim names both cited spans; each span is wrapped where it stands.
  EXPECT_NE(html.find("data-spans=\"e1-0 e2-0\" data-origin=\"e1-0\""), std::string::npos);
  EXPECT_NE(html.find("<span class=\"ev\" data-ev=\"e1-0\">The &lt;b&gt;dam&lt;/b&gt; broke on Tuesday.</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"ev\" data-ev=\"e2-0\">On Tuesday the dam broke</span>."), std::string::npos);
  // The removed navigation line is listed, not shown in the body.
  EXPECT_NE(html.find("<span class=\"reason\">navigation</span> <span class=\"removed-text\">Menu</span>"),
            std::string::npos);
  EXPECT_EQ(html.find("<p>Menu</p>"), std::string::npos);
}

TEST(HtmlReport, TimelineMarksScheduledAndConflictingDates) {
  Digest digest = hostile_digest();
  TimelineEntry broke;
  broke.date = "2031-03-04T04:40";
  broke.text = "the <dam> broke";
  broke.doc = "b";
  broke.docs = {"a\"b", "b"};
  broke.status = "happened";
  broke.conflict = {{"a\"b", "2031-03-04"}, {"b", "2031-03-05"}};
  TimelineEntry plan;
  plan.date = "2031-03";
  plan.text = "repairs are due";
  plan.doc = "b";
  plan.docs = {"b"};
  plan.status = "scheduled";
  plan.actual = "2031-04-02";
  TimelineEntry history;
  history.date = "1971";
  history.text = "the dam was built";
  history.doc = "b";
  history.docs = {"b"};
  history.status = "happened";
  history.context = true;
  digest.timeline = {history, broke, plan};
  const std::string html = render(digest, "html", RenderOptions{});
  for (const char* needle : {"id=\"timeline\"", "<svg class=\"axis\"", "4 March 2031, 04:40", "March 2031",
                             "the &lt;dam&gt; broke", "class=\"tl-entry conflict\"", "class=\"tl-entry scheduled\"",
                             "happened on 2 April 2031", "dates differ", "Background", "the dam was built",
                             "href=\"#timeline-2\""}) {
    EXPECT_NE(html.find(needle), std::string::npos) << needle;
  }
  EXPECT_EQ(html.find("href=\"#timeline-1\""), std::string::npos) << "background stays off the axis";
  EXPECT_EQ(timex_text("2031-03-04"), "4 March 2031");
  EXPECT_EQ(timex_text("1994"), "1994");
  EXPECT_EQ(timex_text("PRESENT_REF"), "PRESENT_REF");
}

TEST(HtmlReport, FiguresShowTheVerdictInWordsAndColour) {
  Digest digest = hostile_digest();
  FigureGroup dead;
  dead.about = "people <dead>";
  dead.verdict = "conflict";
  dead.values = {{"12 people", "a\"b", 0, 4, 12, 12, 12, false, "exact"}, {"19", "b", 0, 2, 19, 19, 19, false, "exact"}};
  digest.figures = {dead};
  SourceProfile profile;
  profile.doc = "b";
  profile.unique = {{"Only b says <this>.", 0, 5}};
  profile.distinctive_terms = {{"spillway", 2.5}};
  digest.sources = {profile};
  const std::string html = render(digest, "html", RenderOptions{});
  for (const char* needle : {"<table class=\"figures\">", "people &lt;dead&gt;", "class=\"verdict-conflict\"",
                             "<span class=\"verdict conflict\">conflict</span>", "<q>12 people</q>",
                             "Only this source says (1 sentence)", "Only b says &lt;this&gt;.",
                             "<span class=\"term\" title=\"z = 2.5\">spillway</span>"}) {
    EXPECT_NE(html.find(needle), std::string::npos) << needle;
  }
}

TEST(HtmlReport, EntitiesShowEveryNameAndWhoNamesThem) {
  Digest digest = hostile_digest();
  Entity shared;
  shared.name = "Maren <Ostvik>";
  shared.type = "person";
  shared.role = "Governor";
  shared.aliases = {"Ostvick", "Ostvik"};
  shared.documents = 2;
  shared.mentions = {{"a\"b", 0, 4, "Maren Ostvik"}, {"b", 0, 6, "Ostvick"}, {"b", 10, 16, "Ostvik"}};
  Entity single;
  single.name = "Dunmarrow";
  single.type = "place";
  single.documents = 1;
  single.mentions = {{"b", 0, 9, "Dunmarrow"}};
  digest.entities = {shared, single};
  const std::string html = render(digest, "html", RenderOptions{});
  for (const char* needle : {"<table class=\"entities\">", "Maren &lt;Ostvik&gt;", "(Governor)", "<q>Ostvick</q>",
                             "<q>Ostvik</q>", "\u00d72", "1 named by one source only", "Dunmarrow",
                             "<a href=\"#entities\">Names</a>"}) {
    EXPECT_NE(html.find(needle), std::string::npos) << needle;
  }
  // The entity named by two sources is listed before the fold.
  EXPECT_LT(html.find("Maren &lt;Ostvik&gt;"), html.find("named by one source only"));
}

TEST(HtmlReport, IsDeterministicAndCopesWithAnEmptyDigest) {
  EXPECT_EQ(render(hostile_digest(), "html", RenderOptions{}), render(hostile_digest(), "html", RenderOptions{}));
  const std::string empty = render(Digest{}, "html", RenderOptions{});
  EXPECT_NE(empty.find("<h1>Digest</h1>"), std::string::npos);
  EXPECT_NE(empty.find("no source gives a date"), std::string::npos);
  EXPECT_EQ(empty.find("id=\"warnings\""), std::string::npos);
}

TEST(HtmlReport, SurvivesSpansThatPointNowhere) {
  Digest digest = hostile_digest();
  digest.summary[0].evidence.push_back({"unknown-doc", 0, 5, 0.9});
  digest.summary[0].evidence.push_back({"b", 20, 5000, 0.7});
  digest.summary[0].doc = "missing";
  const std::string html = render(digest, "html", RenderOptions{});
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

}  // namespace
}  // namespace chorus::render

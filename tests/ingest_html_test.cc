// Web pages read into text and metadata (ingest/html_*.h, html_page.h,
// document_kind.h) on small invented pages: charsets, layout, main text,
// metadata, what a page is, and bad input that must neither crash nor hang.
// Outlets, places and people are made up.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/error.h"
#include "core/document.h"
#include "ingest/document_builder.h"
#include "ingest/document_kind.h"
#include "ingest/furniture.h"
#include "ingest/html_charset.h"
#include "ingest/html_layout.h"
#include "ingest/html_main_text.h"
#include "ingest/html_metadata.h"
#include "ingest/html_page.h"

namespace chorus::ingest {
namespace {

// --- helpers ----------------------------------------------------------------

WebPage read_page(std::string_view html, std::string_view url = "") {
  return read_web_page(html, url, "", "page.html");
}

// What became of the block holding `needle`: the name of the reason it was
// removed, "main" when it is main text, "absent" when it is not in the text.
std::string fate(const WebPage& page, std::string_view needle) {
  const std::size_t at = page.text.find(needle);
  if (at == std::string::npos) return "absent";
  for (const Removed& r : page.removed) {
    if (r.span.begin <= at && at < r.span.end) return std::string(removal_reason_name(r.reason));
  }
  return "main";
}

// Blocks and removed spans lie inside the text, in order; every removed
// span is one of the blocks.
void expect_page_invariants(const WebPage& page) {
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    EXPECT_LT(page.blocks[i].begin, page.blocks[i].end);
    EXPECT_LE(page.blocks[i].end, page.text.size());
    if (i > 0) {
      EXPECT_LE(page.blocks[i - 1].end, page.blocks[i].begin);
    }
  }
  for (const Removed& r : page.removed) {
    EXPECT_LE(r.span.end, page.text.size());
    EXPECT_NE(std::find(page.blocks.begin(), page.blocks.end(), r.span), page.blocks.end());
  }
}

std::vector<std::string> block_texts(const HtmlLayout& layout) {
  std::vector<std::string> out;
  for (const HtmlBlock& block : layout.blocks) out.push_back(block.text);
  return out;
}

// ASCII and Latin-1 `text` as UTF-16LE with a byte order mark.
std::string utf16le_with_bom(std::string_view latin1) {
  std::string out = "\xFF\xFE";
  for (const char c : latin1) {
    out += c;
    out += '\0';
  }
  return out;
}

// A Document built from a page, its furniture removed and its kind judged,
// as the pipeline does it.
Document classified(const std::string& html) {
  Article article;
  article.id = "page";
  article.path = "page.html";
  article.format = ArticleFormat::kHtml;
  article.raw = html;
  Diagnostics diagnostics;
  std::vector<Document> docs;
  docs.push_back(build_document(article, diagnostics));
  remove_furniture(docs, FurnitureOptions{});
  docs.front().kind = classify_document(docs.front()).kind;
  return docs.front();
}

// The message of the chorus::Error build_document throws on a page.
std::string build_error(const std::string& html) {
  Article article;
  article.id = "page";
  article.path = "page.html";
  article.format = ArticleFormat::kHtml;
  article.raw = html;
  Diagnostics diagnostics;
  try {
    build_document(article, diagnostics);
  } catch (const Error& error) {
    return error.what();
  }
  ADD_FAILURE() << "expected chorus::Error";
  return {};
}

// --- the story used by several tests ------------------------------------------

const std::string kP1 =
    "The ferry between Marlow Quay and Coldharbour Island resumed on Tuesday morning, ending a closure of "
    "eleven days that had cut the island off from the mainland.";
const std::string kP2 =
    "Harbour master Edda Vintner said the new landing ramp, built after the old one cracked in a storm, had "
    "passed its final inspection late on Monday evening.";
const std::string kP3 =
    "About 400 islanders depend on the crossing for work, school and supplies, and many had relied on a small "
    "fishing boat chartered by the parish council.";
const std::string kP4 =
    "The operator, Tidewater Lines, said timetables would return to normal by Friday, although the first "
    "sailing of each day would leave fifteen minutes later.";
const std::string kP5 =
    "Councillor Bram Oduya welcomed the reopening but said the council would ask why repairs to a single ramp "
    "had taken almost two weeks to complete.";
const std::string kP6 =
    "Tidewater Lines said it would refund season tickets for the days lost, and that claims could be made at "
    "the quay office or by post until the end of April.";

const std::string kStoryPage =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Ferry service to Coldharbour resumes | Estuary Gazette</title></head>\n<body>\n"
    "<nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li>"
    "<li><a href=\"/contact\">Contact us</a></li></ul></nav>\n"
    "<article>\n<h1>Ferry service to Coldharbour resumes</h1>\n"
    "<p>" + kP1 + "</p>\n<p>" + kP2 + "</p>\n"
    "<figure><img src=\"ferry.jpg\" alt=\"\"><figcaption>The Marlow Belle leaves the quay on Tuesday. "
    "Photo: Ann Example</figcaption></figure>\n"
    "<p>" + kP3 + "</p>\n<h2>Timetable changes</h2>\n<p>" + kP4 + "</p>\n<p>" + kP5 + "</p>\n"
    "</article>\n"
    "<aside class=\"related-stories\"><h3>More from the coast</h3><ul>"
    "<li><a href=\"/a\">Bridge closure extended for another month</a></li>"
    "<li><a href=\"/b\">Lifeboat crew rescues two sailors off Grey Point</a></li>"
    "<li><a href=\"/c\">Harbour festival returns to the quay in June</a></li></ul></aside>\n"
    "<section class=\"comments\"><h3>Reader comments</h3>"
    "<div class=\"comment\"><p>About time too, the boat was late every single day last winter and "
    "nobody ever said sorry to us.</p></div>"
    "<div class=\"comment\"><p>My daughter missed four days of school, and the council did nothing at all "
    "until the newspaper asked.</p></div></section>\n"
    "<footer><p>Copyright 2031 Estuary Gazette Ltd. All rights reserved.</p>"
    "<p><a href=\"/privacy\">Privacy policy</a> <a href=\"/terms\">Terms of use</a></p></footer>\n"
    "</body></html>\n";

// --- charset --------------------------------------------------------------------

TEST(HtmlCharset, Windows1252DeclaredInMetaIsConverted) {
  const PageBytes page = page_to_utf8("<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xE9</p>", "");
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_EQ(page.declared, "windows-1252");
  EXPECT_NE(page.utf8.find("<p>caf\xC3\xA9</p>"), std::string::npos) << page.utf8;
}

TEST(HtmlCharset, Windows1252SpecialCharactersAreNotLatin1Controls) {
  // 0x93/0x94 are curly quotes in windows-1252, C1 controls in ISO-8859-1.
  const PageBytes page = page_to_utf8("<meta charset=\"iso-8859-1\"><p>\x93Yes\x94</p>", "");
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_NE(page.utf8.find("\xE2\x80\x9CYes\xE2\x80\x9D"), std::string::npos) << page.utf8;
}

TEST(HtmlCharset, ValidUtf8DeclaredLatin1IsKeptAsUtf8) {
  const std::string bytes = "<meta charset=\"ISO-8859-1\"><p>caf\xC3\xA9 cr\xC3\xA8me</p>";
  const PageBytes page = page_to_utf8(bytes, "");
  EXPECT_EQ(page.encoding, "utf-8");
  EXPECT_EQ(page.declared, "iso-8859-1");
  EXPECT_EQ(page.utf8, bytes);
}

TEST(HtmlCharset, HeaderCharsetOverridesMeta) {
  // "привет" in windows-1251; read as the meta's windows-1252 it would be "ïðèâåò".
  const PageBytes page = page_to_utf8("<meta charset=\"windows-1252\"><p>\xEF\xF0\xE8\xE2\xE5\xF2</p>", "Windows-1251");
  EXPECT_EQ(page.declared, "windows-1251");
  EXPECT_EQ(page.encoding, "windows-1251");
  EXPECT_NE(page.utf8.find("<p>\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</p>"), std::string::npos) << page.utf8;
}

TEST(HtmlCharset, Utf16LittleEndianWithByteOrderMark) {
  const PageBytes page = page_to_utf8(utf16le_with_bom("<p>caf\xE9</p>"), "");
  EXPECT_EQ(page.encoding, "utf-16le");
  EXPECT_EQ(page.utf8, "<p>caf\xC3\xA9</p>");
}

TEST(HtmlCharset, UnknownCharsetNameFallsBackToWindows1252) {
  const PageBytes page = page_to_utf8("<meta charset=\"x-no-such-charset\"><p>caf\xE9</p>", "");
  EXPECT_EQ(page.declared, "x-no-such-charset");
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_NE(page.utf8.find("caf\xC3\xA9"), std::string::npos) << page.utf8;
}

TEST(HtmlCharset, NothingDeclaredAndNotUtf8IsWindows1252) {
  const PageBytes page = page_to_utf8("<p>na\xEFve</p>", "");
  EXPECT_EQ(page.declared, "");
  EXPECT_EQ(page.encoding, "windows-1252");
  EXPECT_EQ(page.utf8, "<p>na\xC3\xAFve</p>");
}

TEST(HtmlCharset, MetaCharsetReadsBothForms) {
  EXPECT_EQ(meta_charset("<html><head><meta charset=\"UTF-8\"></head>"), "utf-8");
  EXPECT_EQ(meta_charset("<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">"),
            "iso-8859-2");
  EXPECT_EQ(meta_charset("<meta charset='koi8-r'/>"), "koi8-r");
  EXPECT_EQ(meta_charset("<meta name=\"viewport\" content=\"width=device-width\"><p>charset</p>"), "");
  EXPECT_EQ(meta_charset("<p>no meta at all</p>"), "");
}

TEST(HtmlCharset, MetaCharsetIgnoresTheWordCharsetInOtherAttributes) {
  // A description that mentions charsets declares none; the real
  // declaration follows it.
  EXPECT_EQ(meta_charset("<meta name=\"description\" content=\"Which charset to use\"><meta charset=\"koi8-r\">"),
            "koi8-r");
}

TEST(HtmlCharset, Utf8ByteOrderMarkWinsOverMetaEvenWithABadByte) {
  // The byte order mark says UTF-8, whatever the meta says: the one bad byte
  // becomes U+FFFD and "café" stays "café" (not "cafÃ©").
  const PageBytes page = page_to_utf8("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>caf\xC3\xA9 \xFF</p>", "");
  EXPECT_EQ(page.encoding, "utf-8");
  EXPECT_NE(page.utf8.find("caf\xC3\xA9 \xEF\xBF\xBD"), std::string::npos) << page.utf8;
}

TEST(HtmlCharset, MetaCharsetOnlyLooksAtTheFirst8Kilobytes) {
  const std::string late = "<html><head>" + std::string(9000, ' ') + "<meta charset=\"koi8-r\">";
  EXPECT_EQ(meta_charset(late), "");
}

// --- layout -----------------------------------------------------------------------

TEST(HtmlLayout, BlocksComeInPageOrder) {
  const HtmlLayout layout = lay_out_html(
      "<html><body><p>First paragraph</p><div>Second block<p>Third inside</p>Fourth loose</div>"
      "<ul><li>Fifth item</li></ul></body></html>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"First paragraph", "Second block", "Third inside",
                                                          "Fourth loose", "Fifth item"}));
}

TEST(HtmlLayout, ADataTableRowIsOneLineALayoutTableKeepsItsBlocks) {
  const HtmlLayout data = lay_out_html(
      "<body><table><tr><th>Town</th><th>Homes flooded</th></tr><tr><td>Kessling</td><td><b>412</b></td></tr>"
      "</table></body>");
  EXPECT_EQ(block_texts(data), (std::vector<std::string>{"Town | Homes flooded", "Kessling | 412"}));
  // Totals stay whole: one block, the row's text, under the table.
  EXPECT_EQ(data.elements[0].blocks, 2u);
  const HtmlLayout story = lay_out_html(
      "<body><table><tr><td><a href='/'>Home</a></td><td><p>The council voted on Monday to close the library, "
      "which opened in 1962.</p><p>Readers protested.</p></td></tr></table></body>");
  EXPECT_EQ(block_texts(story).size(), 3u);
}

TEST(HtmlLayout, LineBreakSplitsABlock) {
  const HtmlLayout layout = lay_out_html("<body><p>Line one<br>Line two<br/>Line three</p></body>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"Line one", "Line two", "Line three"}));
}

TEST(HtmlLayout, WhiteSpaceAndEntitiesCollapse) {
  const HtmlLayout layout = lay_out_html("<body><p>  Storm\n\t closes&nbsp;&nbsp;the   <b>road</b>&amp;rail </p></body>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"Storm closes the road&rail"}));
}

TEST(HtmlLayout, InvisibleTextIsAbsent) {
  const HtmlLayout layout = lay_out_html(
      "<html><head><style>p { color: red }</style></head><body><p>Visible words</p>"
      "<script>var secretScript = 1;</script><style>.x{}</style><noscript>Enable scripting please</noscript>"
      "<div hidden>Hidden by attribute</div><div aria-hidden=\"true\">Hidden from readers</div>"
      "<div style=\"display: none\">Hidden by style</div><p>Also visible</p></body></html>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"Visible words", "Also visible"}));
}

TEST(HtmlLayout, AriaHiddenFalseStaysVisible) {
  const HtmlLayout layout = lay_out_html("<body><div aria-hidden=\"false\">Still here</div></body>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"Still here"}));
}

TEST(HtmlLayout, PreKeepsItsLineBreaks) {
  const HtmlLayout layout = lay_out_html("<body><pre>line one\nline   two\n\nline four</pre></body>");
  ASSERT_EQ(layout.blocks.size(), 1u);
  EXPECT_EQ(layout.blocks[0].text, "line one\nline two\n\nline four");
}

TEST(HtmlLayout, LinkCharactersAreCounted) {
  const HtmlLayout layout =
      lay_out_html("<body><p><a href=\"/x\">Storm</a></p><p>Read more:<a href=\"/y\">Floods</a></p><p>No links</p></body>");
  ASSERT_EQ(layout.blocks.size(), 3u);
  EXPECT_EQ(layout.blocks[0].link_chars, 5u);
  EXPECT_EQ(layout.blocks[1].text, "Read more:Floods");
  EXPECT_EQ(layout.blocks[1].link_chars, 6u);
  EXPECT_EQ(layout.blocks[2].link_chars, 0u);
}

TEST(HtmlLayout, HeadingLevelIsRecorded) {
  const HtmlLayout layout = lay_out_html("<body><h1>Big</h1><h3>Small</h3><p>Text</p></body>");
  ASSERT_EQ(layout.blocks.size(), 3u);
  EXPECT_EQ(layout.blocks[0].heading_level, 1);
  EXPECT_EQ(layout.blocks[1].heading_level, 3);
  EXPECT_EQ(layout.blocks[2].heading_level, 0);
}

TEST(HtmlLayout, HeadIsReadForMetadataOnly) {
  const HtmlLayout layout = lay_out_html(
      "<html lang=\"fr-CA\"><head><title> Le   titre </title><meta name=\"Author\" content=\"Anne Exemple\">"
      "<link rel=\"canonical\" href=\"https://x.example/a\"></head><body><p>Corps</p></body></html>");
  EXPECT_EQ(block_texts(layout), (std::vector<std::string>{"Corps"}));
  EXPECT_EQ(layout.title, "Le titre");
  EXPECT_EQ(layout.lang, "fr-CA");
  ASSERT_FALSE(layout.meta.empty());
  EXPECT_EQ(layout.meta[0].key, "author");
  EXPECT_EQ(layout.meta[0].value, "Anne Exemple");
  ASSERT_EQ(layout.links.size(), 1u);
  EXPECT_EQ(layout.links[0].key, "canonical");
  EXPECT_EQ(layout.links[0].value, "https://x.example/a");
}

TEST(HtmlHints, ArticleBodyIsBody) {
  EXPECT_TRUE(html_hints("article-body") & kHintBody);
  EXPECT_TRUE(html_hints("entry-content") & kHintBody);
  EXPECT_FALSE(html_hints("sidebar") & kHintBody);
}

TEST(HtmlHints, CommentListIsComments) {
  EXPECT_TRUE(html_hints("comment-list") & kHintComments);
  EXPECT_FALSE(html_hints("comment-list") & kHintBody);
}

TEST(HtmlHints, ShareToolsIsShare) { EXPECT_TRUE(html_hints("share-tools") & kHintShare); }

TEST(HtmlHints, RelatedStoriesIsPromotion) { EXPECT_TRUE(html_hints("related-stories") & kHintPromotion); }

TEST(HtmlHints, AdSlotIsAnAdvertButHeaderIsNot) {
  EXPECT_TRUE(html_hints("ad-slot") & kHintAdvert);
  EXPECT_TRUE(html_hints("top ad") & kHintAdvert);
  EXPECT_FALSE(html_hints("header") & kHintAdvert);
  EXPECT_FALSE(html_hints("masthead") & kHintAdvert);
  EXPECT_FALSE(html_hints("leading") & kHintAdvert);
}

TEST(HtmlHints, BodyNameOverridesFurnitureWords) {
  const uint16_t hints = html_hints("storyText headlines");
  EXPECT_TRUE(hints & kHintBody);
  EXPECT_FALSE(hints & kHintHeadline);
  EXPECT_FALSE(hints & (kHintNavigation | kHintComments | kHintShare | kHintPromotion | kHintLegal | kHintCaption |
                        kHintAdvert | kHintByline | kHintNegative));
}

TEST(HtmlHints, NavigationFooterCaptionBylineWords) {
  EXPECT_TRUE(html_hints("breadcrumb") & kHintNavigation);
  EXPECT_TRUE(html_hints("site-footer") & kHintLegal);
  EXPECT_TRUE(html_hints("cookie-banner") & kHintLegal);
  EXPECT_TRUE(html_hints("image-caption") & kHintCaption);
  EXPECT_TRUE(html_hints("byline") & kHintByline);
  EXPECT_EQ(html_hints(""), 0);
}

TEST(HtmlLayout, TagsCarryTheirOwnHints) {
  const HtmlLayout layout = lay_out_html(
      "<body><nav><a href=\"/\">Home</a></nav><footer>Copyright line</footer><article><p>Body</p></article></body>");
  ASSERT_EQ(layout.blocks.size(), 3u);
  EXPECT_TRUE(layout.elements[layout.blocks[0].container].hints & kHintNavigation);
  EXPECT_TRUE(layout.elements[layout.blocks[1].container].hints & kHintLegal);
  const uint32_t paragraph = layout.blocks[2].container;
  EXPECT_TRUE(layout.elements[layout.elements[paragraph].parent].hints & kHintPositive);
}

// --- main text ---------------------------------------------------------------------

TEST(HtmlMainText, StoryPageKeepsExactlyItsParagraphs) {
  const WebPage page = read_page(kStoryPage);
  expect_page_invariants(page);
  EXPECT_EQ(main_text(page), kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n" + kP5);
}

TEST(HtmlMainText, StoryPageFurnitureHasItsReasons) {
  const WebPage page = read_page(kStoryPage);
  EXPECT_EQ(fate(page, "Home"), "navigation");
  EXPECT_EQ(fate(page, "Contact us"), "navigation");
  EXPECT_EQ(fate(page, "Bridge closure extended"), "promotion");
  EXPECT_EQ(fate(page, "Lifeboat crew rescues"), "promotion");
  EXPECT_EQ(fate(page, "About time too"), "comments");
  EXPECT_EQ(fate(page, "My daughter missed"), "comments");
  EXPECT_EQ(fate(page, "The Marlow Belle leaves"), "caption");
  EXPECT_EQ(fate(page, "Copyright 2031"), "legal-notice");
  EXPECT_EQ(fate(page, "Privacy policy"), "legal-notice");
}

TEST(HtmlMainText, HeadlineAndSubheadsAreRemovedWithTheirReasons) {
  const WebPage page = read_page(kStoryPage);
  EXPECT_EQ(fate(page, "Ferry service to Coldharbour resumes"), "headline");
  EXPECT_EQ(fate(page, "Timetable changes"), "section-heading");
  EXPECT_EQ(page.metadata.title, "Ferry service to Coldharbour resumes");
  EXPECT_EQ(page.metadata.site, "Estuary Gazette");
}

TEST(HtmlMainText, ChooseMainTextGivesOneVerdictPerBlock) {
  const HtmlLayout layout = lay_out_html(kStoryPage);
  const auto verdicts = choose_main_text(layout);
  ASSERT_EQ(verdicts.size(), layout.blocks.size());
  std::vector<std::string> kept;
  for (std::size_t b = 0; b < verdicts.size(); ++b) {
    if (!verdicts[b]) kept.push_back(layout.blocks[b].text);
  }
  EXPECT_EQ(kept, (std::vector<std::string>{kP1, kP2, kP3, kP4, kP5}));
}

TEST(HtmlMainText, StoryLaidOutOneParagraphPerTableCellIsTakenWhole) {
  const std::string page_html =
      "<html><head><title>Ferry service to Coldharbour resumes</title></head><body>"
      "<table width=\"100%\"><tr><td class=\"menu\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | "
      "<a href=\"/sport\">Sport</a></td></tr></table>"
      "<table width=\"600\">"
      "<tr><td class=\"headline\"><b>Ferry service to Coldharbour resumes</b></td></tr>"
      "<tr><td class=\"bodyText\">" + kP1 + "</td></tr>"
      "<tr><td class=\"bodyText\">" + kP2 + "</td></tr>"
      "<tr><td class=\"bodyText\">" + kP3 + "</td></tr>"
      "<tr><td class=\"bodyText\">" + kP4 + "</td></tr>"
      "<tr><td class=\"bodyText\">" + kP5 + "</td></tr>"
      "</table>"
      "<table><tr><td class=\"footer\">Copyright 2031 Valley Courier</td></tr></table>"
      "</body></html>";
  const WebPage page = read_page(page_html);
  expect_page_invariants(page);
  EXPECT_EQ(main_text(page), kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n" + kP5);
  EXPECT_NE(fate(page, "Copyright 2031"), "main");
  EXPECT_NE(fate(page, "Home"), "main");
}

TEST(HtmlMainText, CommentsAfterANamedAnchorAreCut) {
  const std::string page_html =
      "<html><head><title>Ferry service to Coldharbour resumes</title></head><body>"
      "<div id=\"main\">"
      "<h1>Ferry service to Coldharbour resumes</h1>"
      "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kP4 + "</p><p>" + kP5 + "</p><p>" + kP6 + "</p>"
      "<a name=\"comments\"></a>"
      "<p>Jo from Hull: I saw the ferry myself this morning, and it was packed to the rails with commuters.</p>"
      "<p>Sam Reeve: eleven days for one ramp is a scandal, and the council should answer for it.</p>"
      "</div></body></html>";
  const WebPage page = read_page(page_html);
  expect_page_invariants(page);
  EXPECT_EQ(fate(page, "Jo from Hull"), "comments");
  EXPECT_EQ(fate(page, "Sam Reeve"), "comments");
  EXPECT_EQ(main_text(page), kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + kP6);
}

TEST(HtmlMainText, CommentsAfterACommentHeadingAreCut) {
  const std::string page_html =
      "<html><body><div id=\"main\">"
      "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kP4 + "</p><p>" + kP5 + "</p>"
      "<h3>2 comments</h3>"
      "<p>Jo from Hull: I saw the ferry myself this morning, and it was packed to the rails with commuters.</p>"
      "</div></body></html>";
  const WebPage page = read_page(page_html);
  EXPECT_EQ(fate(page, "Jo from Hull"), "comments");
  EXPECT_EQ(fate(page, kP5), "main");
}

TEST(HtmlMainText, ArticleBodyContainerWinsOverALongerSidebar) {
  const std::string page_html =
      "<html><body><div class=\"wrap\">"
      "<div itemprop=\"articleBody\"><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p></div>"
      "<div class=\"sidebar widget\"><p>" + kP4 + "</p><p>" + kP5 + "</p><p>" + kP6 + "</p></div>"
      "</div></body></html>";
  const WebPage page = read_page(page_html);
  EXPECT_EQ(main_text(page), kP1 + "\n" + kP2 + "\n" + kP3);
}

// --- metadata ------------------------------------------------------------------------

const std::string kBody = "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p>";

TEST(HtmlMetadata, JsonLdNewsArticle) {
  const std::string page_html =
      "<html lang=\"en-GB\"><head><title>Ferry back | Estuary Gazette</title>"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Ferry service to Coldharbour resumes\",\"datePublished\":\"2031-03-04T09:14:00Z\","
      "\"dateModified\":\"2031-03-04T11:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Edda Vintner\"},"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Estuary Gazette Group\"}}</script>"
      "<link rel=\"canonical\" href=\"https://gazette.example/news/ferry-resumes\">"
      "</head><body><article>" + kBody + "</article></body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.title, "Ferry service to Coldharbour resumes");
  EXPECT_EQ(meta.published, "2031-03-04T09:14:00Z");
  EXPECT_EQ(meta.published_from, "json-ld");
  EXPECT_EQ(meta.modified, "2031-03-04T11:30:00Z");
  EXPECT_EQ(meta.author, "Edda Vintner");
  EXPECT_EQ(meta.site, "Estuary Gazette Group");
  EXPECT_EQ(meta.language, "en");
  EXPECT_EQ(meta.canonical_url, "https://gazette.example/news/ferry-resumes");
}

TEST(HtmlMetadata, JsonLdAuthorArrayIsJoined) {
  const std::string page_html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Two writers\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Edda Vintner\"},{\"name\":\"Bram Oduya\"},\"Ann Example\"]}"
      "</script></head><body>" + kBody + "</body></html>";
  EXPECT_EQ(read_page(page_html).metadata.author, "Edda Vintner, Bram Oduya, Ann Example");
}

TEST(HtmlMetadata, JsonLdGraphForm) {
  const std::string page_html =
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"Valley Courier\"},"
      "{\"@type\":\"WebPage\",\"name\":\"Not the article\",\"datePublished\":\"2020-01-01\"},"
      "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Flood defences finished early\","
      "\"datePublished\":\"2031-03-05\",\"author\":\"Mira Holt\"}]}</script></head>"
      "<body>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.title, "Flood defences finished early");
  EXPECT_EQ(meta.published, "2031-03-05");
  EXPECT_EQ(meta.author, "Mira Holt");
}

TEST(HtmlMetadata, MalformedJsonLdIsIgnored) {
  const std::string page_html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script>"
      "<meta property=\"article:published_time\" content=\"2031-03-06\"></head><body>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.published, "2031-03-06");
  EXPECT_EQ(meta.published_from, "meta");
}

TEST(HtmlMetadata, OpenGraphSiteAndPublishedTime) {
  const std::string page_html =
      "<html><head><meta property=\"og:site_name\" content=\"Valley Courier\">"
      "<meta property=\"og:title\" content=\"Flood defences finished early\">"
      "<meta property=\"article:published_time\" content=\"2031-03-06T07:30:00+01:00\">"
      "<meta name=\"author\" content=\"By Mira Holt\"></head>"
      "<body>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.site, "Valley Courier");
  EXPECT_EQ(meta.title, "Flood defences finished early");
  EXPECT_EQ(meta.published, "2031-03-06T07:30:00+01:00");
  EXPECT_EQ(meta.published_from, "meta");
  EXPECT_EQ(meta.author, "Mira Holt");
}

TEST(HtmlMetadata, TimeElementGivesTheDate) {
  const std::string page_html = "<html><body><article><p class=\"meta\"><time datetime=\"2031-03-07T10:00:00Z\">"
                                "7 March</time></p>" + kBody + "</article></body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.published, "2031-03-07T10:00:00Z");
  EXPECT_EQ(meta.published_from, "time");
}

TEST(HtmlMetadata, CanonicalLinkAndLanguage) {
  const std::string page_html = "<html lang=\"en-GB\"><head><link rel=\"canonical\" href=\"https://courier.example/s/1\">"
                                "</head><body>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.canonical_url, "https://courier.example/s/1");
  EXPECT_EQ(meta.language, "en");
  EXPECT_EQ(meta.site, "courier.example");
}

TEST(HtmlMetadata, DateFromUrlPathWhenNothingElse) {
  const PageMetadata meta =
      read_page("<html><body>" + kBody + "</body></html>", "https://www.news.example/2031/03/08/storm-story").metadata;
  EXPECT_EQ(meta.published, "2031-03-08");
  EXPECT_EQ(meta.published_from, "url");
  EXPECT_EQ(meta.site, "news.example");
}

TEST(HtmlMetadata, DeclaredDateBeatsTheUrl) {
  const PageMetadata meta = read_page("<html><head><meta property=\"article:published_time\" content=\"2031-03-09\">"
                                      "</head><body>" + kBody + "</body></html>",
                                      "https://news.example/2031/03/08/storm-story")
                                .metadata;
  EXPECT_EQ(meta.published, "2031-03-09");
}

TEST(HtmlMetadata, VisibleBylineGivesTheAuthor) {
  const std::string page_html = "<html><body><article><h1>Storm closes the coast road</h1>"
                                "<p>By Jane Doe, Staff Writer</p>" + kBody + "</article></body></html>";
  const WebPage page = read_page(page_html);
  EXPECT_EQ(page.metadata.author, "Jane Doe");
  EXPECT_EQ(page.metadata.title, "Storm closes the coast road");
}

TEST(HtmlMetadata, TitleSplitsIntoHeadlineAndSite) {
  const std::string page_html = "<html><head><title>Headline text here | Site</title></head><body>"
                                "<h1>Headline text here</h1>" + kBody + "</body></html>";
  const WebPage page = read_page(page_html);
  EXPECT_EQ(page.metadata.title, "Headline text here");
  EXPECT_EQ(page.metadata.site, "Site");
  EXPECT_EQ(fate(page, "Headline text here"), "headline");
}

TEST(HtmlMetadata, SiteNameFirstInTitleIsRecognised) {
  const std::string page_html = "<html><head><title>Valley Courier - Flood defences finished early on the Wend</title>"
                                "</head><body><h1>Flood defences finished early on the Wend</h1>" + kBody +
                                "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.title, "Flood defences finished early on the Wend");
  EXPECT_EQ(meta.site, "Valley Courier");
}

TEST(HtmlMetadata, SiteColonHeadlineTitleGivesTheSite) {
  // split_title's own comment lists "Site: Headline" among the forms it reads.
  const std::string page_html = "<html><head><title>Valley Courier: Flood defences finished early</title>"
                                "</head><body><h1>Flood defences finished early</h1>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page_html).metadata;
  EXPECT_EQ(meta.title, "Flood defences finished early");
  EXPECT_EQ(meta.site, "Valley Courier");
}

TEST(HtmlMetadata, ProseNearTheHeadlineIsNotAByline) {
  // No byline on the page: a short sentence of the story that says "opened
  // by <Name>" must not make that name the author.
  const std::string page_html = "<html><body><article><h1>Ferry ramp reopens at Marlow Quay</h1>"
                                "<p>The new ramp was opened by Harbour Master Edda Vintner on Tuesday.</p>" + kBody +
                                "</article></body></html>";
  EXPECT_EQ(read_page(page_html).metadata.author, "");
}

TEST(HtmlMetadata, AuthorFromBylineForms) {
  EXPECT_EQ(author_from_byline("By Jane Doe, Staff Writer"), "Jane Doe");
  EXPECT_EQ(author_from_byline("by: Jan van der Berg"), "Jan van der Berg");
  EXPECT_EQ(author_from_byline("Story by Mira Holt | 4 March 2031"), "Mira Holt");
  EXPECT_EQ(author_from_byline("Stand by your man"), "");
  EXPECT_EQ(author_from_byline("Jane Doe reports"), "");
}

TEST(NormalizePageDate, IsoDateAndDateTime) {
  EXPECT_EQ(normalize_page_date("2031-03-04"), "2031-03-04");
  EXPECT_EQ(normalize_page_date("2031-03-04T09:14:00+02:00"), "2031-03-04T09:14:00+02:00");
  EXPECT_EQ(normalize_page_date("2031-03-04T09:14:00Z"), "2031-03-04T09:14:00Z");
  EXPECT_EQ(normalize_page_date("  2031-03-04T09:14  "), "2031-03-04T09:14:00");
  EXPECT_EQ(normalize_page_date("20310304"), "2031-03-04");
  EXPECT_EQ(normalize_page_date("2031/03/04"), "2031-03-04");
}

TEST(NormalizePageDate, HttpDate) { EXPECT_EQ(normalize_page_date("Mon, 03 Mar 2031 10:00:00 GMT"), "2031-03-03"); }

TEST(NormalizePageDate, WrittenDates) {
  EXPECT_EQ(normalize_page_date("March 4, 2031"), "2031-03-04");
  EXPECT_EQ(normalize_page_date("4 March 2031"), "2031-03-04");
  EXPECT_EQ(normalize_page_date("Published: Tuesday, Mar. 4th 2031 at 10:30"), "2031-03-04");
}

TEST(NormalizePageDate, NumericDayMonthOrder) {
  EXPECT_EQ(normalize_page_date("07.03.2031"), "2031-03-07");
  EXPECT_EQ(normalize_page_date("3/14/2031"), "2031-03-14");
  EXPECT_EQ(normalize_page_date("14/3/2031"), "2031-03-14");
  EXPECT_EQ(normalize_page_date("3/4/2031"), "");  // ambiguous
}

TEST(NormalizePageDate, AmbiguousNumericDateReadInThePagesOrder) {
  EXPECT_EQ(day_order_of("en-US"), DayOrder::kMonthFirst);
  EXPECT_EQ(day_order_of("en-GB"), DayOrder::kDayFirst);
  EXPECT_EQ(day_order_of("hr"), DayOrder::kDayFirst);
  EXPECT_EQ(day_order_of("en"), DayOrder::kUnknown);
  EXPECT_EQ(day_order_of(""), DayOrder::kUnknown);
  EXPECT_EQ(normalize_page_date("3/4/2031", DayOrder::kMonthFirst), "2031-03-04");
  EXPECT_EQ(normalize_page_date("3/4/2031", DayOrder::kDayFirst), "2031-04-03");
  EXPECT_EQ(normalize_page_date("14/3/2031", DayOrder::kMonthFirst), "2031-03-14");  // 14 cannot be a month
  const std::string page = "<html lang=\"en-GB\"><head><meta name=\"date\" content=\"03/04/2031\"></head><body>" + kBody +
                           "</body></html>";
  EXPECT_EQ(read_page(page).metadata.published, "2031-04-03");
}

TEST(HtmlMetadata, JsonLdDateOfAWebPageWhenNoArticleGivesOne) {
  const std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"datePublished\": "
      "\"2031-03-04T08:00:00Z\"}</script></head><body>" + kBody + "</body></html>";
  const PageMetadata meta = read_page(page).metadata;
  EXPECT_EQ(meta.published, "2031-03-04T08:00:00Z");
  EXPECT_EQ(meta.published_from, "json-ld");
}

TEST(NormalizePageDate, NotARealDay) {
  EXPECT_EQ(normalize_page_date("2031-02-30"), "");
  EXPECT_EQ(normalize_page_date("2031-13-01"), "");
  EXPECT_EQ(normalize_page_date("February 30, 2031"), "");
  EXPECT_EQ(normalize_page_date("2028-02-29"), "2028-02-29");
  EXPECT_EQ(normalize_page_date("2031-02-29"), "");
  EXPECT_EQ(normalize_page_date("yesterday"), "");
  EXPECT_EQ(normalize_page_date(""), "");
}

TEST(DateInUrl, Forms) {
  EXPECT_EQ(date_in_url("/2031/03/04/story"), "2031-03-04");
  EXPECT_EQ(date_in_url("https://news.example/2031/03/04/story"), "2031-03-04");
  EXPECT_EQ(date_in_url("/news/20310304/x"), "2031-03-04");
  EXPECT_EQ(date_in_url("/news/2031-03-04-storm"), "2031-03-04");
  EXPECT_EQ(date_in_url("/news/storm-closes-road"), "");
  EXPECT_EQ(date_in_url("/news/2031/13/40/x"), "");
  EXPECT_EQ(date_in_url("https://20310304.example/news"), "");  // a host is not a path
  EXPECT_EQ(date_in_url(""), "");
}

// --- what a page is ------------------------------------------------------------------

std::string figure(int n) {
  return "<figure><img src=\"p" + std::to_string(n) + ".jpg\"><figcaption>Photo " + std::to_string(n) +
         ": crowds gather along the harbour wall as the tall ships arrive for the festival weekend</figcaption>"
         "</figure>";
}

TEST(DocumentKind, GalleryOfCaptionsIsAGallery) {
  std::string html = "<html><head><title>In pictures: the tall ships festival</title></head><body>"
                     "<h1>In pictures: the tall ships festival</h1><div class=\"gallery\">";
  for (int i = 1; i <= 8; ++i) html += figure(i);
  html += "</div></body></html>";
  const Document doc = classified(html);
  EXPECT_EQ(doc.kind, DocumentKind::kGallery) << body_text(doc);
}

TEST(DocumentKind, PageNotFoundIsAnError) {
  const Document doc = classified(
      "<html><head><title>Page not found | Estuary Gazette</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
      "<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved.</p>"
      "<p><a href=\"/\">Go to the home page</a></p></main></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kError);
}

TEST(DocumentKind, ConsentWallIsConsent) {
  const Document doc = classified(
      "<html><head><title>Before you continue</title></head><body><div class=\"wall\">"
      "<h1>Before you continue</h1>"
      "<p>We value your privacy. We and our partners store and/or access information on a device, such as "
      "cookies, and process personal data.</p>"
      "<button>Accept all</button><button>Reject all</button>"
      "<p>Please enable JavaScript in your browser to read this site.</p></div></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kConsent);
}

TEST(DocumentKind, EnableJavaScriptPageIsConsent) {
  const Document doc = classified(
      "<html><body><div><p>You need to enable JavaScript to run this app.</p></div></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kConsent);
}

TEST(DocumentKind, ArticleWithACookieBannerInItsFooterIsAnArticle) {
  const std::string extra =
      "<p>Engineers from the county council will inspect the remaining ramps at Marlow Quay next month, and "
      "a report on the cost of the repairs is expected before the summer recess begins.</p>"
      "<p>Passengers who bought single tickets during the closure can also claim, the operator said, "
      "provided they keep their receipts and apply before the end of the season.</p>";
  const Document doc = classified(
      "<html><head><title>Ferry service to Coldharbour resumes</title></head><body><article>"
      "<h1>Ferry service to Coldharbour resumes</h1>"
      "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kP4 + "</p><p>" + kP5 + "</p><p>" + kP6 +
      "</p>" + extra + "</article>"
      "<footer><div class=\"cookie-banner\"><p>We use cookies. Accept all, reject all or manage cookies in "
      "cookie settings. We value your privacy and our partners process personal data.</p>"
      "<button>Accept all</button></div></footer></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kArticle);
  EXPECT_NE(body_text(doc).find("resumed on Tuesday morning"), std::string::npos);
  EXPECT_EQ(body_text(doc).find("We use cookies"), std::string::npos);
}

TEST(DocumentKind, ShortNewsBriefIsAnArticle) {
  const Document doc = classified(
      "<html><head><title>Coast road reopens</title></head><body><article><h1>Coast road reopens</h1>"
      "<p>The coast road between Marlow and Grey Point reopened on Wednesday afternoon after workers cleared "
      "a landslip that had blocked both lanes since Sunday night.</p>"
      "<p>Police asked drivers to keep to the 30 mph limit near the cliff while repairs to the barrier "
      "continue through the rest of the week.</p></article></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kArticle);
  EXPECT_EQ(doc.title, "Coast road reopens");
}

TEST(DocumentKind, SectionFrontOfLinksIsALinkList) {
  std::string html = "<html><head><title>Coast news</title></head><body><h1>Coast news</h1><ul class=\"headlines\">";
  for (int i = 1; i <= 20; ++i) {
    html += "<li><a href=\"/story/" + std::to_string(i) + "\">Harbour story number " + std::to_string(i) +
            " from the coast</a></li>";
  }
  html += "</ul></body></html>";
  EXPECT_EQ(classified(html).kind, DocumentKind::kLinkList);
}

TEST(DocumentKind, SectionFrontOfTeasersUnderHeadlineLinksIsALinkList) {
  std::string html = "<html><head><title>Coast news</title></head><body><h1>Coast news</h1><div class=\"stories\">";
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    html += "<h3><a href=\"/story/" + n + "\">Harbour board story number " + n + " makes the news</a></h3>"
            "<p>A short summary of story " + n + ", in which the harbour board decided something about the quay, "
            "and residents said what they thought of it.</p>";
  }
  html += "</div></body></html>";
  EXPECT_EQ(classified(html).kind, DocumentKind::kLinkList);
}

TEST(DocumentKind, SectionFrontWithNoMainTextAndACookieBannerIsALinkList) {
  // Each teaser its own card, with a byline line between headline and
  // standfirst: no one container holds the page's text, and its cookie
  // banner does not make it a consent wall.
  std::string html = "<html><head><title>World | Meridian</title></head><body>"
                     "<div class='cookie'>We and our partners use cookies. Accept all or manage preferences.</div>"
                     "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>";
  for (int i = 1; i <= 8; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class='c-x" + n + "'><a href='/s/" + n + "'>Coalition talks stall in capital number " + n +
            "</a><span>Anneke Stolz " + n + " hrs ago</span><div>Lawmakers left the palace after midnight on "
            "Monday without a deal on the budget, officials said.</div></div>";
  }
  for (int i = 1; i <= 12; ++i) html += "<a href='/m/" + std::to_string(i) + "'>Menu item " + std::to_string(i) + "</a> ";
  html += "</body></html>";
  EXPECT_EQ(classified(html).kind, DocumentKind::kLinkList);
}

TEST(DocumentKind, APageIsTakenAtItsDeclaredWord) {
  const std::string body =
      "<body><h1>Wildfires</h1><p>Prosecutors say the blaze that burnt 3,200 hectares in the hills was started "
      "deliberately, and a man has been charged with arson after a two-month inquiry by police.</p>"
      "<p>Firefighters fought the blaze for nine days before it was contained, officials said.</p></body></html>";
  const std::string tag_page = "<html><head><title>Wildfires</title><script type='application/ld+json'>"
                               "{\"@type\": \"CollectionPage\", \"name\": \"Wildfires\"}</script></head>" + body;
  EXPECT_EQ(classified(tag_page).kind, DocumentKind::kLinkList);
  const std::string video = "<html><head><title>Wildfire</title><meta property='og:type' content='video.other'>"
                            "</head>" + body;
  EXPECT_EQ(classified(video).kind, DocumentKind::kGallery);
  // "website" says nothing of an article either way; an article type wins.
  const std::string website = "<html><head><title>Wildfire</title><meta property='og:type' content='website'>"
                              "</head>" + body;
  EXPECT_EQ(classified(website).kind, DocumentKind::kArticle);
  const std::string both = "<html><head><title>Wildfire</title><script type='application/ld+json'>"
                           "[{\"@type\": \"CollectionPage\"}, {\"@type\": \"NewsArticle\"}]</script></head>" + body;
  EXPECT_EQ(classified(both).kind, DocumentKind::kArticle);
}

TEST(DocumentKind, ExplainerWithASubheadOverEachParagraphIsAnArticle) {
  std::string html = "<html><head><title>What the quay plan means</title></head><body><article>"
                     "<h1>What the quay plan means</h1>";
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    html += "<h2>Question " + n + " about the plan</h2><p>The answer to question " + n +
            " is that the harbour board will rebuild the quay over two summers, and residents will be asked for "
            "their views before work starts.</p>";
  }
  html += "</article></body></html>";
  EXPECT_EQ(classified(html).kind, DocumentKind::kArticle);
}

TEST(DocumentKind, SubscriptionWallIsALogin) {
  const Document doc = classified(
      "<html><head><title>Ferry service to Coldharbour resumes</title></head><body><article>"
      "<h1>Ferry service to Coldharbour resumes</h1><p>The ferry between Marlow Quay and Coldharbour Island "
      "resumed on Tuesday.</p><div class=\"paywall\"><p>Subscribe to continue reading this story.</p>"
      "<p>Already a subscriber? Sign in.</p></div></article></body></html>");
  EXPECT_EQ(doc.kind, DocumentKind::kLogin);
}

// A body paragraph of exactly 400 (or 401) bytes: furniture removal looks
// for a trailing fragment in its last 400 bytes and must not read before the
// paragraph. As the first block of the page it starts the text, so a read
// before it leaves the string (AddressSanitizer/UBSan builds report it; a
// Release build passes by luck).
TEST(HtmlFurniture, ParagraphOfExactly400BytesIsKeptWhole) {
  for (const std::size_t size : {399u, 400u, 401u, 402u}) {
    std::string paragraph;
    while (paragraph.size() < size - 1) paragraph += kP1 + " ";
    paragraph.resize(size - 1);
    paragraph += '.';
    const Document doc = classified("<html><body><p>" + paragraph + "</p></body></html>");
    ASSERT_EQ(doc.paragraphs.size(), 1u) << size;
    EXPECT_EQ(doc.at(doc.paragraphs[0]), paragraph) << size;
  }
}

// --- bad input ---------------------------------------------------------------------------

TEST(HtmlBadInput, TruncatedMidTagKeepsTheTextBefore) {
  const WebPage page = read_page("<html><body><article><p>" + kP1 + "</p><p>" + kP2 + "</p><p cla");
  expect_page_invariants(page);
  EXPECT_NE(page.text.find(kP1), std::string::npos);
  EXPECT_NE(page.text.find(kP2), std::string::npos);
}

TEST(HtmlBadInput, TruncatedMidAttributeValueDoesNotCrash) {
  const WebPage page = read_page("<html><body><p>" + kP1 + "</p><a href=\"/news/sto");
  expect_page_invariants(page);
  EXPECT_NE(page.text.find(kP1), std::string::npos);
}

TEST(HtmlBadInput, UnclosedElementsAndStrayEndTags) {
  const WebPage page =
      read_page("</div></p><html><body><div><p>" + kP1 + "<p>" + kP2 + "</span></td><li>" + kP3 + "</table>");
  expect_page_invariants(page);
  EXPECT_NE(page.text.find(kP1), std::string::npos);
  EXPECT_NE(page.text.find(kP3), std::string::npos);
}

TEST(HtmlBadInput, HundredThousandNestedDivsComplete) {
  constexpr int kDepth = 100000;
  std::string html = "<html><body>";
  html.reserve(static_cast<std::size_t>(kDepth) * 11 + 200);
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "Deep inside the nest of divisions";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "</body></html>";
  // Read down to kHtmlMaxDepth (deeper, each stray end tag would cost a
  // search of every open element): the walk returns, says the page is too
  // deep, and build_document warns.
  const HtmlLayout layout = lay_out_html(html);
  EXPECT_TRUE(layout.too_deep);
  EXPECT_LE(layout.max_depth, kHtmlMaxDepth);
  std::string with_text = "<html><body><p>A paragraph above the nest, long enough to be read as the story.</p>" +
                          html.substr(std::string("<html><body>").size());
  Article article;
  article.id = "deep";
  article.path = "deep.html";
  article.format = ArticleFormat::kHtml;
  article.raw = with_text;
  Diagnostics diagnostics;
  const Document doc = build_document(article, diagnostics);
  EXPECT_NE(doc.text.find("A paragraph above the nest"), std::string::npos);
  ASSERT_EQ(diagnostics.warnings.size(), 1u);
  EXPECT_NE(diagnostics.warnings[0].find("deeper than 1024 levels"), std::string::npos) << diagnostics.warnings[0];
}

TEST(HtmlBadInput, TextNestedDeeperThan256ElementsIsKept) {
  // Old pages leave <font> open on every line, so each line nests one level
  // deeper; none of their text may be lost, however deep it goes.
  std::string old_page = "<html><body><div>";
  for (int i = 0; i < 400; ++i) old_page += "<font size=2>Line " + std::to_string(i) + " of the old page<br>\n";
  old_page += "</div></body></html>";
  const HtmlLayout lines = lay_out_html(old_page);
  ASSERT_FALSE(lines.blocks.empty());
  EXPECT_EQ(lines.blocks.size(), 400u);
  EXPECT_EQ(lines.blocks.back().text, "Line 399 of the old page");

  std::string nest = "<html><body>";
  for (int i = 0; i < 1000; ++i) nest += "<div>";
  nest += "Deep inside a thousand divisions";
  for (int i = 0; i < 1000; ++i) nest += "</div>";
  nest += "</body></html>";
  EXPECT_EQ(block_texts(lay_out_html(nest)), (std::vector<std::string>{"Deep inside a thousand divisions"}));
}

TEST(HtmlBadInput, DeepNestingWithStrayEndTagsDoesNotHang) {
  // 1.2 MB: 100,000 open <div>s, then 100,000 end tags that match none of
  // them. A parser that searches its whole open-element stack for each stray
  // end tag takes time depth x end tags (seconds here, far longer for a page
  // at the 10 MB input limit).
  constexpr int kCount = 100000;
  std::string html = "<html><body>";
  for (int i = 0; i < kCount; ++i) html += "<div>";
  html += "Deep inside the nest of divisions";
  for (int i = 0; i < kCount; ++i) html += "</span>";
  html += "</body></html>";
  const auto start = std::chrono::steady_clock::now();
  const WebPage page = read_page(html);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  expect_page_invariants(page);
  EXPECT_LT(seconds, 4.0) << "reading a 1.2 MB page took " << seconds << " s";
}

TEST(HtmlBadInput, TwentyMegabytesOfParagraphsComplete) {
  std::string html = "<html><body><article>";
  const std::string paragraph = "<p>" + kP1 + "</p>\n";
  while (html.size() < 20u * 1024u * 1024u) html += paragraph;
  html += "</article></body></html>";
  const WebPage page = read_page(html);
  expect_page_invariants(page);
  EXPECT_GT(page.blocks.size(), 100000u);
  EXPECT_EQ(page.text.substr(0, kP1.size()), kP1);
}

TEST(HtmlBadInput, PngNamedHtmlIsBinary) {
  static const char kHeader[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  std::string png(kHeader, sizeof kHeader - 1);
  png += std::string(200, '\0');
  const std::string message = build_error(png);
  EXPECT_NE(message.find("binary"), std::string::npos) << message;
  EXPECT_TRUE(message.starts_with("page.html: ")) << message;
}

TEST(HtmlBadInput, EmptyPageHasNoVisibleText) {
  const std::string message = build_error("<html></html>");
  EXPECT_NE(message.find("no visible text"), std::string::npos) << message;
  EXPECT_TRUE(message.starts_with("page.html: ")) << message;
}

TEST(HtmlBadInput, OnlyScriptsAndStylesHasNoVisibleText) {
  const std::string message =
      build_error("<html><head><style>body{}</style></head><body><script>document.write('x')</script></body></html>");
  EXPECT_NE(message.find("no visible text"), std::string::npos) << message;
}

TEST(HtmlBadInput, NulBytesNearTheStartAreBinary) {
  const std::string html = std::string("<html><body><p>Storm") + '\0' + "closes the road</p></body></html>";
  const std::string message = build_error(html);
  EXPECT_NE(message.find("binary"), std::string::npos) << message;
}

TEST(HtmlBadInput, NulBytesPastTheSampleAreDropped) {
  std::string html = "<html><body><article>";
  while (html.size() < 6000) html += "<p>" + kP1 + "</p>";
  html += std::string("<p>Tide") + '\0' + "tables for" + '\0' + " the week</p></article></body></html>";
  const WebPage page = read_page(html);
  expect_page_invariants(page);
  EXPECT_EQ(page.text.find('\0'), std::string::npos);
  EXPECT_NE(page.text.find(kP1), std::string::npos);
}

TEST(HtmlBadInput, InvalidUtf8DeclaredUtf8BecomesReplacementCharacters) {
  const WebPage page = read_page("<html><head><meta charset=\"utf-8\"></head><body><p>Bad \xC3( byte and \xFF here</p>"
                                 "</body></html>");
  EXPECT_NE(page.text.find("Bad "), std::string::npos);
  EXPECT_NE(page.text.find("byte and"), std::string::npos);
  EXPECT_EQ(page.text.find('\xFF'), std::string::npos);
  EXPECT_NE(page.text.find("\xEF\xBF\xBD"), std::string::npos) << page.text;  // U+FFFD
}

}  // namespace
}  // namespace chorus::ingest

// A parsed web page flattened into what extraction needs: its elements (tag,
// hints read from class/id/role, subtree text counts) and its visible text as
// blocks, in page order, plus the raw material of its metadata.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::ingest {

enum class HtmlTag : uint8_t {
  kOther, kHtml, kBody, kDiv, kSection, kArticle, kMain, kHeader, kFooter, kNav, kAside,
  kParagraph, kHeading, kList, kListItem, kDefinition, kQuote, kPre, kTable, kRow, kCell,
  kCaption, kFigure, kForm, kAnchor, kTime, kAddress, kCenter, kFont, kSpan,
};

// What an element's class, id, role and itemprop say it is (bit flags).
enum HtmlHint : uint16_t {
  kHintPositive = 1 << 0,    // article, content, story, post, entry, body text
  kHintNegative = 1 << 1,    // sidebar, widget, meta, tools: likely not the article
  kHintNavigation = 1 << 2,  // nav, menu, breadcrumb, pagination
  kHintComments = 1 << 3,
  kHintShare = 1 << 4,       // share, social, follow, print/email tools
  kHintPromotion = 1 << 5,   // related, recommended, trending, newsletter
  kHintLegal = 1 << 6,       // footer, copyright, cookie and consent notices
  kHintCaption = 1 << 7,     // captions, credits, galleries, media players
  kHintAdvert = 1 << 8,
  kHintByline = 1 << 9,      // author, byline, dateline, timestamp
  kHintBody = 1 << 10,       // itemprop="articleBody" and the like: the body itself
  kHintHeadline = 1 << 11,   // itemprop="headline", class "headline", "title"
};

struct HtmlElement {
  uint32_t parent = UINT32_MAX;
  uint32_t depth = 0;
  HtmlTag tag = HtmlTag::kOther;
  uint8_t heading_level = 0;  // 1-6 for h1-h6
  uint16_t hints = 0;         // HtmlHint bits of this element alone
  uint32_t style = 0;         // a hash of its tag and class; 0 when it has no class
  uint32_t text_chars = 0;    // visible characters in its subtree
  uint32_t link_chars = 0;    // of which inside links
  uint32_t blocks = 0;        // text blocks in its subtree
  uint32_t end = 0;           // one past its last descendant: the subtree is [index, end)
  uint32_t first_block = 0;   // the number of blocks before it: where it stands in the text
};

struct HtmlBlock {
  std::string text;        // white space collapsed, no control characters
  uint32_t element = 0;    // the innermost element holding it (maybe an inline one)
  uint32_t container = 0;  // the innermost block-level element holding it
  uint32_t link_chars = 0; // characters inside <a>
  uint8_t heading_level = 0;
  bool direct = false;     // loose text in a container (div, td), not in a <p>-like element
};

struct HtmlMeta {
  std::string key;    // name, property or itemprop, lower-cased
  std::string value;  // content, or datetime for <time>, or the element's text
};

struct HtmlLayout {
  std::vector<HtmlElement> elements;
  std::vector<HtmlBlock> blocks;
  // Metadata raw material, in page order.
  std::string title;                 // <title>
  std::string lang;                  // <html lang>
  std::vector<HtmlMeta> meta;        // <meta>, itemprop elements, <time datetime>
  std::vector<std::string> json_ld;  // <script type="application/ld+json"> bodies
  std::vector<HtmlMeta> links;       // <link rel> → href ("canonical", "author")
  uint32_t max_depth = 0;
  // The page nests deeper than libxml2 is let to go (kHtmlMaxDepth): what
  // lies below that depth is not in the layout.
  bool too_deep = false;
};

// How deep elements may nest (see lay_out_html).
inline constexpr unsigned kHtmlMaxDepth = 1024;

// Parses `utf8` (a whole page, already UTF-8) with libxml2's forgiving HTML
// parser and flattens it. Never throws on bad markup; deep nesting and huge
// pages are walked without recursion.
HtmlLayout lay_out_html(std::string_view utf8);

// The hints a class/id/role string carries (exposed for tests).
uint16_t html_hints(std::string_view attributes);

}  // namespace chorus::ingest

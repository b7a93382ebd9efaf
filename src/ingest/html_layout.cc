#include "ingest/html_layout.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "text/ascii.h"

namespace chorus::ingest {
namespace {

// A data table's cell holds a figure or a few words: fewer spaces than this.
constexpr long kDataCellWords = 12;

// What the walk does with an element.
enum class Role : uint8_t {
  kInline,   // text flows through it
  kBlock,    // starts and ends a text block
  kBreak,    // <br>, <hr>: ends the current block
  kSkip,     // never visible text: script, style, form controls, media
  kHead,     // <head>: read for metadata only
};

struct TagInfo {
  HtmlTag tag;
  Role role;
  uint8_t heading_level = 0;
};

const TagInfo* tag_info(std::string_view name) {
  static const std::unordered_map<std::string_view, TagInfo> kTags = {
      {"html", {HtmlTag::kHtml, Role::kBlock}}, {"body", {HtmlTag::kBody, Role::kBlock}},
      {"div", {HtmlTag::kDiv, Role::kBlock}}, {"section", {HtmlTag::kSection, Role::kBlock}},
      {"article", {HtmlTag::kArticle, Role::kBlock}}, {"main", {HtmlTag::kMain, Role::kBlock}},
      {"header", {HtmlTag::kHeader, Role::kBlock}}, {"footer", {HtmlTag::kFooter, Role::kBlock}},
      {"nav", {HtmlTag::kNav, Role::kBlock}}, {"aside", {HtmlTag::kAside, Role::kBlock}},
      {"p", {HtmlTag::kParagraph, Role::kBlock}},
      {"h1", {HtmlTag::kHeading, Role::kBlock, 1}}, {"h2", {HtmlTag::kHeading, Role::kBlock, 2}},
      {"h3", {HtmlTag::kHeading, Role::kBlock, 3}}, {"h4", {HtmlTag::kHeading, Role::kBlock, 4}},
      {"h5", {HtmlTag::kHeading, Role::kBlock, 5}}, {"h6", {HtmlTag::kHeading, Role::kBlock, 6}},
      {"ul", {HtmlTag::kList, Role::kBlock}}, {"ol", {HtmlTag::kList, Role::kBlock}},
      {"menu", {HtmlTag::kList, Role::kBlock}}, {"dir", {HtmlTag::kList, Role::kBlock}},
      {"dl", {HtmlTag::kList, Role::kBlock}}, {"li", {HtmlTag::kListItem, Role::kBlock}},
      {"dt", {HtmlTag::kDefinition, Role::kBlock}}, {"dd", {HtmlTag::kDefinition, Role::kBlock}},
      {"blockquote", {HtmlTag::kQuote, Role::kBlock}}, {"pre", {HtmlTag::kPre, Role::kBlock}},
      {"table", {HtmlTag::kTable, Role::kBlock}}, {"tbody", {HtmlTag::kOther, Role::kBlock}},
      {"thead", {HtmlTag::kOther, Role::kBlock}}, {"tfoot", {HtmlTag::kOther, Role::kBlock}},
      {"tr", {HtmlTag::kRow, Role::kBlock}}, {"td", {HtmlTag::kCell, Role::kBlock}},
      {"th", {HtmlTag::kCell, Role::kBlock}}, {"caption", {HtmlTag::kCaption, Role::kBlock}},
      {"figcaption", {HtmlTag::kCaption, Role::kBlock}}, {"figure", {HtmlTag::kFigure, Role::kBlock}},
      {"form", {HtmlTag::kForm, Role::kBlock}}, {"fieldset", {HtmlTag::kForm, Role::kBlock}},
      {"address", {HtmlTag::kAddress, Role::kBlock}}, {"center", {HtmlTag::kCenter, Role::kBlock}},
      {"details", {HtmlTag::kOther, Role::kBlock}}, {"summary", {HtmlTag::kOther, Role::kBlock}},
      {"dialog", {HtmlTag::kOther, Role::kBlock}}, {"hgroup", {HtmlTag::kOther, Role::kBlock}},
      {"legend", {HtmlTag::kOther, Role::kBlock}}, {"noframes", {HtmlTag::kOther, Role::kBlock}},
      {"frameset", {HtmlTag::kOther, Role::kBlock}},
      {"br", {HtmlTag::kOther, Role::kBreak}}, {"hr", {HtmlTag::kOther, Role::kBreak}},
      {"a", {HtmlTag::kAnchor, Role::kInline}}, {"time", {HtmlTag::kTime, Role::kInline}},
      {"font", {HtmlTag::kFont, Role::kInline}}, {"span", {HtmlTag::kSpan, Role::kInline}},
      {"head", {HtmlTag::kOther, Role::kHead}},
      {"script", {HtmlTag::kOther, Role::kSkip}}, {"style", {HtmlTag::kOther, Role::kSkip}},
      {"noscript", {HtmlTag::kOther, Role::kSkip}}, {"template", {HtmlTag::kOther, Role::kSkip}},
      {"svg", {HtmlTag::kOther, Role::kSkip}}, {"math", {HtmlTag::kOther, Role::kSkip}},
      {"iframe", {HtmlTag::kOther, Role::kSkip}}, {"object", {HtmlTag::kOther, Role::kSkip}},
      {"embed", {HtmlTag::kOther, Role::kSkip}}, {"canvas", {HtmlTag::kOther, Role::kSkip}},
      {"select", {HtmlTag::kOther, Role::kSkip}}, {"option", {HtmlTag::kOther, Role::kSkip}},
      {"button", {HtmlTag::kOther, Role::kSkip}}, {"textarea", {HtmlTag::kOther, Role::kSkip}},
      {"input", {HtmlTag::kOther, Role::kSkip}}, {"audio", {HtmlTag::kOther, Role::kSkip}},
      {"video", {HtmlTag::kOther, Role::kSkip}}, {"map", {HtmlTag::kOther, Role::kSkip}},
      {"title", {HtmlTag::kOther, Role::kSkip}}, {"label", {HtmlTag::kOther, Role::kInline}},
  };
  const auto found = kTags.find(name);
  return found == kTags.end() ? nullptr : &found->second;
}

std::string_view name_of(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

// The text of an attribute given as a plain value (the usual case).
std::string_view attribute_value(const xmlAttr* attribute) {
  const xmlNode* value = attribute->children;
  if (!value || !value->content) return {};
  return reinterpret_cast<const char*>(value->content);
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Whole-word test for short markers ("ad" in "ad-slot" but not in "header").
bool has_token(std::string_view text, std::string_view token) {
  std::size_t at = 0;
  while ((at = text.find(token, at)) != std::string_view::npos) {
    const bool start = at == 0 || !text::is_ascii_alpha(text[at - 1]);
    const std::size_t end = at + token.size();
    const bool stop = end == text.size() || !text::is_ascii_alpha(text[end]);
    if (start && stop) return true;
    at = end;
  }
  return false;
}

// Appends `text` to `out` with runs of white space (ASCII, NBSP) as one
// space and control characters dropped; `space` carries whether `out` ends in
// a space that is still pending. In preformatted text (`lines`), line breaks
// stay (a run with a blank line in it as one blank line), other white space
// collapses.
void append_collapsed(std::string_view text, std::string& out, bool& space, bool lines = false) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (lines && c == '\n') {
      if (!out.empty() && !out.ends_with("\n\n")) out += '\n';
      space = false;
      continue;
    }
    const bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (text::is_ascii_space(static_cast<char>(c)) || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;
    if (space && !out.empty() && out.back() != '\n') out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
}

// Flattens the tree without recursion: a page nested 100,000 deep must not
// overflow the stack.
class Walker {
 public:
  explicit Walker(HtmlLayout& layout) : layout_(layout) {}

  void walk(xmlNode* root) {
    xmlNode* node = root;
    while (node) {
      if (enter(node) && node->children) {
        node = node->children;
        continue;
      }
      while (node) {
        leave(node);
        if (node == root) return;
        if (node->next) { node = node->next; break; }
        node = node->parent;
      }
    }
  }

  void finish() {
    flush();
    // Subtree totals: elements come in document order after their parents,
    // so one backward pass adds each element into its parent.
    for (std::size_t i = layout_.elements.size(); i-- > 0;) {
      HtmlElement& e = layout_.elements[i];
      e.end = std::max(e.end, static_cast<uint32_t>(i + 1));
      if (e.parent == UINT32_MAX) continue;
      HtmlElement& p = layout_.elements[e.parent];
      p.end = std::max(p.end, e.end);
      p.text_chars += e.text_chars;
      p.link_chars += e.link_chars;
      p.blocks += e.blocks;
    }
  }

 private:
  struct Open {
    const xmlNode* node;
    uint32_t element;  // UINT32_MAX when the node is not recorded
    Role role;
    HtmlTag tag;
  };

  bool enter(xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (skip_depth_ == 0 && head_depth_ == 0 && node->content) text(reinterpret_cast<const char*>(node->content));
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;
    const std::string_view name = name_of(node);
    const TagInfo* info = tag_info(name);
    const Role role = info ? info->role : Role::kInline;
    const HtmlTag tag = info ? info->tag : HtmlTag::kOther;
    read_metadata(node, name);
    if (role == Role::kSkip || hidden(node)) {
      ++skip_depth_;
      open_.push_back({node, UINT32_MAX, Role::kSkip, tag});
      return false;
    }
    if (role == Role::kHead) ++head_depth_;
    if (role == Role::kBreak) {
      flush();
      return false;
    }
    if (role == Role::kBlock) flush();
    const uint32_t index = static_cast<uint32_t>(layout_.elements.size());
    HtmlElement& element = layout_.elements.emplace_back();
    element.parent = elements_.empty() ? UINT32_MAX : elements_.back();
    element.depth = static_cast<uint32_t>(elements_.size());
    element.tag = tag;
    element.heading_level = info ? info->heading_level : 0;
    element.hints = hints_of(node, tag);
    element.style = style_of(node, name);
    element.first_block = static_cast<uint32_t>(layout_.blocks.size());
    if (element.depth > layout_.max_depth) layout_.max_depth = element.depth;
    elements_.push_back(index);
    if (role == Role::kBlock) blocks_.push_back(index);
    if (tag == HtmlTag::kAnchor) ++in_link_;
    if (tag == HtmlTag::kPre) ++in_pre_;
    if (element.heading_level) ++in_heading_[element.heading_level];
    open_.push_back({node, index, role, tag});
    return true;
  }

  void leave(xmlNode* node) {
    if (open_.empty() || open_.back().node != node) return;
    const Open open = open_.back();
    open_.pop_back();
    if (open.role == Role::kSkip) {
      --skip_depth_;
      return;
    }
    if (open.role == Role::kHead) --head_depth_;
    if (open.role == Role::kBlock) flush();
    if (open.tag == HtmlTag::kRow) join_data_row(open.element);
    const HtmlElement& element = layout_.elements[open.element];
    if (open.tag == HtmlTag::kAnchor) --in_link_;
    if (open.tag == HtmlTag::kPre) --in_pre_;
    if (element.heading_level) --in_heading_[element.heading_level];
    elements_.pop_back();
    if (open.role == Role::kBlock) blocks_.pop_back();
  }

  // A row of a data table reads as one line, "Kessling | 412 | 3" (the
  // furniture rules tell it from a menu by its figures): its cells one short
  // block each. A layout table's rows (a story in one cell,
  // a menu in another) keep their blocks.
  void join_data_row(uint32_t row) {
    const uint32_t first = layout_.elements[row].first_block;
    const auto count = static_cast<uint32_t>(layout_.blocks.size()) - first;
    if (count < 2) return;
    for (uint32_t b = first; b < first + count; ++b) {
      const HtmlBlock& block = layout_.blocks[b];
      const HtmlElement& cell = layout_.elements[block.container];
      if (cell.tag != HtmlTag::kCell || cell.parent != row || block.heading_level != 0) return;
      if (b > first && block.container == layout_.blocks[b - 1].container) return;  // one block a cell
      if (std::count(block.text.begin(), block.text.end(), ' ') >= kDataCellWords || block.text.find('\n') != std::string::npos)
        return;
    }
    HtmlBlock joined;
    joined.element = row;
    joined.container = row;
    for (uint32_t b = first; b < first + count; ++b) {
      HtmlBlock& block = layout_.blocks[b];
      HtmlElement& owner = layout_.elements[block.element];
      --owner.blocks;
      owner.text_chars -= static_cast<uint32_t>(block.text.size());
      owner.link_chars -= block.link_chars;
      if (!joined.text.empty()) joined.text += " | ";
      joined.text += block.text;
      joined.link_chars += block.link_chars;
    }
    layout_.blocks.resize(first);
    HtmlElement& element = layout_.elements[row];
    ++element.blocks;
    element.text_chars += static_cast<uint32_t>(joined.text.size());
    element.link_chars += joined.link_chars;
    layout_.blocks.push_back(std::move(joined));
  }

  void text(std::string_view content) {
    const std::size_t before = current_.size();
    append_collapsed(content, current_, space_, in_pre_ > 0);
    if (in_link_ > 0) link_chars_ += static_cast<uint32_t>(current_.size() - before);
  }

  void flush() {
    space_ = false;
    while (!current_.empty() && current_.back() == '\n') current_.pop_back();
    while (!current_.empty() && current_.front() == '\n') current_.erase(0, 1);
    if (current_.empty() || blocks_.empty()) {
      current_.clear();
      link_chars_ = 0;
      return;
    }
    HtmlBlock& block = layout_.blocks.emplace_back();
    block.text = std::move(current_);
    block.container = blocks_.back();
    block.link_chars = link_chars_;
    for (uint8_t level = 1; level <= 6; ++level) {
      if (in_heading_[level] > 0) { block.heading_level = level; break; }
    }
    const HtmlTag tag = layout_.elements[block.container].tag;
    block.direct = tag == HtmlTag::kDiv || tag == HtmlTag::kSection || tag == HtmlTag::kArticle ||
                   tag == HtmlTag::kMain || tag == HtmlTag::kBody || tag == HtmlTag::kCell ||
                   tag == HtmlTag::kCenter || tag == HtmlTag::kHtml || tag == HtmlTag::kOther;
    // The text belongs to the innermost open element (an inline one, such as
    // a <span class="caption">, counts too) for hints and totals.
    const uint32_t owner = elements_.back();
    HtmlElement& element = layout_.elements[owner];
    element.text_chars += static_cast<uint32_t>(block.text.size());
    element.link_chars += link_chars_;
    ++element.blocks;
    block.element = owner;
    current_.clear();
    link_chars_ = 0;
  }

  static bool hidden(const xmlNode* node) {
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      const std::string_view name = name_of(reinterpret_cast<const xmlNode*>(a));
      if (name == "hidden") return true;
      if (name == "aria-hidden" && attribute_value(a) == "true") return true;
      if (name == "style") {
        std::string style = text::ascii_lowered(attribute_value(a));
        std::erase(style, ' ');
        if (contains(style, "display:none") || contains(style, "visibility:hidden")) return true;
      }
    }
    return false;
  }

  static uint32_t style_of(const xmlNode* node, std::string_view name) {
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      if (name_of(reinterpret_cast<const xmlNode*>(a)) != "class") continue;
      const std::string_view value = attribute_value(a);
      if (value.empty()) return 0;
      uint32_t h = 2166136261u;
      for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      h = (h ^ ' ') * 16777619u;
      for (const char c : value) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      return h == 0 ? 1 : h;
    }
    return 0;
  }

  static uint16_t hints_of(const xmlNode* node, HtmlTag tag) {
    std::string words;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      const std::string_view name = name_of(reinterpret_cast<const xmlNode*>(a));
      // `name` too: <a name="comments"> marks where comments start.
      if (name == "class" || name == "id" || name == "role" || name == "itemprop" || name == "rel" ||
          (name == "name" && tag == HtmlTag::kAnchor)) {
        words += attribute_value(a);
        words += ' ';
      }
    }
    uint16_t hints = words.empty() ? 0 : html_hints(words);
    switch (tag) {
      case HtmlTag::kNav: hints |= kHintNavigation; break;
      case HtmlTag::kAside: hints |= kHintNegative; break;
      case HtmlTag::kFooter: hints |= kHintLegal; break;
      case HtmlTag::kCaption: hints |= kHintCaption; break;
      case HtmlTag::kForm: hints |= kHintNegative; break;
      case HtmlTag::kArticle: case HtmlTag::kMain: hints |= kHintPositive; break;
      default: break;
    }
    return hints;
  }

  // <meta>, <link rel>, JSON-LD, <time datetime> and itemprop values.
  void read_metadata(const xmlNode* node, std::string_view name) {
    std::string_view key, rel, href, type, itemprop, datetime, content;
    bool has_content = false;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      const std::string_view attribute = name_of(reinterpret_cast<const xmlNode*>(a));
      if (attribute == "name" || attribute == "property" || attribute == "http-equiv") {
        if (key.empty()) key = attribute_value(a);
      } else if (attribute == "content") {
        content = attribute_value(a);
        has_content = true;
      } else if (attribute == "rel") {
        rel = attribute_value(a);
      } else if (attribute == "href") {
        href = attribute_value(a);
      } else if (attribute == "type") {
        type = attribute_value(a);
      } else if (attribute == "itemprop") {
        itemprop = attribute_value(a);
      } else if (attribute == "datetime") {
        datetime = attribute_value(a);
      } else if (attribute == "lang" && name == "html") {
        layout_.lang = std::string(attribute_value(a));
      }
    }
    if (name == "meta" && has_content && !key.empty()) {
      layout_.meta.push_back({text::ascii_lowered(key), std::string(content)});
    }
    if (name == "title" && layout_.title.empty()) {
      bool space = false;
      for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) append_collapsed(reinterpret_cast<const char*>(c->content), layout_.title, space);
      }
    }
    if ((name == "link" || name == "a") && !rel.empty() && !href.empty()) {
      layout_.links.push_back({text::ascii_lowered(rel), std::string(href)});
    }
    if (name == "a" && contains(text::ascii_lowered(rel), "author")) {
      const std::string_view who = flat_text(node);
      if (!who.empty()) layout_.meta.push_back({"rel:author", std::string(who)});
    } else if (name == "a" && in_byline()) {
      // <div class="author"><a href="/authors/kelly-shand/">Kelly Shand</a> ...
      const std::string_view who = flat_text(node);
      if (!who.empty()) layout_.meta.push_back({"byline:link", std::string(who)});
    }
    if (name == "script" && contains(text::ascii_lowered(type), "ld+json")) {
      std::string body;
      for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->content) body += reinterpret_cast<const char*>(c->content);
      }
      layout_.json_ld.push_back(std::move(body));
    }
    if (!itemprop.empty()) {
      std::string_view v = has_content ? content : datetime;
      if (v.empty() && (itemprop == "author" || itemprop == "name" || itemprop == "headline" ||
                        itemprop == "datePublished" || itemprop == "dateModified")) {
        v = flat_text(node);
      }
      if (!v.empty()) layout_.meta.push_back({"itemprop:" + text::ascii_lowered(itemprop), std::string(v)});
    }
    if (name == "time" && !datetime.empty()) {
      layout_.meta.push_back({std::string("time:") + (contains(text::ascii_lowered(itemprop), "modified") ? "modified" : "datetime"),
                              std::string(datetime)});
    }
  }

  // Whether one of the few innermost open elements is named as a byline.
  bool in_byline() const {
    for (std::size_t i = elements_.size(), seen = 0; i-- > 0 && seen < 4; ++seen) {
      if (layout_.elements[elements_[i]].hints & kHintByline) return true;
    }
    return false;
  }

  // The text directly and one level under `node` (for itemprop values).
  std::string_view flat_text(const xmlNode* node) {
    scratch_.clear();
    bool space = false;
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content) append_collapsed(reinterpret_cast<const char*>(c->content), scratch_, space);
      else if (c->type == XML_ELEMENT_NODE) {
        for (const xmlNode* g = c->children; g; g = g->next) {
          if (g->type == XML_TEXT_NODE && g->content) append_collapsed(reinterpret_cast<const char*>(g->content), scratch_, space);
        }
      }
      if (scratch_.size() > 300) break;
    }
    return scratch_;
  }

  HtmlLayout& layout_;
  std::vector<Open> open_;
  std::vector<uint32_t> elements_;  // recorded open elements, outermost first
  std::vector<uint32_t> blocks_;    // open block-level elements
  std::string current_;
  std::string scratch_;
  bool space_ = false;
  uint32_t link_chars_ = 0;
  uint32_t skip_depth_ = 0;
  uint32_t head_depth_ = 0;
  uint32_t in_link_ = 0;
  uint32_t in_pre_ = 0;
  std::array<uint32_t, 7> in_heading_{};
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

uint16_t html_hints(std::string_view attributes) {
  const std::string s = text::ascii_lowered(attributes);
  uint16_t h = 0;
  auto any = [&s](std::initializer_list<std::string_view> words) {
    for (const std::string_view w : words) {
      if (contains(s, w)) return true;
    }
    return false;
  };
  if (any({"articlebody", "article-body", "article_body", "story-body", "storybody", "entry-content",
           "post-body", "postbody", "post-content", "story-content", "article-content", "articletext",
           "article-text", "bodytext", "body-text", "main-content", "story-text", "storytext"})) {
    h |= kHintBody;
  }
  if (any({"article", "content", "entry", "post", "story", "blog", "text", "body", "main", "hentry"})) h |= kHintPositive;
  if (any({"sidebar", "widget", "side-bar", "rail", "aside", "extra", "meta", "toolbar", "tool",
           "masthead", "banner", "skip", "popup", "modal", "overlay", "hidden", "sr-only", "visually-hidden",
           "screen-reader", "tags", "tag-list", "keywords", "topics", "category", "author-bio", "bio"})) {
    h |= kHintNegative;
  }
  if (any({"nav", "menu", "breadcrumb", "crumb", "pagination", "pager", "paging", "topbar", "dropdown"})) h |= kHintNavigation;
  if (any({"comment", "disqus", "respond", "replies", "reply", "discussion", "reader-reaction"})) h |= kHintComments;
  if (any({"share", "sharing", "social", "follow", "facebook", "twitter", "tweet", "whatsapp",
           "email-this", "addthis", "sociable"}) ||
      has_token(s, "print") || has_token(s, "email") || has_token(s, "bookmark")) {
    h |= kHintShare;
  }
  if (any({"related", "recommend", "promo", "trending", "popular", "most-read", "mostread", "most_read",
           "outbrain", "taboola", "teaser", "more-stories", "morestories", "newsletter", "signup", "sign-up",
           "subscribe", "sponsor", "read-more", "readmore", "see-also", "also-read", "latest"})) {
    h |= kHintPromotion;
  }
  if (any({"footer", "copyright", "legal", "cookie", "gdpr", "consent", "disclaimer", "terms", "privacy"})) h |= kHintLegal;
  if (any({"caption", "credit", "figcaption", "gallery", "slideshow", "carousel", "thumbnail", "player",
           "video", "photo", "image", "media", "embed", "lightbox"})) {
    h |= kHintCaption;
  }
  if (has_token(s, "ad") || has_token(s, "ads") || any({"advert", "adsense", "adslot", "ad-slot", "ad_slot",
                                                         "dfp", "doubleclick", "googlead"})) {
    h |= kHintAdvert;
  }
  if (any({"byline", "author", "dateline", "timestamp", "pubdate", "published", "date", "posted"})) h |= kHintByline;
  if (any({"headline", "title", "heading"})) h |= kHintHeadline;
  // "storyText headlines", "article-body-meta": a name of the body itself
  // outweighs the furniture words beside it.
  if (h & kHintBody) h = kHintBody | kHintPositive;
  return h;
}

HtmlLayout lay_out_html(std::string_view utf8) {
  static std::once_flag init;
  std::call_once(init, [] {
    xmlInitParser();
    // libxml2 keeps elements nested deeper than this as text of the last
    // one; its default (256) loses text of old pages that leave a <font>
    // open on every line. Unbounded (XML_PARSE_HUGE) is worse: each stray
    // end tag searches the whole stack of open elements, so a page of
    // 100,000 nested divs and stray end tags takes minutes. 1,024 levels
    // keep both; a page nested deeper is read down to there, with a warning.
    xmlParserMaxDepth = kHtmlMaxDepth;
  });
  HtmlLayout layout;
  if (utf8.empty() || utf8.size() > static_cast<std::size_t>(INT_MAX)) return layout;
  // The walk below does not recurse, however deep the tree.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options));
  if (!doc) return layout;
  Walker walker(layout);
  for (xmlNode* top = doc->children; top; top = top->next) walker.walk(top);
  walker.finish();
  // libxml2 stops at its depth limit; the elements recorded come near it
  // only then (a few levels go to <html>, <body> and skipped tags).
  layout.too_deep = layout.max_depth + 16 >= kHtmlMaxDepth;
  return layout;
}

}  // namespace chorus::ingest

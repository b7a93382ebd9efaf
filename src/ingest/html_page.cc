#include "ingest/html_page.h"

#include <algorithm>

#include "chorus/error.h"
#include "ingest/html_charset.h"
#include "ingest/html_layout.h"
#include "ingest/html_main_text.h"
#include "text/decode.h"

namespace chorus::ingest {
namespace {

// Blocks after the headline searched for a byline or a date line.
constexpr std::size_t kBylineReach = 8;
constexpr std::size_t kLongestByline = 200;
// Blocks above the main text searched for its headline.
constexpr std::size_t kHeadlineReach = 6;

// Binary files named .html: the same test decode_text makes on text.
void reject_binary(std::string_view bytes, std::string_view origin) {
  Diagnostics ignored;
  const std::string_view sample = bytes.substr(0, 4096);
  // UTF-16 pages carry NULs by nature; their byte order mark says so.
  if (sample.starts_with("\xFF\xFE") || sample.starts_with("\xFE\xFF")) return;
  text::decode_text(sample, origin, ignored);
}

// Letters and digits lower-cased (ASCII), other ASCII as single spaces,
// other characters kept: the form in which headline and title are compared.
std::string match_key(std::string_view text) {
  std::string key;
  bool space = true;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      key += c;
      space = false;
    } else if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c - 'A' + 'a');
      space = false;
    } else if (!space) {
      key += ' ';
      space = true;
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// The headline: the longest visible block (two words or more) that the
// page's declared titles (<title>, og:title, twitter:title) contain and that
// makes up a good part of one of them ("Storm closes port" in "Storm closes
// port | The Herald"); failing that, a heading just above the main text, or
// the first h1.
std::optional<std::size_t> find_headline(const HtmlLayout& layout,
                                         const std::vector<std::optional<RemovalReason>>& verdicts) {
  std::vector<std::string> titles;
  if (!layout.title.empty()) titles.push_back(match_key(layout.title));
  for (const HtmlMeta& m : layout.meta) {
    if (m.key == "og:title" || m.key == "twitter:title") titles.push_back(match_key(m.value));
  }
  std::optional<std::size_t> best;
  std::size_t best_length = 0;
  for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
    const std::string& text = layout.blocks[b].text;
    if (text.size() < 8 || text.size() > 400 || text.find(' ') == std::string::npos) continue;
    const std::string key = match_key(text);
    if (key.size() <= best_length) continue;
    for (const std::string& title : titles) {
      if (key.size() * 5 >= title.size() * 2 && title.find(key) != std::string::npos) {
        best = b;
        best_length = key.size();
        break;
      }
    }
  }
  if (best) return best;
  // Else the heading nearest above the story's first paragraph (a page's
  // first <h1> is often its site or section name), else the first <h1>.
  const auto first_main = std::find(verdicts.begin(), verdicts.end(), std::nullopt);
  const auto start = static_cast<std::size_t>(first_main - verdicts.begin());
  // An <h1> a little further up beats an <h2> right above ("Key events").
  std::optional<std::size_t> near;
  for (std::size_t b = start, seen = 0; b-- > 0 && seen < 3 * kHeadlineReach; ++seen) {
    const HtmlBlock& block = layout.blocks[b];
    const bool heading = block.heading_level == 1 || (block.heading_level <= 3 && block.heading_level > 0 &&
                                                       seen < kHeadlineReach && !near);
    if (heading && block.text.find(' ') != std::string::npos && block.link_chars * 2 < block.text.size()) {
      near = b;
      if (block.heading_level == 1) break;
    }
  }
  if (near) return near;
  for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
    if (layout.blocks[b].heading_level == 1) return b;
  }
  return std::nullopt;
}

}  // namespace

WebPage read_web_page(std::string_view bytes, std::string_view url, std::string_view header_charset,
                      std::string_view origin) {
  reject_binary(bytes, origin);
  WebPage page;
  PageBytes utf8 = page_to_utf8(bytes, header_charset);
  page.encoding = utf8.encoding;
  const HtmlLayout layout = lay_out_html(utf8.utf8);
  page.too_deep = layout.too_deep;
  utf8.utf8.clear();
  utf8.utf8.shrink_to_fit();
  const std::vector<std::optional<RemovalReason>> verdicts = choose_main_text(layout);

  const std::optional<std::size_t> headline_block = find_headline(layout, verdicts);
  std::string headline;
  Diagnostics ignored;  // the text is valid UTF-8 without controls by now
  for (std::size_t b = 0; b < layout.blocks.size(); ++b) {
    std::string clean = text::decode_text(layout.blocks[b].text, origin, ignored);
    if (text::is_blank(clean)) continue;
    if (!page.text.empty()) page.text += "\n\n";
    const Span span{static_cast<uint32_t>(page.text.size()), static_cast<uint32_t>(page.text.size() + clean.size())};
    page.text += clean;
    page.blocks.push_back(span);
    if (headline_block == b) {
      page.removed.push_back({span, RemovalReason::kHeadline});
      headline = clean;
    } else if (verdicts[b]) {
      page.removed.push_back({span, *verdicts[b]});
    }
  }
  page.metadata = read_page_metadata(layout, url, headline);
  // What a page does not declare, its byline may say: the short lines just
  // below the headline, then just above it, then those marked as bylines
  // elsewhere (a date line at the top of a page is often today's date, not
  // the story's).
  std::vector<Span> near;
  const auto first = std::find_if(page.removed.begin(), page.removed.end(),
                                  [](const Removed& r) { return r.reason == RemovalReason::kHeadline; });
  if (first != page.removed.end()) {
    const auto at = static_cast<std::size_t>(
        std::lower_bound(page.blocks.begin(), page.blocks.end(), first->span,
                         [](const Span& a, const Span& b) { return a.begin < b.begin; }) - page.blocks.begin());
    for (std::size_t b = at; b < std::min(page.blocks.size(), at + kBylineReach); ++b) near.push_back(page.blocks[b]);
    for (std::size_t b = at, back = 0; b-- > 0 && back < 3; ++back) near.push_back(page.blocks[b]);
  }
  for (const Removed& r : page.removed) {
    if (r.reason == RemovalReason::kByline) near.push_back(r.span);
  }
  for (const Span& line : near) {
    // A byline or date line is short; a sentence beside the headline that
    // names a day tells of an event.
    const std::string_view words = line.of(page.text);
    if (line.size() > kLongestByline || std::count(words.begin(), words.end(), ' ') >= kBylineSpaces) continue;
    if (page.metadata.author.empty()) page.metadata.author = author_from_byline(line.of(page.text));
    if (page.metadata.published.empty()) {
      page.metadata.published = normalize_page_date(line.of(page.text), day_order_of(layout.lang));
      if (!page.metadata.published.empty()) page.metadata.published_from = "text";
    }
  }
  return page;
}

std::string main_text(const WebPage& page) {
  std::string out;
  std::size_t r = 0;
  for (const Span& block : page.blocks) {
    while (r < page.removed.size() && page.removed[r].span.end <= block.begin) ++r;
    if (r < page.removed.size() && page.removed[r].span.begin == block.begin) continue;
    if (!out.empty()) out += '\n';
    out += block.of(page.text);
  }
  return out;
}

}  // namespace chorus::ingest

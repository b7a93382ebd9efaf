#include "ingest/document_kind.h"

#include <algorithm>
#include <array>
#include <vector>
#include <utility>
#include <string_view>

#include "ingest/line_features.h"

namespace chorus::ingest {
namespace {

// A body with less prose than this is thin: the wording of a page decides
// what it is only then (an article may quote "page not found").
constexpr uint32_t kThinProseWords = 80;
// A list of links: this many link lines, and less prose than this.
constexpr uint32_t kLinkListLines = 15;
constexpr uint32_t kLinkListProseWords = 30;
// A section front of teasers: this many short paragraphs right under a link,
// six in ten paragraphs or more.
constexpr uint32_t kLeastTeasers = 5;
constexpr uint32_t kTeaserWords = 60;
// Words of the headline link above a teaser.
constexpr std::pair<uint32_t, uint32_t> kHeadlineWords = {4, 20};
// A teaser's line of date and byline between headline and standfirst.
constexpr uint32_t kMetaLineWords = 10;
// Words a paragraph needs to count as prose (with a sentence end).
constexpr uint32_t kProseParagraphWords = 8;
// Only the start of a page is searched for the wording of walls and errors.
constexpr std::size_t kWordingWindow = 20000;

// Interface wording of pages that stand in place of an article. Phrases a
// report could quote are left out; each kind needs its own words.
constexpr std::array<std::string_view, 19> kErrorWording = {
    "page not found", "404 not found", "error 404", "404 error", "page you requested",
    "page you are looking for", "page you were looking for", "page could not be found",
    "page cannot be found", "page does not exist", "page doesn't exist", "no longer available",
    "this video is unavailable", "video unavailable", "not archived that url", "has not archived",
    "something went wrong", "content is not available", "this page isn't available"};
constexpr std::array<std::string_view, 20> kConsentWording = {
    "enable javascript", "javascript is disabled", "javascript is required", "turn on javascript",
    "accept all", "reject all", "manage preferences", "manage cookies", "cookie settings",
    "legitimate interest", "we value your privacy", "your privacy choices", "consent to",
    "store and/or access information on a device", "update your browser", "browser is not supported",
    "manage your choices", "process personal data", "our partners", "ad and content measurement"};
constexpr std::array<std::string_view, 10> kLoginWording = {
    "sign in to continue", "log in to continue", "subscribe to continue", "subscribe to read",
    "create a free account", "already a subscriber", "for subscribers only", "to continue reading",
    "register to continue", "start your free trial"};

template <std::size_t N>
std::size_t wording_hits(std::string_view folded, const std::array<std::string_view, N>& phrases) {
  std::size_t hits = 0;
  for (const std::string_view phrase : phrases) hits += folded.find(phrase) != std::string_view::npos;
  return hits;
}

uint32_t words_in(std::string_view text) {
  uint32_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool ends_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == ')' || text.back() == '\'')) {
    text.remove_suffix(1);
  }
  if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99")) text.remove_suffix(3);  // ” ’
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

std::string count(uint32_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Menus, promotions and read-more lines: lines of links.
bool link_line(RemovalReason reason) {
  return reason == RemovalReason::kNavigation || reason == RemovalReason::kPromotion ||
         reason == RemovalReason::kReadMore;
}

// Headlines of a few words (links, or removed lines that end no sentence),
// each above a short line of prose (a standfirst), maybe with a line of
// date and byline between: over all the lines of a page, kept or removed.
uint32_t teasers_on_page(const Document& doc) {
  // A gallery's captions (a title, then a sentence) are no teasers.
  struct Line { Span span; bool removed; bool link; };
  std::vector<Line> lines;
  for (const Span& p : doc.paragraphs) lines.push_back({p, false, false});
  for (const Removed& r : doc.removed) {
    if (r.reason != RemovalReason::kHeadline && r.reason != RemovalReason::kCaption)
      lines.push_back({r.span, true, link_line(r.reason)});
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.span.begin < b.span.begin; });
  const auto standfirst = [&](std::size_t k) {
    const std::string_view text = doc.at(lines[k].span);
    const uint32_t words = words_in(text);
    return !lines[k].link && words >= kProseParagraphWords && words <= kTeaserWords && ends_sentence(text);
  };
  uint32_t teasers = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view text = doc.at(lines[i].span);
    const uint32_t words = words_in(text);
    const bool headline = (lines[i].link || (lines[i].removed && !ends_sentence(text))) &&
                          words >= kHeadlineWords.first && words <= kHeadlineWords.second;
    if (!headline) continue;
    std::size_t k = i + 1;
    if (!standfirst(k) && k + 1 < lines.size() && words_in(doc.at(lines[k].span)) <= kMetaLineWords &&
        !ends_sentence(doc.at(lines[k].span))) {
      ++k;  // "November 12, 2024 by Dana Larkin"
    }
    if (standfirst(k)) {
      ++teasers;
      i = k;
    }
  }
  return teasers;
}

}  // namespace

KindVerdict classify_document(const Document& doc) {
  // A page that declares itself a collection (a section front, a tag, search
  // or profile page) or a video page, and no article, is taken at its word.
  if (doc.declared_type == "collection") return {DocumentKind::kLinkList, "the page declares itself a collection"};
  if (doc.declared_type == "video") return {DocumentKind::kGallery, "the page declares itself a video page"};
  uint32_t body_words = 0, prose_words = 0;
  for (const Span& paragraph : doc.paragraphs) {
    const std::string_view text = doc.at(paragraph);
    const uint32_t words = words_in(text);
    body_words += words;
    if (words >= kProseParagraphWords && ends_sentence(text)) {
      prose_words += words;
    }
  }
  uint32_t captions = 0, caption_words = 0, link_lines = 0;
  for (const Removed& r : doc.removed) {
    if (r.reason == RemovalReason::kCaption) {
      ++captions;
      caption_words += words_in(doc.at(r.span));
    } else if (link_line(r.reason)) {
      ++link_lines;
    }
  }
  const std::string prose = count(prose_words, "word", "words") + " of prose";
  // A section front: most paragraphs are short teasers, each right under a
  // link (the story's headline).
  uint32_t teasers = 0;
  std::size_t r = 0;
  for (const Span& paragraph : doc.paragraphs) {
    while (r + 1 < doc.removed.size() && doc.removed[r + 1].span.end <= paragraph.begin) ++r;
    if (r >= doc.removed.size() || doc.removed[r].span.end > paragraph.begin) continue;
    const RemovalReason above = doc.removed[r].reason;
    const std::string_view between = std::string_view(doc.text).substr(doc.removed[r].span.end,
                                                                         paragraph.begin - doc.removed[r].span.end);
    const bool adjacent = between.find_first_not_of(" \n") == std::string_view::npos;
    const uint32_t above_words = words_in(doc.at(doc.removed[r].span));
    const bool link = link_line(above) && above_words >= kHeadlineWords.first && above_words <= kHeadlineWords.second;
    if (adjacent && link && words_in(doc.at(paragraph)) <= kTeaserWords) ++teasers;
  }
  if (teasers >= kLeastTeasers && teasers * 10 >= doc.paragraphs.size() * 6) {
    return {DocumentKind::kLinkList, count(teasers, "teaser", "teasers") + " under links, of " +
                                         count(static_cast<uint32_t>(doc.paragraphs.size()), "paragraph", "paragraphs")};
  }
  // A page whose main text was not found (a section front's teasers are all
  // outside any one story): headline links each with a standfirst under it,
  // among every line of the page.
  if (prose_words < kThinProseWords) {
    const uint32_t page_teasers = teasers_on_page(doc);
    if (page_teasers >= kLeastTeasers) {
      return {DocumentKind::kLinkList, count(page_teasers, "teaser", "teasers") + " under links and " + prose};
    }
  }
  if (captions >= 5 && caption_words > 2 * prose_words) {
    return {DocumentKind::kGallery, count(captions, "caption", "captions") + " and " + prose};
  }
  const bool thin = prose_words < kThinProseWords;
  // A page with an article often carries a cookie banner too: with a body of
  // prose, only wording inside the body itself counts.
  std::string body;
  for (const Span& paragraph : doc.paragraphs) {
    if (body.size() > kWordingWindow) break;
    body += doc.at(paragraph);
    body += '\n';
  }
  const std::string folded = fold_for_cues(thin ? std::string_view(doc.text).substr(0, kWordingWindow)
                                                : std::string_view(body));
  const std::size_t consent = wording_hits(folded, kConsentWording);
  // A wall stands alone; a thin page with a menu's worth of links and a
  // cookie banner is a video page or an index.
  if (consent >= 3 || (thin && consent >= 1 && link_lines < kLinkListLines)) {
    return {DocumentKind::kConsent, "consent or browser wording and " + prose};
  }
  if (thin) {
    if (wording_hits(folded, kErrorWording) > 0) return {DocumentKind::kError, "error wording and " + prose};
    if (wording_hits(folded, kLoginWording) > 0) return {DocumentKind::kLogin, "login or subscription wording and " + prose};
    // Menus surround short articles too: a list of links has next to no prose.
    if (link_lines >= kLinkListLines && prose_words < kLinkListProseWords && body_words < 2 * kLinkListProseWords) {
      return {DocumentKind::kLinkList, count(link_lines, "link line", "link lines") + " and " + prose};
    }
    if (body_words == 0) return {DocumentKind::kEmpty, "no text left once page furniture is removed"};
  }
  return {};
}

}  // namespace chorus::ingest

// Document: the cleaned text of one article and byte spans into it.
//
// `text` is the whole decoded article (UTF-8, NFC, LF line ends, control
// characters removed). Furniture is not cut out of it: it is listed in
// `removed` with a reason, so every span stays valid and a user can audit what
// was dropped. Body paragraphs, sentences and tokens are spans into `text`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/article.h"
#include "core/span.h"

namespace chorus {

// Why a line was taken out of the article body. Stable names: they appear in
// the JSON output (see docs/JSON.md).
enum class RemovalReason : uint8_t {
  kHeadline,         // the article's headline line, used as its title
  kDateline,         // "CITY, Month D. /AGENCY/" opener, kept as metadata
  kNavigation,       // menu and breadcrumb lines ("All news", "Home")
  kPromotion,        // "trending" / "editors' picks" blocks and their headlines
  kReadMore,         // "READ MORE: ...", "Related: ..." links
  kSharePrompt,      // "Share it...", "Follow us on ..."
  kComments,         // comment-section markers ("Discussion about this post")
  kSocialEmbed,      // embedded posts and their attribution lines
  kLegalNotice,      // legal, subscription and cookie notices
  kSectionHeading,   // isolated sub-headings inside the body
  kBoilerplate,      // a line that recurs across articles of one source
  kCaption,          // photo and video captions and credits, media player text
  kByline,           // author and date lines of a web page (kept as metadata)
  kAdvertisement,    // adverts and sponsored blocks of a web page
  kPageChrome,       // web page text outside the article's main text
};

std::string_view removal_reason_name(RemovalReason reason);

// What a document is. Stable names (document_kind_name) appear in the JSON.
enum class DocumentKind : uint8_t {
  kArticle,   // a news report (or anything with a body of prose)
  kGallery,   // photo or video captions with little other text
  kError,     // "page not found", archive and player error pages
  kConsent,   // a cookie or "enable JavaScript" wall in place of the article
  kLogin,     // a login or subscription wall
  kLinkList,  // a section front, a list of links
  kEmpty,     // nothing left once furniture is removed
};
std::string_view document_kind_name(DocumentKind kind);

struct Removed {
  Span span;  // the removed line, without its line break
  RemovalReason reason;
};

// What a dateline said; spans into the Document's text.
struct Dateline {
  Span span;      // the whole dateline, e.g. "PORTVALE, March 5. /NRA/."
  Span place;     // "PORTVALE"; empty if none
  Span date;      // "December 1"; empty if none
  Span agency;    // "NRA"; empty if none
};

// How `source` was obtained: given with the article, or read off its text
// (a copyright line, a dateline's agency).
enum class SourceOrigin : uint8_t { kUnknown, kMetadata, kCopyright, kDateline };
std::string_view source_origin_name(SourceOrigin origin);

// How `published` was obtained.
// kTimestamp: a date line of the page ("Published Monday, Nov. 19, 2018").
enum class DateSource : uint8_t { kUnknown, kMetadata, kDateline, kTimestamp, kInferred };
std::string_view date_source_name(DateSource source);

enum class TokenKind : uint8_t { kWord, kNumber };

// 16 bytes: every later stage holds all tokens of the cluster (millions of
// them in a large one), so the stem, kind and stop flag share one word.
struct Token {
  static constexpr uint32_t kStemLimit = 1u << 24;  // Lexicon ids a stem may take (text::annotate checks)
  Span span;
  uint32_t term = 0;       // id in the cluster's Lexicon of the case-folded form
  uint32_t stem : 24 = 0;  // id in the cluster's Lexicon of the stem
  TokenKind kind : 7 = TokenKind::kWord;
  bool stop : 1 = false;   // a stop word (English Snowball list)
};
static_assert(sizeof(Token) == 16);

struct Sentence {
  Span span;
  uint32_t paragraph = 0;    // index into Document::paragraphs
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
};

struct Document {
  std::string id;
  std::string path;
  std::string source;
  SourceOrigin source_from = SourceOrigin::kUnknown;
  std::string url;
  std::string title;
  std::string published;  // ISO 8601 or empty
  DateSource published_from = DateSource::kUnknown;
  // How sure `published` is, 0..1 (time/publication_date.h); 0 when unknown.
  double published_confidence = 0;
  // Read from a web page's metadata; empty for text input.
  std::string author;
  std::string modified;       // ISO 8601
  std::string language;       // "en"
  std::string canonical_url;
  bool html = false;          // extracted from a web page
  DocumentKind kind = DocumentKind::kArticle;
  // A web page's own word on what it is (html_metadata.h): "article",
  // "collection", "video" or "".
  std::string declared_type;

  std::string text;
  std::vector<Span> paragraphs;  // body paragraphs, in order
  std::vector<Removed> removed;  // furniture, in text order
  // A web page: the blocks that are not its main text, decided from its
  // markup when it is read; furniture removal keeps them in `removed`.
  std::vector<Removed> page_removed;
  std::vector<Dateline> datelines;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::string_view at(Span span) const { return span.of(text); }
};

// The article's text as a reader sees it: the body paragraphs one a line,
// the dateline that opens the first one kept in front of it, and the section
// headings between paragraphs. What `chorus extract` prints.
std::string body_text(const Document& doc);

// The index of the sentence that holds `span` whole, or -1 when none does
// (outside the body's sentences, or across two).
int sentence_of(const Document& doc, Span span);

}  // namespace chorus

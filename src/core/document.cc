#include "core/document.h"

#include <algorithm>

namespace chorus {

std::string_view removal_reason_name(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kHeadline: return "headline";
    case RemovalReason::kDateline: return "dateline";
    case RemovalReason::kNavigation: return "navigation";
    case RemovalReason::kPromotion: return "promotion";
    case RemovalReason::kReadMore: return "read-more";
    case RemovalReason::kSharePrompt: return "share-prompt";
    case RemovalReason::kComments: return "comments";
    case RemovalReason::kSocialEmbed: return "social-embed";
    case RemovalReason::kLegalNotice: return "legal-notice";
    case RemovalReason::kSectionHeading: return "section-heading";
    case RemovalReason::kBoilerplate: return "boilerplate";
    case RemovalReason::kCaption: return "caption";
    case RemovalReason::kByline: return "byline";
    case RemovalReason::kAdvertisement: return "advertisement";
    case RemovalReason::kPageChrome: return "page-chrome";
  }
  return "unknown";
}

std::string_view document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kArticle: return "article";
    case DocumentKind::kGallery: return "gallery";
    case DocumentKind::kError: return "error";
    case DocumentKind::kConsent: return "consent";
    case DocumentKind::kLogin: return "login";
    case DocumentKind::kLinkList: return "link-list";
    case DocumentKind::kEmpty: return "empty";
  }
  return "article";
}

std::string_view source_origin_name(SourceOrigin origin) {
  switch (origin) {
    case SourceOrigin::kMetadata: return "metadata";
    case SourceOrigin::kCopyright: return "copyright";
    case SourceOrigin::kDateline: return "dateline";
    case SourceOrigin::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string_view date_source_name(DateSource source) {
  switch (source) {
    case DateSource::kMetadata: return "metadata";
    case DateSource::kDateline: return "dateline";
    case DateSource::kTimestamp: return "timestamp";
    case DateSource::kInferred: return "inferred";
    case DateSource::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string body_text(const Document& doc) {
  std::string body;
  auto add = [&](Span span) {
    if (!body.empty()) body += '\n';
    body += doc.at(span);
  };
  std::size_t r = 0;
  for (const Span& paragraph : doc.paragraphs) {
    Span line = paragraph;
    for (; r < doc.removed.size() && doc.removed[r].span.begin < paragraph.begin; ++r) {
      const Removed& removed = doc.removed[r];
      const bool inside_body = !doc.paragraphs.empty() && removed.span.begin > doc.paragraphs.front().begin;
      if (removed.reason == RemovalReason::kSectionHeading && inside_body) add(removed.span);
      // "KALMYR, March 4 (Corvane) - " cut from the paragraph's own line.
      if (removed.reason == RemovalReason::kDateline &&
          doc.at({removed.span.end, paragraph.begin}).find('\n') == std::string_view::npos) {
        line.begin = removed.span.begin;
      }
    }
    add(line);
  }
  return body;
}

int sentence_of(const Document& doc, Span span) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), span.begin,
                                   [](uint32_t at, const Sentence& s) { return at < s.span.begin; });
  if (it == doc.sentences.begin() || !(it - 1)->span.contains(span)) return -1;
  return static_cast<int>(it - 1 - doc.sentences.begin());
}

}  // namespace chorus

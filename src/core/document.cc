#include "core/document.h"

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
  }
  return "unknown";
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
    case DateSource::kInferred: return "inferred";
    case DateSource::kUnknown: return "unknown";
  }
  return "unknown";
}

}  // namespace chorus

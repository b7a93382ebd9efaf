// What a document is when it is not a news article: a photo gallery, an
// error page, a consent or JavaScript wall, a login or subscription wall, a
// list of links, or a page left with no text. Such documents are listed with
// their kind and a warning, and kept out of everything a digest compares.
#pragma once

#include <string>

#include "core/document.h"

namespace chorus::ingest {

struct KindVerdict {
  DocumentKind kind = DocumentKind::kArticle;
  std::string why;  // for the warning: "12 captions and 9 words of other text"
};

// Judged on a document after furniture removal, from how much prose its body
// holds and what the rest of it is: captions against prose (a gallery), the
// wording of error, consent and login pages on a page with little prose, and
// link lines against prose (a list of links). A short news brief is an
// article: a thin body alone makes nothing else.
KindVerdict classify_document(const Document& doc);

}  // namespace chorus::ingest

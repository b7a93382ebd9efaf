// From an Article to a Document holding its decoded text and metadata.
#pragma once

#include "chorus/article.h"
#include "core/diagnostics.h"
#include "core/document.h"

namespace chorus::ingest {

// Decodes article.raw (see text::decode_text) and copies the metadata.
// Throws chorus::Error naming article.path when the article is binary or has
// no text. Furniture, paragraphs and sentences are filled by later steps.
Document build_document(const Article& article, Diagnostics& diagnostics);

}  // namespace chorus::ingest

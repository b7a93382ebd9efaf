// What `chorus extract` prints: a document's main text and metadata, as read
// from a web page (or scraped text). The JSON form is documented in
// docs/JSON.md ("Extracted pages").
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/document.h"

namespace chorus::render {

// {"path", "url", "canonical_url", "title", "site", "author", "published",
//  "published_from", "modified", "language", "text", "removed": [{text, reason}]}
// `text` is body_text(doc) (core/document.h).
nlohmann::ordered_json page_json(const Document& doc);

// For people: a header (title; site, author, date) and the body.
std::string page_text(const Document& doc);

}  // namespace chorus::render

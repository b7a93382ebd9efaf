// Which blocks of a web page are its article's main text.
//
// 1. Score containers as Readability does: each paragraph of prose (25
//    characters or more, mostly not links) gives points (1, one per comma, one
//    per 100 characters up to 3) to the element around it, half to the next
//    one up, a third of what is left to each of three more; an element's own
//    hints (class, id, role: "article", "comment", "sidebar" ...) add or take
//    25; the total is scaled by the share of its text outside links.
// 2. The best container is the article; when other strong containers sit
//    beside it, their common ancestor is; a parent that scores higher still
//    (Readability's climb) is. Siblings that score well, sibling paragraphs
//    of plain prose, and nearby containers of the same tag and class (a
//    story laid out a table cell a paragraph) join it.
// 3. Inside, blocks under a furniture hint (navigation, sharing, comments,
//    related stories, captions, adverts, bylines), link lists, form text,
//    headings (h1 the headline, others section headings) and what follows a
//    comment anchor or heading once a story's worth of prose has come are
//    removed with that reason; outside, every block is, named by its hints,
//    as navigation when mostly links, or as page chrome.
#pragma once

#include <optional>
#include <vector>

#include "core/document.h"
#include "ingest/html_layout.h"

namespace chorus::ingest {

// For each block of `layout`: nullopt when it is main text, else why not.
std::vector<std::optional<RemovalReason>> choose_main_text(const HtmlLayout& layout);

}  // namespace chorus::ingest

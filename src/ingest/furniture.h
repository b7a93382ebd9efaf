// Page furniture removal for plain text scraped from news pages.
//
// Works line by line over a whole batch at once, because two of its
// strongest signals are cross-document: a line that recurs verbatim in
// several articles, and a line that recurs across the articles of one source.
// Per-line features: length, sentence shape, terminal punctuation, stop-word
// ratio, title-case ratio, list numbering, URLs/handles/hashtags, position in
// the document, cue phrases of furniture kinds ("read more", "share", cookie
// and subscription notices) matched as phrases, not as the example's lines.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.h"

namespace chorus::ingest {

struct FurnitureOptions {
  // A line (normalized: case-folded, digits and spaces collapsed) that stands
  // in at least this many documents of the batch is boilerplate. 0 disables.
  uint32_t repeated_line_min_docs = 3;
  // Same, within documents of one `source`: 2 documents of a source suffice.
  uint32_t repeated_in_source_min_docs = 2;
  // A line that is no sentence (a label, a link, a credit) is boilerplate
  // once this many documents share it: two outlets do not write the same
  // label by chance. 0 disables.
  uint32_t repeated_label_min_docs = 2;
};

// For each document (text already decoded): fills `removed` (furniture lines
// with a reason, in text order), `paragraphs` (the body: kept lines, with
// hard-wrapped lines joined into one paragraph), `datelines`, and `title`
// when it is empty and a headline line is found (the headline is then listed
// in `removed` with reason kHeadline). A web page's `page_removed` blocks
// (not its main text) stand in `removed` as they are; only the rest of its
// lines are classified, and only on evidence of furniture (see run_on_page).
// Idempotent: running it again gives the same result.
void remove_furniture(std::vector<Document>& docs, const FurnitureOptions& options);

}  // namespace chorus::ingest

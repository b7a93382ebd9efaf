// The outlet of an article that came without one, read off its text: the
// name in its copyright line ("© 2031 The Harbourline Post. All rights
// reserved.", "Copyright SportsCast One.") or, failing that, the agency of
// its dateline ("BAKU, December 1. /TASS/.", "(Reuters) -").
#pragma once

#include <string>

#include "core/document.h"

namespace chorus::ingest {

// The outlet's name in one copyright line, "" when the line is none: the
// holder's name without the years, the "All rights reserved" and company
// suffixes ("Ltd", "AS", "S.A.") or a parenthesized acronym.
std::string copyright_holder(std::string_view line);

// Fills doc.source and doc.source_from when the article had no source and
// its text names its outlet. doc.removed and doc.datelines must be filled
// (furniture.h). A copyright line after the body counts first: one inside it
// is a photo credit more often than not.
void name_outlet(Document& doc);

}  // namespace chorus::ingest

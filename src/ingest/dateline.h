// Dateline recognition: the "where, when, who" opener of a wire report.
//
// Recognized shapes (PLACE is one to five all-capital words, three bytes or
// more; REGION is one to three capitalized words; DATE is "December 1",
// "Dec. 1", "Dec 1, 2020" or "1 December"; AGENCY is one to four words, as
// "AP", "Reuters" or "dpa"):
//
//   PLACE[, REGION][, DATE][.] /AGENCY/[.]     PORTVALE, March 5. /NRA/.
//   PLACE[, REGION][, DATE] (AGENCY) SEP       LISBON, Portugal (AP) _
//                                              OSLO (Reuters) -
//                                              LIMA, Nov. 3 (AFP) -
//   PLACE[, REGION][, DATE] STRONG_SEP         QUITO --   CAIRO, Egypt —
//   DATE (AGENCY) SEP                          July 4 (UPI) --
//
// SEP is "_", "-", "--", "—", "–" or ":"; STRONG_SEP excludes the plain
// hyphen and the colon, because without an agency an all-capital word
// followed by " - " is too often just an emphatic first word.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/document.h"
#include "core/span.h"

namespace chorus::ingest {

// Looks for a dateline at the start of `line` (a span of `text`, leading
// whitespace allowed). On success the Dateline's `span` covers the whole
// dateline including its separator ("PORTVALE --", "PORTVALE, March 5. /NRA/.")
// and `place`, `date`, `agency` cover their parts (agency without its
// brackets or slashes); the body starts at the first non-space byte after
// `span.end`, which may be the end of the line when the dateline stands alone.
std::optional<Dateline> find_dateline(std::string_view text, Span line);

// --- Date and time shapes, shared with the line features. ---

// Bytes of a month name or its abbreviation ("December", "Dec", "Dec.",
// "Sept.") starting at `i` and ending at a word boundary; 0 if none. The
// first letter must be a capital.
size_t match_month(std::string_view s, size_t i);
// The line holds "November 13" or "13 November".
bool has_month_date(std::string_view line);
// The line holds a clock time, "14:02" or "4:15" (as page timestamps do).
bool has_clock_time(std::string_view line);

}  // namespace chorus::ingest

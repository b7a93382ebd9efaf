// One outlet's dates anchor another's "yesterday" and "on Tuesday": a report
// with no day of its own is dated by trying each day around the cluster's
// surely dated reports as its day of writing, resolving its relative dates
// against it, and keeping the day on which the most of its dated
// statements fall on the days other outlets give the same statements
// (sentences sharing three content words). A tie goes to the earliest such
// day: news is written soon after what it tells.
#pragma once

#include <vector>

#include "core/document.h"
#include "time/timex.h"

namespace chorus::time {

// Dates the articles left unknown; `confidence` is given to each day found.
// Documents must be annotated (sentences, tokens) with one shared lexicon.
void anchor_to_other_outlets(std::vector<Document>& documents, const TimexTagger& tagger, TimexScratch& scratch,
                             double trusted, double confidence);

}  // namespace chorus::time

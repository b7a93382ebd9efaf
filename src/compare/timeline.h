// One timeline across the documents of a cluster: every dated statement of
// the body, with the dates resolved against each document's own publication
// day; the same event told by several outlets merged into one entry; outlets
// that date one event differently flagged as a conflict; deadlines marked as
// scheduled, with the date the thing actually happened when the cluster says.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

#include "compare/sentence_facts.h"
#include "core/cluster.h"
#include "core/diagnostics.h"
#include "time/timeline_mentions.h"
#include "time/timex.h"

namespace chorus::compare {

struct TimelineOptions {
  // Two entries a few days apart from disjoint outlets tell the same event
  // (a conflict) when the words around their dates overlap this much
  // (Jaccard over the content stems within ten words of each date, with at
  // least three shared) ...
  double conflict_similarity = 0.15;
  // ... and their dates are at most this many days apart.
  int conflict_max_days = 3;
  // Dates this many days or more before the cluster's own day are background
  // history, kept and marked as context.
  int context_days = 365;
  // A deadline's actual date is looked for up to this many days after it.
  int actual_max_days = 120;
  // When given: the claims of two or more outlets (claims.h), ascending,
  // that hold the sentence at a byte offset (document, offset). Dated
  // statements of different documents that share such a claim are one event:
  // on the same day one entry, on days a few apart a conflict, whatever words
  // they use.
  std::function<std::vector<uint32_t>(uint32_t, uint32_t)> claims_at;
  // A bound on the work of finding conflicts and actual dates: at most this
  // many comparisons of two statements (real clusters need a few thousand).
  // Past it, the rest are not looked for and a warning says so.
  size_t max_comparisons = 2'000'000;
  // At most this many entries (a reader's timeline, not an index of every
  // date of a huge input): past it, those reported by most documents, then
  // told most often, are kept, and a warning says so.
  size_t max_entries = 2000;
  // At most this many dates are placed in all (a stream of 1,729 articles
  // holds about 5,400): past it, the first of each document, the same number
  // from each document that has more, and a warning says so.
  size_t max_statements = 50'000;
};

struct TimelineItem {
  std::string date;                  // TIMEX3 value: "2020-12-01", "2020-11", "1994"
  std::string until;                 // end of a range ("1992-1994"), else empty
  std::vector<time::TimelineMention> mentions;  // the first one describes the entry
  std::vector<uint32_t> docs;        // documents that report it, ascending
  bool scheduled = false;            // a deadline or plan, not (yet) an event
  bool context = false;              // background, long before the cluster's day
  std::string actual;                // scheduled: the date it happened, if told
  std::vector<std::pair<uint32_t, std::string>> conflict;  // each document's date, when they differ
};

// The cluster's documents must carry their publication dates (see
// time/publication_date.h); a document without one is read against the cluster's day.
// `annotations[d].timexes`: document d's text tagged against its own day,
// else the cluster's (as digest::annotate_documents does).
// Work grows as n log n in the dated statements (merging by shared words
// goes through postings, never pair by pair). Throws chorus::Cancelled once
// `stop` is requested; a bound reached adds a warning to `diagnostics`.
std::vector<TimelineItem> build_timeline(const Cluster& cluster, std::span<const DocumentAnnotations> annotations,
                                         const TimelineOptions& options = {}, std::stop_token stop = {},
                                         Diagnostics* diagnostics = nullptr);

}  // namespace chorus::compare

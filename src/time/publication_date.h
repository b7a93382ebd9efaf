// Publication dates of the documents of one cluster, each with how sure it
// is: from metadata when the article had one; else from a date stamp of the
// page ("Published Monday, Nov. 19, 2018", "Updated 7:12 a.m. ET Nov. 3,
// 2018"); else from the dateline ("BAKU, December 1. /TASS/"); else inferred
// from the days the text itself tells and the weekdays it names; else, for a
// report that speaks of weekdays, the day most reports of the cluster have.
// Years the text leaves out come from the whole cluster (publication_year.h).
// Captions, embedded posts and other furniture never date a document. A date
// less sure than kTrustedDate is dropped, with a warning naming the document.
#pragma once

#include <optional>
#include <stop_token>
#include <vector>

#include "core/diagnostics.h"
#include "core/document.h"
#include "time/calendar.h"
#include "time/timex.h"

namespace chorus::time {

struct PublicationDateOptions {
  // A report dated only by weekdays takes the cluster's common day when every
  // dated report lies within this many days of it.
  int same_days = 1;
};

// Fills `published` (ISO date), `published_from` and `published_confidence`
// of every document that has no metadata date; leaves them empty / unknown
// (and warns in `diagnostics`) when nothing fixes a day surely enough.
// Throws chorus::Cancelled once `stop` is requested.
void infer_publication_dates(std::vector<Document>& documents, const TimexTagger& tagger,
                             const PublicationDateOptions& options = {}, std::stop_token stop = {},
                             Diagnostics* diagnostics = nullptr);

// The cluster's own day: the publication date most documents share (ties go
// to the latest), or nullopt when no document has one.
std::optional<CivilDate> cluster_reference(const std::vector<Document>& documents);

// Where in a document a span lies: the body, the dateline, an embedded post
// (whose timestamp dates the article too), or other furniture.
enum class Region : uint8_t { kBody, kDateline, kEmbed, kFurniture };
Region region_of(const Document& doc, Span span);

}  // namespace chorus::time

// Publication dates of the documents of one cluster: from metadata when the
// article had one; else from the dateline ("BAKU, December 1. /TASS/"); else
// inferred from the days the text itself tells and the weekdays it names.
// Years the text leaves out come from the whole cluster: metadata dates,
// datelines and embedded posts ("... November 13, 2020"), weekdays written
// with a month and day ("Tuesday, December 1"), which fit only some years,
// and failing those a full date that is its report's latest day. (A year
// written in a body is mostly another year's: "Aug. 20, 1997" in a 1998 report.)
#pragma once

#include <optional>
#include <stop_token>
#include <vector>

#include "core/document.h"
#include "time/calendar.h"
#include "time/timex.h"

namespace chorus::time {

struct PublicationDateOptions {
  // When only weekday-and-date pairs ("Tuesday, December 1") fix the year,
  // it is searched from the latest year the cluster names (or from
  // `earliest_year` when it names none) over the next `pin_years` years, up
  // to `latest_year`; the year most pairs fit wins, the earliest on a tie.
  int earliest_year = 1900;
  int pin_years = 6;
  int latest_year = 2100;
  // A report dated only by weekdays takes the cluster's common day when every
  // dated report lies within this many days of it.
  int same_days = 6;
};

// Fills `published` (ISO date) and `published_from` of every document that
// has no metadata date; leaves them empty / unknown when nothing fixes a day.
// Throws chorus::Cancelled once `stop` is requested.
void infer_publication_dates(std::vector<Document>& documents, const TimexTagger& tagger,
                             const PublicationDateOptions& options = {}, std::stop_token stop = {});

// The cluster's own day: the publication date most documents share (ties go
// to the latest), or nullopt when no document has one.
std::optional<CivilDate> cluster_reference(const std::vector<Document>& documents);

// Where in a document a span lies: the body, the dateline, an embedded post
// (whose timestamp dates the article too), or other furniture.
enum class Region : uint8_t { kBody, kDateline, kEmbed, kFurniture };
Region region_of(const Document& doc, Span span);

}  // namespace chorus::time

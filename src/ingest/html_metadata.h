// A web page's metadata: headline, site, author, dates, language, address.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/html_layout.h"

namespace chorus::ingest {

// A byline or date line is short: it holds fewer spaces than this.
inline constexpr std::ptrdiff_t kBylineSpaces = 14;

struct PageMetadata {
  std::string title;          // the headline, without the site's name
  std::string site;
  std::string author;         // names joined with ", "
  std::string published;      // ISO 8601 ("2008-05-12" or "2008-05-12T10:30:00Z"), "" when unknown
  std::string published_from; // where it was read: "json-ld", "meta", "time", "url", "text"
  std::string modified;
  std::string language;       // primary language subtag, lower-case ("en")
  std::string canonical_url;
  // What the page declares itself (JSON-LD @type, og:type): "article" for a
  // news or blog article, "collection" for a section front, tag, search or
  // profile page, "video" for a video page; "" when it says nothing of it.
  std::string declared_type;
};

// Reads what the page declares (JSON-LD, OpenGraph and other <meta>,
// itemprop, <time>, <link rel>, <title>, <html lang>); `url` (where the page
// came from, may be empty) gives the site and a date in its path when the page
// declares none. `headline`: the page's first h1 text, "" when none.
PageMetadata read_page_metadata(const HtmlLayout& layout, std::string_view url, std::string_view headline);

// Which comes first in a numeric date like "03/04/2031".
enum class DayOrder : uint8_t { kUnknown, kDayFirst, kMonthFirst };

// The order a page's language tag implies: "en-US" month first; another
// region ("en-GB", "fr-CA"), or a language other than English, day first;
// "en" alone unknown.
DayOrder day_order_of(std::string_view language_tag);

// A date written in a form pages use in metadata ("2008-05-12T10:30:00+02:00",
// "20080512", "Mon, 12 May 2008 10:30:00 GMT", "May 12, 2008", "12 May 2008",
// "2008/05/12", "07.03.2031", "14/3/2031") as ISO 8601; "" when it is none of
// them or not a real day. A numeric date whose two numbers could both be the
// month ("3/4/2031") is read in `order`, and left alone when it is unknown.
std::string normalize_page_date(std::string_view text, DayOrder order = DayOrder::kUnknown);

// The name a byline gives ("By Jane Doe, Staff Writer" → "Jane Doe";
// "Piše / By: Tin Marović" → "Tin Marović"): the capitalized words after
// "by"; "" when there is no "by" or no name after it.
std::string author_from_byline(std::string_view line);

// A date in a URL path ("/2008/05/12/", "/2008-05-12-", "/20080512/"), as
// "YYYY-MM-DD"; "" when none.
std::string date_in_url(std::string_view url);

}  // namespace chorus::ingest

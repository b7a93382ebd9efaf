// Date stamps: the lines of a page that say when its article was published
// or updated, as bylines and page furniture print them ("Published Monday,
// Nov. 19, 2018", "Updated 7:12 a.m. ET Nov. 3, 2018", "By Jane Roe |
// 03/14/2016", "12:05, Wednesday"), told apart from captions, embeds and
// related links that carry other days ("FILE PHOTO: ... Aug. 13, 2016"):
// besides its dates and times a stamp holds only words of publishing
// ("posted on", "last modified"), time zones and a byline's name.
// Also the year of a copyright notice, which no article's year can follow.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "time/timex.h"

namespace chorus::time {

struct DateStamp {
  // The day: "2018-11-19", or without a year "XXXX-12-13", or only a
  // weekday "XXXX-WXX-3".
  std::string value;
  // "Updated ...", "Last modified ...": the day of a later version.
  bool updated = false;
  // A publishing word names the date ("Published", "Posted"), so it is the
  // article's wherever the line stands; a bare date line is the article's
  // only above its story (lower down it may be a related link's).
  bool cued = false;
};

std::optional<DateStamp> read_date_stamp(std::string_view line, const TimexTagger& tagger, TimexScratch& scratch);

// 1 (Monday) to 7 for a weekday's name or abbreviation in any case ("Tue",
// "Tues", "WEDNESDAY"); 0 for other words.
int weekday_in_word(std::string_view word);

// Whether `line` is short and holds a publishing word: a cheap test before
// read_date_stamp for lines that count only when cued.
bool may_be_cued_stamp(std::string_view line);

// The last year of a copyright notice ("© 2019 Herald", "Copyright
// 1998-2019 ..."), or 0.
int copyright_year(std::string_view line);

}  // namespace chorus::time

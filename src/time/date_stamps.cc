#include "time/date_stamps.h"

#include <algorithm>
#include <array>
#include <span>

#include "text/ascii.h"

namespace chorus::time {
namespace {

// Longer lines are prose or captions, not stamps.
constexpr std::size_t kLongestStamp = 160;
constexpr int kMostStampWords = 16;
// A byline's name: at most this many capitalized words after "by".
constexpr int kMostNameWords = 4;

// Words a stamp may hold besides its dates and a byline: publishing verbs,
// their particles, and clock words.
constexpr std::array<std::string_view, 24> kStampWords = {
    "published", "publish", "posted", "updated", "update", "modified", "last", "first", "originally", "filed",
    "issued", "created", "edited", "on", "at", "by", "date", "dated", "and", "am", "pm", "a", "m", "p"};
// Of those, the words that say the date is the article's.
constexpr std::array<std::string_view, 9> kPublishingWords = {
    "published", "posted", "updated", "modified", "filed", "issued", "created", "originally", "first"};
constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool among(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The first weekday word of a line and where it starts ("Posted: Fri 7:15
// AM", whose abbreviation the tagger leaves alone).
std::optional<std::pair<int, std::size_t>> first_weekday(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    if (!text::is_ascii_alpha(line[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < line.size() && text::is_ascii_alpha(line[end])) ++end;
    if (const int wd = weekday_in_word(line.substr(i, end - i))) return std::pair(wd, i);
    i = end;
  }
  return std::nullopt;
}

// "ET", "GMT", "BST", "AEST": a time zone is a short word in capitals.
bool zone_word(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool digits(std::string_view v, std::size_t from, std::size_t to) {
  return v.size() >= to && std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from),
                                        v.begin() + static_cast<std::ptrdiff_t>(to),
                                        [](char c) { return c >= '0' && c <= '9'; });
}

// The day a timex value names: "2018-11-19", "XXXX-12-13", "XXXX-WXX-3",
// the day of "2018-11-03T07:12"; "" for anything else.
std::string day_part(const std::string& value) {
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-' && digits(value, 5, 7) && digits(value, 8, 10) &&
      (value.size() == 10 || value[10] == 'T')) {
    return value.substr(0, 10);
  }
  if (value.size() == 10 && value.starts_with("XXXX-WXX-") && value[9] >= '1' && value[9] <= '7') return value;
  return {};
}

}  // namespace

std::optional<DateStamp> read_date_stamp(std::string_view line, const TimexTagger& tagger, TimexScratch& scratch) {
  if (line.size() > kLongestStamp) return std::nullopt;
  // A stamp names a day: a number or a weekday (checked cheaply before tagging).
  if (std::none_of(line.begin(), line.end(), text::is_ascii_digit) && !first_weekday(line))
    return std::nullopt;
  const std::vector<Timex> timexes = tagger.tag(line, std::nullopt, scratch);
  std::optional<DateStamp> stamp;
  std::size_t stamp_at = line.size();
  for (const Timex& t : timexes) {
    if (std::string day = day_part(t.value); !day.empty()) {
      stamp = DateStamp{std::move(day)};
      stamp_at = t.span.begin;
      break;
    }
  }
  if (!stamp) {
    const auto weekday = first_weekday(line);
    if (!weekday) return std::nullopt;
    stamp = DateStamp{"XXXX-WXX-" + std::to_string(weekday->first)};
    stamp_at = weekday->second;
  }
  // Every word outside the dates must be one a stamp holds.
  int words = 0;
  int name_words = -1;  // counting a byline's name after "by"; -1 outside one
  bool cue_before_date = false;
  std::size_t t = 0;
  for (std::size_t i = 0; i < line.size();) {
    while (t < timexes.size() && timexes[t].span.end <= i) ++t;
    if (t < timexes.size() && timexes[t].span.begin <= i) {
      i = timexes[t].span.end;
      continue;
    }
    if (!text::is_ascii_alpha(line[i]) && static_cast<unsigned char>(line[i]) < 0x80) {
      // A separator ends a byline's name ("By Jane Roe | 03/14/2016").
      if (line[i] == '|' || line[i] == ',' || line[i] == '(' || line[i] == ')') name_words = -1;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < line.size() && (text::is_ascii_alpha(line[end]) || static_cast<unsigned char>(line[end]) >= 0x80 ||
                                 line[end] == '\'' || line[end] == '-')) {
      ++end;
    }
    const std::string_view word = line.substr(i, end - i);
    const std::string lower = text::ascii_lowered(word);
    i = end;
    if (++words > kMostStampWords) return std::nullopt;
    const bool capital = word[0] >= 'A' && word[0] <= 'Z';
    if (name_words >= 0 && capital && name_words < kMostNameWords && lower != "on" && lower != "at") {
      ++name_words;
      continue;
    }
    name_words = lower == "by" ? 0 : -1;
    if (among(lower, kPublishingWords)) {
      if (end <= stamp_at && !cue_before_date) {
        cue_before_date = true;
        stamp->updated = lower == "updated" || lower == "modified";
      }
      stamp->cued = true;
      continue;
    }
    if (lower == "last" && end <= stamp_at) stamp->updated = true;
    if (among(lower, kStampWords) || weekday_in_word(word) || zone_word(word)) continue;
    return std::nullopt;
  }
  return stamp;
}

int weekday_in_word(std::string_view word) {
  if (word.size() < 3) return 0;
  const std::string lower = text::ascii_lowered(word);
  for (std::size_t k = 0; k < kWeekdays.size(); ++k) {
    if (lower.starts_with(kWeekdays[k]) && (lower.size() <= 4 || lower.ends_with("day"))) return static_cast<int>(k + 1);
  }
  return 0;
}

bool may_be_cued_stamp(std::string_view line) {
  if (line.size() > kLongestStamp) return false;
  const std::string lower = text::ascii_lowered(line);
  return std::any_of(kPublishingWords.begin(), kPublishingWords.end(),
                     [&lower](std::string_view word) { return lower.find(word) != std::string::npos; });
}

int copyright_year(std::string_view line) {
  const std::string lower = text::ascii_lowered(line.substr(0, std::min<std::size_t>(line.size(), 400)));
  std::size_t at = lower.find("\xC2\xA9");  // ©
  if (at == std::string::npos) at = lower.find("copyright");
  if (at == std::string::npos) at = lower.find("(c)");
  if (at == std::string::npos) return 0;
  int year = 0;
  // The year follows the mark closely: "© 1998-2019 Herald", "Copyright (c) 2019".
  const std::size_t stop = std::min(lower.size(), at + 40);
  for (std::size_t i = at; i + 4 <= stop; ++i) {
    if ((i > 0 && text::is_ascii_digit(lower[i - 1])) || !digits(lower, i, i + 4) ||
        (i + 4 < lower.size() && text::is_ascii_digit(lower[i + 4]))) {
      continue;
    }
    const int y = std::stoi(lower.substr(i, 4));
    if (y >= 1900 && y <= 2100) year = y;
  }
  return year;
}

}  // namespace chorus::time

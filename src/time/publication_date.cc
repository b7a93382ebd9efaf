#include "time/publication_date.h"

#include <algorithm>
#include <climits>
#include <map>
#include <string>

#include "text/ascii.h"
#include "time/date_anchoring.h"
#include "time/date_stamps.h"
#include "time/publication_year.h"

namespace chorus::time {
namespace {

bool digits(const std::string& v, size_t from, size_t to) {
  return std::all_of(v.begin() + from, v.begin() + to, [](char c) { return c >= '0' && c <= '9'; });
}

// "2020-12-01" or "XXXX-12-01"
bool is_day_value(const std::string& v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' && digits(v, 5, 7) && digits(v, 8, 10);
}
bool has_year(const std::string& v) {
  return v.size() >= 4 && std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

CivilDate day_of(const std::string& v, int year) {
  return CivilDate{has_year(v) ? std::stoi(v.substr(0, 4)) : year, std::stoi(v.substr(5, 2)),
                   std::stoi(v.substr(8, 2))};
}

// "XXXX-WXX-2" -> 2
int weekday_of(const std::string& v) {
  return v.size() == 10 && v.starts_with("XXXX-WXX-") ? v[9] - '0' : 0;
}

bool valid(const CivilDate& d) {
  return d.year > 0 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

// How sure a day is by where it was read; a day's confidence is the lower
// of its own and its year's (publication_year.h).
constexpr double kStampDay = 0.9;
constexpr double kUpdatedStampDay = 0.8;  // "Updated ...": a later version's day
constexpr double kDatelineDay = 0.95;
constexpr double kTextDay = 0.75;         // the day the report tells, confirmed by the cluster
constexpr double kWeekdayStampDay = 0.7;  // "Thursday" above the story, near the cluster's days
constexpr double kClusterDay = 0.6;       // the day most reports have
constexpr double kAnchoredDay = 0.6;      // where other outlets date the same events (date_anchoring.h)
// Date lines in this many first paragraphs of a body are stamps.
constexpr size_t kTopParagraphs = 3;
// Below this a date is dropped: unknown, with a warning.
constexpr double kTrustedDate = 0.5;

struct DocumentEvidence {
  std::vector<Timex> timexes;  // body, dateline and embedded posts only
  std::vector<Region> regions; // of each timex
  std::optional<std::string> dateline_value;
  std::optional<DateStamp> full_stamp;       // a stamp with its year: the earliest, published before updated
  std::optional<std::string> partial_stamp;  // "XXXX-12-13"
  int stamp_weekday = 0;                     // "Thursday", "12:05, Wednesday"
  int copyright = 0;                         // the year of the page's copyright notice

  // The report's own day without its year, from its dateline or a stamp.
  const std::optional<std::string>& own_day() const { return dateline_value ? dateline_value : partial_stamp; }
};

// Reasons whose lines tell other days than the article's.
bool tells_other_days(RemovalReason reason) {
  switch (reason) {
    case RemovalReason::kCaption:
    case RemovalReason::kSocialEmbed:
    case RemovalReason::kComments:
    case RemovalReason::kAdvertisement:
    case RemovalReason::kPromotion:
    case RemovalReason::kReadMore:
      return true;
    default:
      return false;
  }
}

// A bare date in a web page's chrome or menus, outside its main text, is
// most often today's date at the top of the site, not the story's (the page
// reader takes the lines next to the headline: html_page.h). The page's
// removals come in text order.
bool in_site_chrome(const Document& doc, Span line) {
  const auto it = std::upper_bound(doc.page_removed.begin(), doc.page_removed.end(), line.begin,
                                   [](uint32_t at, const Removed& r) { return at < r.span.begin; });
  if (it == doc.page_removed.begin()) return false;
  const Removed& r = *(it - 1);
  return r.span.contains(line) && (r.reason == RemovalReason::kPageChrome || r.reason == RemovalReason::kNavigation);
}

void add_stamp(DateStamp stamp, DocumentEvidence& e) {
  if (const int wd = weekday_of(stamp.value)) {
    if (!e.stamp_weekday) e.stamp_weekday = wd;
  } else if (!has_year(stamp.value)) {
    if (!e.partial_stamp) e.partial_stamp = stamp.value;
  } else if (!e.full_stamp ||
             std::pair(stamp.updated, stamp.value) < std::pair(e.full_stamp->updated, e.full_stamp->value)) {
    e.full_stamp = std::move(stamp);
  }
}

// The date stamps and copyright notice among the removed lines, and stamps
// with a publishing word left among the body's paragraphs.
void read_stamps(const Document& doc, const TimexTagger& tagger, TimexScratch& scratch, DocumentEvidence& e) {
  const uint32_t story = doc.paragraphs.empty() ? static_cast<uint32_t>(doc.text.size()) : doc.paragraphs.front().begin;
  for (const Removed& removed : doc.removed) {
    const std::string_view line = doc.at(removed.span);
    e.copyright = std::max(e.copyright, copyright_year(line));
    if (tells_other_days(removed.reason)) continue;
    std::optional<DateStamp> stamp = read_date_stamp(line, tagger, scratch);
    if (!stamp) continue;
    if (stamp->cued || (removed.span.end <= story && !in_site_chrome(doc, removed.span))) add_stamp(std::move(*stamp), e);
  }
  // A date line left at the top of the body is the story's own; lower down,
  // one with a publishing word ("Posted on ...").
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const std::string_view line = doc.at(doc.paragraphs[p]);
    if (p >= kTopParagraphs && !may_be_cued_stamp(line)) continue;
    std::optional<DateStamp> stamp = read_date_stamp(line, tagger, scratch);
    if (stamp && (stamp->cued || p < kTopParagraphs)) add_stamp(std::move(*stamp), e);
  }
}

// A year followed by a lower-case word names a thing ("the 2031 budget",
// "the 2020 election"), which may lie ahead of the report.
bool names_a_thing(std::string_view text, Span span) {
  if (span.size() != 4 || span.end + 1 >= text.size() || text[span.end] != ' ') return false;
  return text[span.end + 1] >= 'a' && text[span.end + 1] <= 'z';
}

// "had ordered ... on Feb. 27": a date told in the past perfect is background
// to the report's own events. Looks back a few words within the sentence.
bool past_perfect(std::string_view text, const Document& doc, Span span) {
  const int s = sentence_of(doc, span);
  const uint32_t from = s >= 0 ? doc.sentences[s].span.begin : span.begin;
  const uint32_t begin = span.begin > from + 60 ? span.begin - 60 : from;
  const std::string_view before = text.substr(begin, span.begin - begin);
  return before.find(" had ") != std::string_view::npos || before.starts_with("had ");
}

// The weekday an expression opens with ("Tuesday, December 1" -> 2), or 0.
int leading_weekday(std::string_view surface) {
  size_t end = 0;
  while (end < surface.size() && text::is_ascii_alpha(surface[end])) ++end;
  return weekday_in_word(surface.substr(0, end));
}

// A date used as a modifier: "the" before it and a lower-case word after it.
bool attributive(std::string_view text, Span span) {
  size_t b = span.begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  const bool the = b >= 3 && (text.substr(b - 3, 3) == "the" || text.substr(b - 3, 3) == "The") &&
                   (b == 3 || text[b - 4] == ' ' || text[b - 4] == '\n');
  size_t a = span.end;
  if (a >= text.size() || text[a] != ' ') return false;
  while (a < text.size() && text[a] == ' ') ++a;
  return the && a < text.size() && text[a] >= 'a' && text[a] <= 'z';
}

long day_number(const CivilDate& d) { return days_from_civil(d.year, d.month, d.day); }

// The publication day of one document from the days it names and the
// weekdays it speaks of (all past): a weekday that falls on a named day is
// that day, and then another weekday is the one nearest to the report's
// latest own event ("early Tuesday ... on Monday night"); when no weekday
// falls on a named day, weekdays are the days after the latest date told.
std::optional<CivilDate> day_from_text(const Document& doc, const DocumentEvidence& e, int year) {
  std::optional<long> latest, narrative, background;
  // Days named, with the sentence they are named in (-1: a dateline or an
  // embedded post, the report's own timestamps), and weekdays likewise.
  std::vector<std::pair<long, int>> named;
  std::vector<std::pair<int, int>> weekdays;
  const auto raise = [](std::optional<long>& slot, long day) {
    if (!slot || day > *slot) slot = day;
  };
  for (size_t k = 0; k < e.timexes.size(); ++k) {
    const Timex& t = e.timexes[k];
    if (t.future || t.type == TimexType::kDuration || t.type == TimexType::kSet) continue;
    if (const int wd = weekday_of(t.value)) {
      if (e.regions[k] == Region::kBody) weekdays.emplace_back(wd, sentence_of(doc, t.span));
      continue;
    }
    if (!is_day_value(t.value) || (!has_year(t.value) && !year)) continue;
    // "the Nov. 3 elections", "the March 2 deadline": a date naming a thing
    // says nothing of when it was told (it may well lie ahead).
    if (e.regions[k] == Region::kBody && attributive(doc.text, t.span)) continue;
    const CivilDate day = day_of(t.value, year);
    if (!valid(day)) continue;
    // A full date of another year than the cluster's is history, not news;
    // with no year for the cluster, a year written in the body alone proves
    // nothing ("Aug. 20, 1997" in a 1998 report).
    if (e.regions[k] == Region::kBody && has_year(t.value) && day.year != year) continue;
    const long n = day_number(day);
    named.emplace_back(n, e.regions[k] == Region::kBody ? sentence_of(doc, t.span) : -1);
    raise(latest, n);
    if (e.regions[k] != Region::kBody) continue;
    raise(past_perfect(doc.text, doc, t.span) ? background : narrative, n);
  }
  std::vector<int> unmatched;
  bool any_matched = false;
  for (const auto& [wd, sentence] : weekdays) {
    // The same day when told in one sentence ("entered on December 1, the
    // ministry said in an early Tuesday statement"), when it is the report's
    // own timestamp, or when it is the latest day the report tells.
    std::optional<long> match;
    for (const auto& [n, where] : named) {
      const bool same = where == sentence || where == -1 || (narrative && n == *narrative);
      if (same && weekday(civil_from_days(n)) == wd) raise(match, n);
    }
    if (match) {
      any_matched = true;
      raise(narrative, *match);
      raise(latest, *match);
    } else {
      unmatched.push_back(wd);
    }
  }
  for (int wd : unmatched) {
    if (narrative && any_matched) {
      const int today = weekday(civil_from_days(*narrative));
      const int ahead = (wd - today + 7) % 7;
      raise(latest, ahead <= 3 ? *narrative + ahead : *narrative + ahead - 7);
    } else if (narrative || background) {
      // Weekdays for the last few days, dates for older things (news style):
      // the first such weekday after the latest date told.
      const long base = std::max(narrative.value_or(LONG_MIN), background.value_or(LONG_MIN));
      const int today = weekday(civil_from_days(base));
      raise(latest, base + (wd - today + 6) % 7 + 1);
    }
  }
  // An embedded post's day bounds the report's and may be the day its
  // weekdays name, but never dates it alone.
  const bool own = !weekdays.empty() || std::any_of(e.regions.begin(), e.regions.end(), [](Region r) {
    return r == Region::kBody || r == Region::kDateline;
  });
  if (!latest || !own) return std::nullopt;
  return civil_from_days(*latest);
}

}  // namespace

Region region_of(const Document& doc, Span span) {
  for (const Removed& removed : doc.removed) {
    if (removed.span.begin <= span.begin && span.end <= removed.span.end) {
      if (removed.reason == RemovalReason::kDateline) return Region::kDateline;
      if (removed.reason == RemovalReason::kSocialEmbed) return Region::kEmbed;
      return Region::kFurniture;
    }
  }
  for (const Dateline& d : doc.datelines) {
    if (d.span.contains(span)) return Region::kDateline;
  }
  return Region::kBody;
}

std::optional<CivilDate> cluster_reference(const std::vector<Document>& documents) {
  std::map<long, int> votes;
  for (const Document& doc : documents) {
    if (const auto d = parse_iso_date(doc.published)) ++votes[days_from_civil(d->year, d->month, d->day)];
  }
  if (votes.empty()) return std::nullopt;
  long best = 0;
  int best_votes = -1;
  for (const auto& [day, n] : votes) {
    if (n >= best_votes) {
      best = day;
      best_votes = n;
    }
  }
  return civil_from_days(best);
}

namespace {

// A report without a day of its own, written in the cluster's days: the
// cluster's day is one that two or more reports have, more than any other,
// and every dated report lies within `options.same_days` of it (one event
// told as it happened, not a story followed for weeks). A weekday stamp
// ("Thursday") is that weekday nearest it; a report that speaks of weekdays
// ("on Tuesday") takes it.
void date_from_cluster(std::vector<Document>& documents, const std::vector<DocumentEvidence>& evidence,
                       const PublicationDateOptions& options, double year_confidence) {
  std::map<long, int> votes;
  for (const Document& doc : documents) {
    if (const auto d = parse_iso_date(doc.published)) ++votes[day_number(*d)];
  }
  long center = 0;
  int most = 0;
  bool tied = false;
  for (const auto& [day, n] : votes) {
    if (n > most) center = day, most = n, tied = false;
    else if (n == most) tied = true;
  }
  if (most < 2 || tied) return;
  for (const auto& [day, n] : votes) {
    if (std::abs(day - center) > options.same_days) return;
  }
  const CivilDate common = civil_from_days(center);
  for (size_t d = 0; d < documents.size(); ++d) {
    Document& doc = documents[d];
    if (doc.published_from != DateSource::kUnknown) continue;
    const DocumentEvidence& e = evidence[d];
    if (e.stamp_weekday) {
      const int ahead = (e.stamp_weekday - weekday(common) + 7) % 7;
      doc.published = day_value(civil_from_days(ahead <= 3 ? center + ahead : center + ahead - 7));
      doc.published_from = DateSource::kTimestamp;
      doc.published_confidence = std::min(kWeekdayStampDay, year_confidence);
      continue;
    }
    const bool speaks_of_weekdays = std::any_of(e.timexes.begin(), e.timexes.end(), [](const Timex& t) {
      return weekday_of(t.value) != 0 && !t.future;
    });
    if (!speaks_of_weekdays) continue;
    doc.published = day_value(common);
    doc.published_from = DateSource::kInferred;
    doc.published_confidence = std::min(kClusterDay, year_confidence);
  }
}

// A report dated only by the days it tells may be days later (wire copy
// names the days before, "on Tuesday, Jan. 5" in a report of the 9th); it
// keeps its day when the cluster's surely dated reports all lie within a
// day of it (one event told the day it happened), and is left for the
// cluster's day otherwise.
void confirm_told_days(std::vector<Document>& documents, const std::vector<bool>& told, double confidence) {
  std::vector<long> sure;
  for (size_t k = 0; k < documents.size(); ++k) {
    const auto d = parse_iso_date(documents[k].published);
    if (d && !told[k] && documents[k].published_confidence >= kTrustedDate) sure.push_back(day_number(*d));
  }
  for (size_t k = 0; k < documents.size(); ++k) {
    Document& doc = documents[k];
    if (!told[k]) continue;
    const auto d = parse_iso_date(doc.published);
    const long day = d ? day_number(*d) : 0;
    const bool close = d && !sure.empty() &&
                       std::all_of(sure.begin(), sure.end(), [day](long s) { return std::abs(s - day) <= 1; });
    if (close) {
      doc.published_confidence = confidence;
    } else {
      doc.published.clear();
      doc.published_from = DateSource::kUnknown;
      doc.published_confidence = 0;
    }
  }
}

std::string month_day_name(const std::string& value) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                                 "August", "September", "October", "November", "December"};
  const CivilDate d = day_of(value, 0);
  return std::string(kMonths[d.month - 1]) + " " + std::to_string(d.day);
}

// Dates below the trusted confidence become unknown, and every article left
// without a date says why: one line each for those whose day is known but
// not its year, one line for all that tell no day of their own.
void drop_unsure_dates(std::vector<Document>& documents, const std::vector<DocumentEvidence>& evidence,
                       const YearChoice& year, Diagnostics* diagnostics) {
  std::vector<std::string> dayless;
  for (size_t d = 0; d < documents.size(); ++d) {
    Document& doc = documents[d];
    if (doc.published_from == DateSource::kMetadata) continue;
    if (!doc.published.empty() && doc.published_confidence >= kTrustedDate) continue;
    doc.published.clear();
    doc.published_from = DateSource::kUnknown;
    doc.published_confidence = 0;
    if (!diagnostics || doc.kind != DocumentKind::kArticle) continue;
    const std::string& name = doc.path.empty() ? doc.id : doc.path;
    const DocumentEvidence& e = evidence[d];
    const std::optional<std::string>& own_day = e.own_day();
    if (!own_day) {
      dayless.push_back(name);
      continue;
    }
    std::string why = "it is dated " + month_day_name(*own_day) + " but no year is stated";
    if (!year.fitting.empty()) {
      why += "; its cluster's weekdays fit";
      for (size_t k = 0; k < year.fitting.size() && k < 4; ++k) why += (k ? ", " : " ") + std::to_string(year.fitting[k]);
      if (year.fitting.size() > 4) why += ", ...";
    }
    diagnostics->warn(name + ": publication date unknown: " + why);
  }
  if (dayless.empty()) return;
  std::string names;
  for (size_t k = 0; k < dayless.size() && k < 5; ++k) names += (k ? ", " : "") + dayless[k];
  if (dayless.size() > 5) names += ", ... (" + std::to_string(dayless.size()) + " in all)";
  diagnostics->warn(names + ": publication date unknown: no date stamp, dateline or day of " +
                    (dayless.size() == 1 ? "its own" : "their own") + " that a stated year fixes");
}

}  // namespace

void infer_publication_dates(std::vector<Document>& documents, const TimexTagger& tagger,
                             const PublicationDateOptions& options, std::stop_token stop,
                             Diagnostics* diagnostics) {
  // Nothing to infer when every article came with its date: skip the tagging.
  if (std::all_of(documents.begin(), documents.end(), [](const Document& doc) {
        return !doc.published.empty() && doc.published_from == DateSource::kMetadata;
      })) {
    return;
  }
  TimexScratch scratch;
  scratch.stop = stop;
  std::vector<DocumentEvidence> evidence(documents.size());
  YearEvidence years;
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& doc = documents[d];
    DocumentEvidence& e = evidence[d];
    if (const auto date = parse_iso_date(doc.published)) ++years.votes[date->year];
    read_stamps(doc, tagger, scratch, e);
    if (e.copyright && (!years.copyright_year || e.copyright < years.copyright_year)) years.copyright_year = e.copyright;
    if (e.full_stamp) ++years.votes[std::stoi(e.full_stamp->value.substr(0, 4))];
    // A body's full date votes weakly when it is the report's latest day
    // beside days written without a year (the news itself, not history).
    std::optional<std::pair<int, int>> latest_full;  // (month * 32 + day, year)
    int latest_partial = -1;
    // The tagger's own list is kept, its furniture dropped in place: a long
    // text's dates are not held twice.
    std::vector<Timex> tagged = tagger.tag(doc.text, std::nullopt, scratch);
    e.regions.reserve(tagged.size());
    size_t kept = 0;
    for (Timex& t : tagged) {
      const Region region = region_of(doc, t.span);
      // The past the report tells (an embedded post's day too) bounds its
      // year from below; a year said with its month is recent news, a bare
      // year may be history ("since 1987").
      if (has_year(t.value) && t.type == TimexType::kDate && t.value[3] != 'X' && !t.future &&
          !names_a_thing(doc.text, t.span) && region != Region::kFurniture) {
        const int year = std::stoi(t.value.substr(0, 4));
        years.latest_past_year = std::max(years.latest_past_year, year);
        if (t.value.size() >= 7 && t.value[4] == '-' && t.value[5] != 'X')
          years.latest_dated_past_year = std::max(years.latest_dated_past_year, year);
        // An embedded post is mostly of the days just past.
        if (region == Region::kEmbed && is_day_value(t.value)) ++years.weak_votes[year];
      }
      // Captions and other furniture tell other days.
      if (region == Region::kFurniture) continue;
      if (region == Region::kDateline && !e.dateline_value && is_day_value(t.value)) e.dateline_value = t.value;
      if (has_year(t.value) && t.type == TimexType::kDate) {
        const int year = std::stoi(t.value.substr(0, std::min<size_t>(4, t.value.size())));
        if (is_day_value(t.value) && region == Region::kDateline) ++years.votes[year];
        if (is_day_value(t.value) && region == Region::kBody && !t.future) {
          const int md = std::stoi(t.value.substr(5, 2)) * 32 + std::stoi(t.value.substr(8, 2));
          if (!latest_full || md > latest_full->first) latest_full = std::make_pair(md, year);
        }
      } else if (is_day_value(t.value) && region == Region::kBody && !t.future) {
        latest_partial = std::max(latest_partial, std::stoi(t.value.substr(5, 2)) * 32 +
                                                      std::stoi(t.value.substr(8, 2)));
      }
      if (&tagged[kept] != &t) tagged[kept] = std::move(t);
      ++kept;
      e.regions.push_back(region);
    }
    tagged.resize(kept);
    e.timexes = std::move(tagged);
    if (latest_full && latest_partial >= 0 && latest_full->first >= latest_partial)
      ++years.weak_votes[latest_full->second];
    // "Tuesday, December 1": a weekday written with its month and day; and
    // a dateline's or stamp's day with the weekday another stamp gives it.
    for (const Timex& t : e.timexes) {
      if (!is_day_value(t.value) || !t.value.starts_with("XXXX-")) continue;
      if (const int wd = leading_weekday(doc.at(t.span))) years.pins.emplace_back(day_of(t.value, 0), wd);
    }
    if (e.own_day() && e.stamp_weekday) years.pins.emplace_back(day_of(*e.own_day(), 0), e.stamp_weekday);
  }
  const YearChoice year_choice = choose_year(years);
  const int year = year_choice.year;
  const double year_confidence = year_choice.confidence;

  std::vector<bool> told(documents.size(), false);  // dated by the days the text tells, to be confirmed
  for (size_t d = 0; d < documents.size(); ++d) {
    Document& doc = documents[d];
    const DocumentEvidence& e = evidence[d];
    // A page's date line beside its headline may be the site's date of
    // today; an earlier stamp of the story, even of its last update, is
    // closer to its publication (never later than either).
    if (doc.published_from == DateSource::kTimestamp && e.full_stamp &&
        e.full_stamp->value < doc.published.substr(0, 10)) {
      doc.published = e.full_stamp->value;
      doc.published_confidence = e.full_stamp->updated ? kUpdatedStampDay : kStampDay;
      continue;
    }
    if (doc.published_from != DateSource::kUnknown && parse_iso_date(doc.published)) continue;
    std::optional<CivilDate> found;
    DateSource source = DateSource::kInferred;
    double confidence = 0;
    if (e.full_stamp) {
      found = day_of(e.full_stamp->value, 0);
      source = DateSource::kTimestamp;
      confidence = e.full_stamp->updated ? kUpdatedStampDay : kStampDay;
    } else if (e.dateline_value && has_year(*e.dateline_value)) {
      found = day_of(*e.dateline_value, 0);
      source = DateSource::kDateline;
      confidence = kDatelineDay;
    } else if (e.dateline_value && year) {
      found = day_of(*e.dateline_value, year);
      source = DateSource::kDateline;
      confidence = std::min(kDatelineDay, year_confidence);
    } else if (e.partial_stamp && year) {
      found = day_of(*e.partial_stamp, year);
      source = DateSource::kTimestamp;
      confidence = std::min(kStampDay, year_confidence);
    } else if (year && year_confidence >= kWeakYear) {
      // The days a text tells take a year the cluster states or its
      // weekdays fix, not a copyright's alone (a January report tells of
      // December's days).
      found = day_from_text(doc, e, year);
      // A stamp's weekday ("Posted: Fri 7:15 AM") overrules the days told.
      if (found && e.stamp_weekday && weekday(*found) != e.stamp_weekday) found.reset();
      told[d] = found.has_value();
    }
    if (found && valid(*found)) {
      doc.published = day_value(*found);
      doc.published_from = source;
      doc.published_confidence = confidence;
    } else {
      doc.published.clear();
      doc.published_from = DateSource::kUnknown;
      doc.published_confidence = 0;
    }
  }
  confirm_told_days(documents, told, std::min(kTextDay, year_confidence));
  // Like the days a text tells, the cluster's day needs more than a copyright's year.
  if (year_confidence >= kWeakYear) {
    date_from_cluster(documents, evidence, options, year_confidence);
    anchor_to_other_outlets(documents, tagger, scratch, kTrustedDate, std::min(kAnchoredDay, year_confidence));
  }
  drop_unsure_dates(documents, evidence, year_choice, diagnostics);
}

}  // namespace chorus::time

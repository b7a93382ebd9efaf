#include "time/publication_date.h"

#include <algorithm>
#include <climits>
#include <map>
#include <string>

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

// The sentence index holding `span`, or -1 (outside the body's sentences).
int sentence_of(const Document& doc, Span span) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), span.begin,
                                   [](uint32_t at, const Sentence& s) { return at < s.span.begin; });
  if (it == doc.sentences.begin()) return -1;
  const Sentence& s = *(it - 1);
  return s.span.contains(span) ? static_cast<int>(it - 1 - doc.sentences.begin()) : -1;
}

struct DocumentEvidence {
  std::vector<Timex> timexes;  // body, dateline and embeds only
  std::vector<Region> regions; // of each timex
  std::optional<std::string> dateline_value;
};

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
  static constexpr std::string_view kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
  std::string lower;
  for (size_t i = 0; i < surface.size() && i < 9; ++i)
    lower += static_cast<char>(surface[i] >= 'A' && surface[i] <= 'Z' ? surface[i] + 32 : surface[i]);
  for (int k = 0; k < 7; ++k) {
    if (lower.starts_with(kNames[k])) return k + 1;
  }
  return 0;
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
  if (!latest) return std::nullopt;
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

void infer_publication_dates(std::vector<Document>& documents, const TimexTagger& tagger,
                             const PublicationDateOptions& options, std::stop_token stop) {
  // Nothing to infer when every article came with its date: skip the tagging.
  if (std::all_of(documents.begin(), documents.end(), [](const Document& doc) { return !doc.published.empty(); }))
    return;
  TimexScratch scratch;
  scratch.stop = stop;
  std::vector<DocumentEvidence> evidence(documents.size());
  // Years of publication dates and of full dates in datelines and embedded
  // posts. Full dates in the body do not vote: news writes the year mostly
  // for other years than the current one ("Aug. 20, 1997" in a 1998 report).
  std::map<int, int> year_votes;
  std::map<int, int> weak_votes;  // used only when nothing else gives a year
  int latest_year_named = 0;      // no publication year can precede a year the text names
  std::vector<std::pair<CivilDate, int>> pins;  // (month-day, weekday) said of one day
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& doc = documents[d];
    if (const auto date = parse_iso_date(doc.published)) ++year_votes[date->year];
    // A body's full date votes weakly when it is the report's latest day
    // beside days written without a year (the news itself, not history).
    std::optional<std::pair<int, int>> latest_full;  // (month * 32 + day, year)
    int latest_partial = -1;
    for (Timex& t : tagger.tag(doc.text, std::nullopt, scratch)) {
      const Region region = region_of(doc, t.span);
      if (region == Region::kFurniture) continue;
      if (region == Region::kDateline && !evidence[d].dateline_value && is_day_value(t.value))
        evidence[d].dateline_value = t.value;
      if (has_year(t.value) && t.type == TimexType::kDate) {
        const int year = std::stoi(t.value.substr(0, std::min<size_t>(4, t.value.size())));
        if (t.value.size() >= 4 && t.value[3] != 'X' && !t.future)
          latest_year_named = std::max(latest_year_named, year);
        if (is_day_value(t.value) && region != Region::kBody) ++year_votes[year];
        if (is_day_value(t.value) && region == Region::kBody && !t.future) {
          const int md = std::stoi(t.value.substr(5, 2)) * 32 + std::stoi(t.value.substr(8, 2));
          if (!latest_full || md > latest_full->first) latest_full = std::make_pair(md, year);
        }
      } else if (is_day_value(t.value) && region == Region::kBody && !t.future) {
        latest_partial = std::max(latest_partial, std::stoi(t.value.substr(5, 2)) * 32 +
                                                      std::stoi(t.value.substr(8, 2)));
      }
      evidence[d].timexes.push_back(std::move(t));
      evidence[d].regions.push_back(region);
    }
    if (latest_full && latest_partial >= 0 && latest_full->first >= latest_partial)
      ++weak_votes[latest_full->second];
    // "Tuesday, December 1": a weekday written with its month and day.
    for (const Timex& t : evidence[d].timexes) {
      if (!is_day_value(t.value) || !t.value.starts_with("XXXX-")) continue;
      if (const int wd = leading_weekday(doc.at(t.span)))
        pins.emplace_back(CivilDate{0, std::stoi(t.value.substr(5, 2)), std::stoi(t.value.substr(8, 2))}, wd);
    }
  }
  // The cluster's year: the most voted year; with none, the first year the
  // weekday-and-date pairs fit, not before any year the texts name.
  int year = 0;
  int votes = 0;
  // Weak votes count only for the latest year the cluster names: a news
  // year is not older than the history its reports recall.
  if (year_votes.empty() && weak_votes.count(latest_year_named))
    year_votes[latest_year_named] = weak_votes[latest_year_named];
  for (const auto& [y, n] : year_votes) {
    if (n >= votes) {
      year = y;
      votes = n;
    }
  }
  if (!year && !pins.empty()) {
    // The year most pairs fit, within a few years after the latest year the
    // cluster names (a weekday comes back to a date every 5, 6 or 11 years).
    const int first = latest_year_named ? latest_year_named : options.earliest_year;
    int best_fits = 0;
    for (int y = first; y <= std::min(first + options.pin_years, options.latest_year); ++y) {
      int n = 0;
      for (const auto& [date, wd] : pins) {
        const CivilDate d{y, date.month, date.day};
        n += valid(d) && weekday(d) == wd;
      }
      if (n > best_fits) {
        best_fits = n;
        year = y;
      }
    }
  }
  for (size_t d = 0; d < documents.size(); ++d) {
    Document& doc = documents[d];
    if (doc.published_from == DateSource::kMetadata && parse_iso_date(doc.published)) continue;
    const DocumentEvidence& e = evidence[d];
    std::optional<CivilDate> found;
    DateSource source = DateSource::kInferred;
    if (e.dateline_value && (has_year(*e.dateline_value) || year)) {
      found = day_of(*e.dateline_value, year);
      source = DateSource::kDateline;
    } else {
      found = day_from_text(doc, e, year);
    }
    if (found && valid(*found)) {
      doc.published = day_value(*found);
      doc.published_from = source;
    } else {
      doc.published.clear();
      doc.published_from = DateSource::kUnknown;
    }
  }
  // A report that names no day but speaks of weekdays ("on Tuesday") was
  // written in the cluster's own days: it takes the day most reports have,
  // when the dated reports all fall within a week of it (a cluster of one
  // event told over a few days, not a story followed for weeks).
  const std::optional<CivilDate> common = cluster_reference(documents);
  if (common) {
    const long center = day_number(*common);
    for (const Document& doc : documents) {
      const auto d = parse_iso_date(doc.published);
      if (d && std::abs(day_number(*d) - center) > options.same_days) return;
    }
  }
  for (size_t d = 0; d < documents.size(); ++d) {
    Document& doc = documents[d];
    if (doc.published_from != DateSource::kUnknown || !common) continue;
    const bool speaks_of_weekdays = std::any_of(
        evidence[d].timexes.begin(), evidence[d].timexes.end(),
        [](const Timex& t) { return weekday_of(t.value) != 0 && !t.future; });
    if (!speaks_of_weekdays) continue;
    doc.published = day_value(*common);
    doc.published_from = DateSource::kInferred;
  }
}

}  // namespace chorus::time

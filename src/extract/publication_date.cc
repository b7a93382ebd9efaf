#include "extract/publication_date.h"

#include <algorithm>
#include <map>
#include <string>

namespace chorus::extract {
namespace {

bool is_day_value(const std::string& v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' && v[5] != 'X' && v[8] != 'X';
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
  std::optional<std::string> dateline_value;
};

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
                             const PublicationDateOptions& options) {
  TimexScratch scratch;
  std::vector<DocumentEvidence> evidence(documents.size());
  std::map<int, int> year_votes;  // years of full dates written anywhere in the cluster
  int latest_year_named = 0;      // no publication year can precede a year the text names
  std::vector<std::pair<CivilDate, int>> pins;  // (month-day, weekday) said of one day
  for (size_t d = 0; d < documents.size(); ++d) {
    const Document& doc = documents[d];
    if (const auto date = parse_iso_date(doc.published)) ++year_votes[date->year];
    for (Timex& t : tagger.tag(doc.text, std::nullopt, scratch)) {
      const Region region = region_of(doc, t.span);
      if (region == Region::kFurniture) continue;
      if (region == Region::kDateline && !evidence[d].dateline_value && is_day_value(t.value))
        evidence[d].dateline_value = t.value;
      if (has_year(t.value) && t.type == TimexType::kDate) {
        const int year = std::stoi(t.value.substr(0, std::min<size_t>(4, t.value.size())));
        if (t.value.size() >= 4 && t.value[3] != 'X') latest_year_named = std::max(latest_year_named, year);
        if (is_day_value(t.value)) ++year_votes[year];
      }
      evidence[d].timexes.push_back(std::move(t));
    }
    // A weekday and a month-day in one sentence name the same day.
    const auto& timexes = evidence[d].timexes;
    for (size_t a = 0; a < timexes.size(); ++a) {
      const int wd = weekday_of(timexes[a].value);
      if (!wd) continue;
      const int sa = sentence_of(doc, timexes[a].span);
      for (size_t b = 0; b < timexes.size(); ++b) {
        if (b == a || sentence_of(doc, timexes[b].span) != sa || sa < 0) continue;
        const std::string& v = timexes[b].value;
        if (v.size() == 10 && v.starts_with("XXXX-") && v[5] != 'X' && v[8] != 'X')
          pins.emplace_back(CivilDate{0, std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2))}, wd);
      }
    }
  }
  // The cluster's year: the most written full-date year; weekday pins confirm
  // it or, with no year written, choose the first year they fit.
  const auto fits = [&pins](int year) {
    return std::all_of(pins.begin(), pins.end(), [year](const auto& pin) {
      const CivilDate d{year, pin.first.month, pin.first.day};
      return valid(d) && weekday(d) == pin.second;
    });
  };
  int year = 0;
  int votes = 0;
  for (const auto& [y, n] : year_votes) {
    if (n >= votes) {
      year = y;
      votes = n;
    }
  }
  if (year && !pins.empty() && !fits(year)) {
    for (int delta = 1; delta <= 6 && year; ++delta) {
      if (fits(year + delta)) { year += delta; break; }
      if (fits(year - delta)) { year -= delta; break; }
    }
  }
  if (!year && !pins.empty()) {
    for (int y = std::max(latest_year_named, 1900); y <= options.latest_year; ++y) {
      if (fits(y)) {
        year = y;
        break;
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
      // The latest day the report tells of as past: news is written after it.
      for (const Timex& t : e.timexes) {
        if (!is_day_value(t.value) || t.future || t.type == TimexType::kDuration) continue;
        if (!has_year(t.value) && !year) continue;
        const CivilDate day = day_of(t.value, year);
        if (!valid(day)) continue;
        if (!found || days_from_civil(day.year, day.month, day.day) >
                          days_from_civil(found->year, found->month, found->day))
          found = day;
      }
    }
    if (found && valid(*found)) {
      doc.published = day_value(*found);
      doc.published_from = source;
    } else {
      doc.published.clear();
      doc.published_from = DateSource::kUnknown;
    }
  }
}

}  // namespace chorus::extract

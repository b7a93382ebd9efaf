#include "time/date_anchoring.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "core/sorted_sets.h"
#include "text/ascii.h"
#include "time/calendar.h"

namespace chorus::time {
namespace {

// Statements agree on an event when their sentences share this many content words.
constexpr size_t kSharedWords = 3;
// A day needs this many statements agreeing with other outlets' to date a report.
constexpr int kLeastAgreeing = 1;
// Days tried: from a day before the earliest surely dated report to a few after the latest.
constexpr long kBefore = 1;
constexpr long kAfter = 3;
// A cluster whose surely dated reports span more days than this follows a
// story for weeks: its reports are not anchored to each other.
constexpr long kClusterDays = 14;

struct Statement {
  long day = 0;
  std::vector<uint32_t> stems;  // content words of its sentence, sorted
};

// "yesterday", "last night", "this morning": words that fix their day from
// the day of writing, unlike a weekday, which fits a week of them.
constexpr std::string_view kDeicticDays[] = {"yesterday",      "today",        "tonight",
                                             "tomorrow",       "last night",   "this morning",
                                             "this afternoon", "this evening", "earlier today"};

bool deictic(std::string_view surface) {
  const std::string lower = text::ascii_lowered(surface.substr(0, 16));
  return std::any_of(std::begin(kDeicticDays), std::end(kDeicticDays),
                     [&lower](std::string_view word) { return lower.starts_with(word); });
}

// Whether a text holds a deictic day word at all (a cheap test before
// tagging): each word without its first letter, which may be a capital.
bool says_deictic_day(std::string_view text) {
  return std::any_of(std::begin(kDeicticDays), std::end(kDeicticDays),
                     [text](std::string_view word) { return text.find(word.substr(1)) != std::string_view::npos; });
}

// The dated statements of `doc` read against `reference`; only the deictic
// ones ("yesterday", "last night") when `deictic_only`.
std::vector<Statement> statements(const Document& doc, const TimexTagger& tagger, TimexScratch& scratch,
                                  CivilDate reference, bool deictic_only) {
  std::vector<Statement> out;
  for (const Timex& t : tagger.tag(doc.text, reference, scratch)) {
    // A day ("2020-12-01", a time's "2020-12-01T14:30"); not "XXXX-12-01".
    const auto date = parse_iso_date(std::string_view(t.value).substr(0, 10));
    if (!date || (deictic_only && !deictic(doc.at(t.span)))) continue;
    const int index = sentence_of(doc, t.span);
    if (index < 0) continue;
    const Sentence& sentence = doc.sentences[static_cast<size_t>(index)];
    Statement s;
    s.day = days_from_civil(date->year, date->month, date->day);
    for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) {
      const Token& token = doc.tokens[k];
      if (token.stop || token.kind != TokenKind::kWord || t.span.contains(token.span)) continue;
      s.stems.push_back(token.stem);
    }
    std::sort(s.stems.begin(), s.stems.end());
    s.stems.erase(std::unique(s.stems.begin(), s.stems.end()), s.stems.end());
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

void anchor_to_other_outlets(std::vector<Document>& documents, const TimexTagger& tagger, TimexScratch& scratch,
                             double trusted, double confidence) {
  // Only a cluster of one event told over a few days, and only reports that
  // say "yesterday" or the like: the work stays a few taggings of a few reports.
  long first = 0, last = 0;
  bool any = false;
  for (const Document& doc : documents) {
    const auto day = parse_iso_date(doc.published);
    if (!day || doc.published_confidence < trusted) continue;
    const long n = days_from_civil(day->year, day->month, day->day);
    first = any ? std::min(first, n) : n;
    last = any ? std::max(last, n) : n;
    any = true;
  }
  if (!any || last - first > kClusterDays) return;
  const auto waiting = [](const Document& doc) {
    return doc.published_from == DateSource::kUnknown && doc.kind == DocumentKind::kArticle && says_deictic_day(doc.text);
  };
  if (std::none_of(documents.begin(), documents.end(), waiting)) return;
  std::vector<Statement> anchors;
  for (const Document& doc : documents) {
    const auto day = parse_iso_date(doc.published);
    if (!day || doc.published_confidence < trusted) continue;
    std::vector<Statement> own = statements(doc, tagger, scratch, *day, false);
    anchors.insert(anchors.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
  }
  if (anchors.empty()) return;
  for (Document& doc : documents) {
    if (!waiting(doc)) continue;
    long best_day = 0;
    int best = 0;
    bool tied = false;
    for (long day = first - kBefore; day <= last + kAfter; ++day) {
      int agreeing = 0;
      for (const Statement& s : statements(doc, tagger, scratch, civil_from_days(day), true)) {
        agreeing += std::any_of(anchors.begin(), anchors.end(), [&s](const Statement& a) {
          return a.day == s.day && count_shared(a.stems, s.stems) >= kSharedWords;
        });
      }
      if (agreeing > best) {
        best = agreeing, best_day = day, tied = false;
      } else if (agreeing == best && agreeing > 0) {
        tied = true;
      }
    }
    if (best < kLeastAgreeing || tied) continue;
    doc.published = day_value(civil_from_days(best_day));
    doc.published_from = DateSource::kInferred;
    doc.published_confidence = confidence;
  }
}

}  // namespace chorus::time

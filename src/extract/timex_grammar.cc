// Time grammar, part 1: shared pieces and the rules for calendar names.
#include "extract/timex_grammar.h"

#include <algorithm>
#include <climits>
#include <cstdio>

namespace chorus::extract {
namespace {

std::string two_digits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

// Words after which a capitalized "May" or "March" is a month, not a verb.
bool month_context(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in", "of", "since", "until", "till", "by", "from", "through", "to", "before", "after",
      "during", "early", "late", "mid", "last", "next", "this", "that", "each", "every",
      "between", "and", "or", "end", "beginning", "start", "middle", "on", "the"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Days by which a date on the side the clause's tense does not point to must
// be nearer to win ("in March", told in December, is this year's March).
constexpr long kTenseLean = 90;

}  // namespace

TimexGrammar::TimexGrammar(const std::vector<TimexToken>& tokens,
                           std::optional<CivilDate> reference, const TimexOptions& options)
    : tokens_(tokens), reference_(reference), options_(options) {
  if (reference_) anchor_year_ = reference_->year;
}

bool TimexGrammar::word(size_t i, std::string_view w) const {
  return i < tokens_.size() && tokens_[i].shape == TokenShape::kWord && tokens_[i].lower == w;
}
bool TimexGrammar::punct(size_t i, char c) const {
  return i < tokens_.size() && tokens_[i].shape == TokenShape::kPunct && tokens_[i].punct == c;
}
bool TimexGrammar::glued(size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }
const WordInfo* TimexGrammar::info(size_t i) const {
  return i < tokens_.size() ? tokens_[i].info : nullptr;
}
uint32_t TimexGrammar::flags(size_t i) const {
  const WordInfo* w = info(i);
  return w ? w->flags : 0;
}
size_t TimexGrammar::skip_period(size_t i) const { return punct(i, '.') && glued(i) ? i + 1 : i; }

bool TimexGrammar::sentence_start(size_t i) const {
  if (i == 0 || tokens_[i].break_before) return true;
  const TimexToken& previous = tokens_[i - 1];
  return previous.shape == TokenShape::kPunct &&
         (previous.punct == '.' || previous.punct == '!' || previous.punct == '?' ||
          previous.punct == '"');
}

bool TimexGrammar::clause_future(size_t i) const {
  // Look back to the start of the sentence (at most 12 tokens) for a modal or
  // a scheduling word; a past-tense reporting word nearer stops the search.
  for (size_t k = i, steps = 0; k > 0 && steps < 16; --k, ++steps) {
    const TimexToken& t = tokens_[k - 1];
    if (t.shape == TokenShape::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' ||
                                          t.punct == ';'))
      break;
    if (t.info) {
      // "could be seen": a possibility then, not a plan.
      if (t.lower == "could" && k < tokens_.size() && tokens_[k].lower == "be") continue;
      if (t.info->flags & kFutureCue) return true;
      if (t.info->flags & kPastCue) return false;
    } else if (t.shape == TokenShape::kWord && t.lower.size() > 4 && t.lower.ends_with("ed")) {
      return false;
    }
    if (t.break_before) break;
  }
  return false;
}

bool TimexGrammar::count(size_t i, int& value, size_t& end) const {
  const TimexToken* t = at(i);
  if (!t) return false;
  if (t->shape == TokenShape::kNumber) {
    if (t->digits > 4 || punct(i + 1, ',') || (punct(i + 1, '.') && glued(i + 1) &&
                                               at(i + 2) && at(i + 2)->shape == TokenShape::kNumber))
      return false;
    value = t->number;
    end = i + 1;
    // "2 1/2 years": keep the whole part.
    if (at(i + 1) && at(i + 1)->shape == TokenShape::kNumber && punct(i + 2, '/')) end = i + 4;
    return true;
  }
  if (t->shape != TokenShape::kWord || !t->info) return false;
  const WordInfo& w = *t->info;
  if (w.flags & kArticle) {
    // "a few", "a couple of", "a dozen", else "a" = one.
    if (info(i + 1) && (info(i + 1)->flags & kVagueCount)) {
      value = -2;
      end = i + 2;
      return true;
    }
    if (word(i + 1, "couple")) {
      value = 2;
      end = word(i + 2, "of") ? i + 3 : i + 2;
      return true;
    }
    if (word(i + 1, "dozen")) {
      value = 12;
      end = i + 2;
      return true;
    }
    value = 1;
    end = i + 1;
    return true;
  }
  if (w.flags & kVagueCount) {
    value = -2;
    end = i + 1;
    return true;
  }
  if (w.number > 0 && t->lower != "couple" && t->lower != "dozen") {
    value = w.number;
    end = i + 1;
    // "twenty-four", "twenty four"
    if (value >= 20 && value < 100 && value % 10 == 0) {
      size_t j = punct(i + 1, '-') && glued(i + 1) ? i + 2 : i + 1;
      if (info(j) && info(j)->number > 0 && info(j)->number < 10) {
        value += info(j)->number;
        end = j + 1;
      }
    }
    if (word(end, "hundred")) {
      value *= 100;
      ++end;
    }
    return true;
  }
  return false;
}

bool TimexGrammar::year_at(size_t i, int& year, size_t& end, bool short_ok) const {
  const TimexToken* t = at(i);
  if (!t) return false;
  if (t->shape == TokenShape::kNumber && t->digits == 4 && t->number >= 1000 && t->number <= 2999) {
    year = t->number;
    end = i + 1;
    return true;
  }
  if (short_ok && punct(i, '\'') && at(i + 1) && at(i + 1)->shape == TokenShape::kNumber &&
      at(i + 1)->digits == 2 && glued(i + 1)) {
    const int century = reference_ ? reference_->year / 100 * 100 : 1900;
    year = century + at(i + 1)->number;
    if (reference_ && year > reference_->year + 10) year -= 100;
    end = i + 2;
    return true;
  }
  return false;
}

bool TimexGrammar::month_at(size_t i, int& month, size_t& end, bool loose) const {
  const TimexToken* t = at(i);
  if (!t || !t->info || t->info->month == 0 || !t->capital) return false;
  const bool abbreviation = t->lower.size() <= 4 && t->lower != "june" && t->lower != "july";
  end = abbreviation ? skip_period(i + 1) : i + 1;
  // "May" and "March" are verbs as often as months; "Mar"/"Jan"/"Dec" are
  // names. Ask for a date-like neighbour unless the caller already has one.
  const bool ambiguous = t->lower == "may" || t->lower == "march" || (abbreviation && end == i + 1);
  if (ambiguous && !loose) {
    const bool before = i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                        month_context(tokens_[i - 1].lower);
    const TimexToken* next = at(end);
    const bool after = next && (next->shape == TokenShape::kNumber || next->shape == TokenShape::kOrdinal);
    if (!before && !after) return false;
    if (t->lower == "may" && !after && i > 0 && tokens_[i - 1].lower == "that") return false;
  }
  month = t->info->month;
  return true;
}

bool TimexGrammar::day_number(size_t i, int& day, size_t& end) const {
  const TimexToken* t = at(i);
  if (!t) return false;
  if ((t->shape == TokenShape::kNumber || t->shape == TokenShape::kOrdinal) && t->digits <= 2 &&
      t->number >= 1 && t->number <= 31) {
    day = t->number;
    end = i + 1;
    return true;
  }
  if (t->info && t->info->ordinal > 0) {
    day = t->info->ordinal;
    end = i + 1;
    if (day == 20 && punct(end, '-') && info(end + 1) && info(end + 1)->ordinal > 0 &&
        info(end + 1)->ordinal < 10) {
      day += info(end + 1)->ordinal;
      end += 2;
    }
    return true;
  }
  return false;
}

int TimexGrammar::year_for_month(int month, int day, bool future) const {
  if (!reference_) return 0;
  const CivilDate& ref = *reference_;
  const int d = day ? day : 15;
  // News speaks of the recent past and the near future: the nearest such
  // date, a past one weighing less in a clause that speaks of the past.
  int best = ref.year;
  long best_cost = LONG_MAX;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    const long delta = days_from_civil(y, month, std::min(d, days_in_month(y, month))) -
                       days_from_civil(ref.year, ref.month, ref.day);
    long cost = delta < 0 ? -delta : delta;
    if (delta > 0 && !future) cost += kTenseLean;
    if (delta < 0 && future) cost += kTenseLean;
    if (cost < best_cost) {
      best = y;
      best_cost = cost;
    }
  }
  return best;
}

CivilDate TimexGrammar::resolve_weekday(int wanted, int relative, bool future) const {
  const CivilDate& ref = *reference_;
  const int today = weekday(ref);
  if (relative == -1) return add_days(ref, -((today - wanted + 6) % 7 + 1));
  if (relative == 1) return add_days(ref, (wanted - today + 6) % 7 + 1);
  if (relative == 2) return add_days(ref, wanted - today);  // this week's
  if (future) return add_days(ref, (wanted - today + 7) % 7);
  return add_days(ref, -((today - wanted + 7) % 7));
}

CivilDate TimexGrammar::anchor_day() const {
  if (options_.anchor_to_previous && anchor_) return *anchor_;
  return reference_ ? *reference_ : CivilDate{};
}

TimexMatch TimexGrammar::date_match(size_t end, CivilDate date, bool relative) const {
  TimexMatch m;
  m.end = end;
  m.value = day_value(date);
  m.relative = relative;
  m.year = date.year;
  if (date.year > 0) m.day = date;
  return m;
}

TimexGrammar::Result TimexGrammar::month_date(size_t i) const {
  int month = 0, day = 0, year = 0;
  size_t j = 0;
  // "last May", "this September", "next March" (a month name alone)
  if (const WordInfo* r = info(i); r && r->relative != 0 && !word(i, "past") && !word(i, "current") &&
                                   !word(i, "following") && month_at(i + 1, month, j, true) &&
                                   !(at(j) && (at(j)->shape == TokenShape::kNumber ||
                                               at(j)->shape == TokenShape::kOrdinal))) {
    if (!reference_) return std::nullopt;
    year = reference_->year;
    if (r->relative == -1 && month >= reference_->month) --year;
    if (r->relative == 1 && month <= reference_->month) ++year;
    TimexMatch m;
    m.end = j;
    m.value = month_value(year, month);
    m.year = year;
    m.relative = true;
    return m;
  }
  size_t start = i;
  if (word(i, "the") && day_number(i + 1, day, j) && word(j, "of")) start = i + 1;
  // Day Month [Year]: "1 December 2020", "the 25th of November"
  if (day_number(start, day, j)) {
    size_t k = word(j, "of") ? j + 1 : j;
    if (!(at(start)->shape == TokenShape::kNumber || at(start)->shape == TokenShape::kOrdinal) &&
        k == j)
      return std::nullopt;
    if (!month_at(k, month, k, true)) return std::nullopt;
    if (day > days_in_month(2000, month)) return std::nullopt;
    size_t end = k;
    size_t y = punct(k, ',') ? k + 1 : k;
    if (year_at(y, year, end, false)) {
    } else {
      year = year_for_month(month, day, clause_future(i));
      TimexMatch m = date_match(end, CivilDate{year, month, day}, true);
      if (!reference_) m.value = "XXXX-" + two_digits(month) + "-" + two_digits(day);
      return m;
    }
    return date_match(end, CivilDate{year, month, day}, false);
  }
  size_t k = 0;
  if (!month_at(i, month, k, false)) return std::nullopt;
  // Month Day [, Year]
  size_t d_end = 0;
  if (at(k) && at(k)->shape != TokenShape::kPunct && day_number(k, day, d_end) &&
      (at(k)->shape != TokenShape::kWord) && day <= days_in_month(2000, month) &&
      !(punct(d_end, ',') && at(d_end + 1) && at(d_end + 1)->shape == TokenShape::kNumber &&
        at(d_end + 1)->digits == 3)) {
    size_t end = d_end;
    size_t y = punct(end, ',') ? end + 1 : end;
    if (year_at(y, year, end, true)) return date_match(end, CivilDate{year, month, day}, false);
    year = year_for_month(month, day, clause_future(i));
    TimexMatch m = date_match(d_end, CivilDate{year, month, day}, true);
    if (!reference_) m.value = "XXXX-" + two_digits(month) + "-" + two_digits(day);
    return m;
  }
  // Month [of|,] Year
  size_t y = word(k, "of") || punct(k, ',') ? k + 1 : k;
  size_t end = 0;
  TimexMatch m;
  if (year_at(y, year, end, true)) {
    m.end = end;
    m.value = month_value(year, month);
    m.year = year;
    return m;
  }
  year = year_for_month(month, 0, clause_future(i));
  m.end = k;
  if (reference_ && info(k) && info(k)->relative && word(k + 1, "year")) {
    // "June last year", "March next year"
    const int r = info(k)->relative;
    if (r == -1 || r == 1 || r == 2) {
      year = reference_->year + (r == 2 ? 0 : r);
      m.end = k + 2;
    }
  }
  m.value = month_value(year, month);
  m.year = year;
  m.relative = true;
  return m;
}

bool TimexGrammar::sentence_between(size_t from, size_t to) const {
  for (size_t k = from + 1; k <= to && k < tokens_.size(); ++k) {
    if (sentence_start(k)) return true;
  }
  return false;
}

TimexGrammar::Result TimexGrammar::weekday_date(size_t i) const {
  size_t j = i;
  int relative = 0;
  if (info(i) && info(i)->relative != 0 && !word(i, "past") && !word(i, "current")) {
    relative = info(i)->relative == 1 && word(i, "following") ? 1 : info(i)->relative;
    ++j;
  }
  const TimexToken* t = at(j);
  if (!t || !t->info || t->info->weekday == 0 || !t->capital) return std::nullopt;
  const int wanted = t->info->weekday;
  size_t end = j + 1;
  if (t->lower.size() <= 5 && t->lower != "monday" && t->lower != "friday" && t->lower != "sunday") {
    if (!punct(end, '.') || !glued(end)) return std::nullopt;  // "Sun", "Wed" only as "Sun."
    ++end;
  }
  // "Monday, Oct. 26": the written date wins.
  if (punct(end, ',') || (at(end) && at(end)->info && at(end)->info->month)) {
    if (Result date = month_date(punct(end, ',') ? end + 1 : end); date && date->day) {
      date->relative = false;
      return date;
    }
  }
  if (!reference_) {
    TimexMatch m;
    m.end = end;
    m.value = "XXXX-WXX-" + std::to_string(wanted);
    return m;
  }
  const bool future = clause_future(i);
  CivilDate date = resolve_weekday(wanted, relative, future);
  if (future && relative == 0 && anchor_ && anchor_token_ < i && !sentence_between(anchor_token_, i)) {
    // "Two days later, the governor ordered ... by Sunday": the Sunday after that day.
    const int from = weekday(*anchor_);
    date = add_days(*anchor_, (wanted - from + 7) % 7);
  }
  TimexMatch m = date_match(end, date, true);
  // "Monday morning", "Friday night": the day is what news readers date by.
  if (info(end) && info(end)->part_of_day > 0 && !(flags(end) & kPlural)) m.end = end + 1;
  return m;
}

TimexGrammar::Result TimexGrammar::year_forms(size_t i) const {
  size_t j = i;
  const bool the = word(j, "the");
  if (the) ++j;
  TimexMatch m;
  int year = 0;
  size_t end = 0;
  // Decades: "1990s", "the '90s", "the 1980s"
  const bool quote = punct(j, '\'');
  if (const TimexToken* t = at(quote ? j + 1 : j); t && t->shape == TokenShape::kDecade &&
                                                 (t->digits == 4 || t->digits == 2) &&
                                                 t->number % 10 == 0) {
    int decade = t->number;
    if (t->digits == 2) decade += reference_ && reference_->year >= 2000 && decade < 30 ? 2000 : 1900;
    m.end = (quote ? j + 1 : j) + 1;
    m.value = std::to_string(decade / 10);
    m.year = 0;
    return m;
  }
  // Centuries: "the 20th century", "the nineteenth century"
  if (the && at(j) && (at(j)->shape == TokenShape::kOrdinal || (info(j) && info(j)->ordinal > 0))) {
    int n = 0;
    size_t k = 0;
    if (day_number(j, n, k) && info(k) && info(k)->unit == TimeUnit::kCentury && !(flags(k) & kPlural)) {
      m.end = k + 1;
      m.value = two_digits(n - 1);
      return m;
    }
  }
  // "the nineties", "the eighties"
  static constexpr std::pair<std::string_view, int> kDecades[] = {
      {"twenties", 2}, {"thirties", 3}, {"forties", 4}, {"fifties", 5}, {"sixties", 6},
      {"seventies", 7}, {"eighties", 8}, {"nineties", 9}};
  for (const auto& [name, tens] : kDecades) {
    if (the && word(j, name)) {
      m.end = j + 1;
      m.value = "19" + std::to_string(tens);
      return m;
    }
  }
  // Years in words: "nineteen ninety-six", "the year two thousand"
  int high = 0, low = 0;
  size_t h_end = 0, l_end = 0;
  const size_t w = the && word(j, "year") ? j + 1 : i;
  if (at(w) && at(w)->shape == TokenShape::kWord && count(w, high, h_end) && high >= 11 &&
      high <= 20 && h_end == w + 1 && at(h_end) && at(h_end)->shape == TokenShape::kWord &&
      count(h_end, low, l_end) && low >= 10 && low <= 99) {
    m.end = l_end;
    m.year = high * 100 + low;
    m.value = year_value(m.year);
    return m;
  }
  if (w != i && word(w, "two") && word(w + 1, "thousand")) {
    m.end = w + 2;
    m.year = 2000;
    if (count(m.end, low, l_end) && low > 0 && low < 100) {
      m.end = l_end;
      m.year += low;
    }
    m.value = year_value(m.year);
    return m;
  }
  // "year-end", "year end", "year's end": the end of the current year.
  if (word(j, "year") && (punct(j + 1, '-') || punct(j + 1, '\'')) &&
      (word(j + 2, "end") || (word(j + 2, "s") && word(j + 3, "end"))) && reference_) {
    m.end = word(j + 2, "end") ? j + 3 : j + 4;
    m.year = reference_->year;
    m.value = year_value(m.year);
    m.relative = true;
    return m;
  }
  if (the) return std::nullopt;
  // "fiscal 1989", "fiscal year 1990", "FY2020"
  size_t k = i;
  if (flags(k) & kFiscal) {
    ++k;
    if (word(k, "year")) ++k;
    if (!year_at(k, year, end, true)) return std::nullopt;
  } else if (word(k, "fy") && at(k + 1) && at(k + 1)->shape == TokenShape::kNumber) {
    year = at(k + 1)->number < 100 ? 2000 + at(k + 1)->number : at(k + 1)->number;
    end = k + 2;
  } else {
    if (!year_at(k, year, end, false)) return std::nullopt;
    // A count or an amount, not a year: "$1998", "2000 people", "1998%"
    if (i > 0 && (punct(i - 1, '$') || punct(i - 1, '#') || punct(i - 1, '+'))) return std::nullopt;
    if (punct(end, '%') || word(end, "percent") || punct(end, ':')) return std::nullopt;
    if (punct(end, ',') && at(end + 1) && at(end + 1)->shape == TokenShape::kNumber &&
        at(end + 1)->digits == 3 && glued(end + 1))
      return std::nullopt;
    if (i > 0 && punct(i - 1, ',') && glued(i) && at(i - 2) && at(i - 2)->shape == TokenShape::kNumber)
      return std::nullopt;
    if (i > 0 && punct(i - 1, '.') && glued(i)) return std::nullopt;
    if (year < 1800 || year > 2100) {
      const bool before = i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                          (month_context(tokens_[i - 1].lower) || tokens_[i - 1].lower == "year");
      if (!before) return std::nullopt;
    }
    const TimexToken* next = at(end);
    if (next && next->shape == TokenShape::kWord && !next->capital && !next->info &&
        (year < 1900 || year > 2040) && !(i > 0 && month_context(tokens_[i - 1].lower)))
      return std::nullopt;
  }
  m.end = end;
  m.value = year_value(year);
  m.year = year;
  return m;
}

TimexGrammar::Result TimexGrammar::quarter(size_t i) const {
  size_t j = word(i, "the") ? i + 1 : i;
  int year = 0;
  size_t end = 0;
  // "this year's third quarter", "1998's second half"
  int possessive_year = 0;
  if (year_at(j, possessive_year, end, false) && punct(end, '\'') && word(end + 1, "s")) {
    year = possessive_year;
    j = end + 2;
  } else if (info(j) && info(j)->relative == 2 && word(j + 1, "year") && punct(j + 2, '\'') &&
             word(j + 3, "s")) {
    year = reference_year();
    j += 4;
  }
  int which = 0;  // ordinal; 0 = the latest complete one, -1 = current
  bool named = false;
  bool year_before = false;  // "year-ago", "year-earlier": the same period a year before
  bool period = false;       // "the latest period": the quarter being reported
  // "the 1988 third quarter", "the 1989 period"
  if (j > i && year == 0 && year_at(j, year, end, false) &&
      (info(end) && (info(end)->ordinal || word(end, "quarter") || word(end, "period")))) {
    j = end;
    named = true;
  }
  for (;; ++j) {
    if (flags(j) & kFiscal) continue;
    if (info(j) && info(j)->ordinal > 0 && info(j)->ordinal <= 4) {
      which = info(j)->ordinal;
      named = true;
    } else if (at(j) && at(j)->shape == TokenShape::kOrdinal && at(j)->number >= 1 && at(j)->number <= 4) {
      which = at(j)->number;
      named = true;
    } else if (word(j, "latest") || word(j, "last") || word(j, "final") || word(j, "past") ||
               word(j, "previous") || word(j, "recent")) {
      named = true;
    } else if (word(j, "current") || word(j, "this")) {
      which = -1;
      named = true;
    } else if (word(j, "same") || word(j, "comparable") || word(j, "corresponding")) {
      named = period = true;
    } else if (word(j, "year") && punct(j + 1, '-') && (word(j + 2, "ago") || word(j + 2, "earlier"))) {
      year_before = named = period = true;
      j += 2;
    } else if (punct(j, '-') && glued(j) && named) {
      continue;
    } else {
      break;
    }
  }
  const bool is_half = word(j, "half");
  // "... last year", "... a year ago", "... a year earlier" after the period
  const auto year_back = [this](size_t k) -> size_t {
    if (word(k, "last") && word(k + 1, "year")) return 2;
    if ((word(k, "a") || word(k, "one")) && word(k + 1, "year") && (word(k + 2, "ago") || word(k + 2, "earlier")))
      return 3;
    return 0;
  };
  if (word(j, "period") && (period || word(j - 1, "latest") || year != 0) && (named || year)) {
    // "the latest period", "the year-ago period", "the same period": the quarter
    // the report is about.
    TimexMatch m;
    m.end = j + 1;
    if (const size_t back = year_back(m.end)) {
      m.end += back;
      year_before = true;
    }
    m.relative = true;
    if (last_quarter_) {
      m.year = (year ? year : last_quarter_year_) - (year_before ? 1 : 0);
      m.value = year_value(m.year) + "-Q" + std::to_string(last_quarter_);
    } else if (year || reference_) {
      m.year = (year ? year : reference_->year) - (year_before ? 1 : 0);
      m.value = year_value(m.year);
    } else {
      return std::nullopt;
    }
    return m;
  }
  if (year_before && !(word(j, "quarter") || is_half) && j > i) {
    // "year-earlier results": the adjective alone names the period a year before.
    TimexMatch m;
    size_t s = word(i, "the") ? i + 1 : i;
    if (!word(s, "year")) return std::nullopt;
    m.end = s + 3;
    m.relative = true;
    m.year = last_quarter_ ? last_quarter_year_ - 1 : reference_year() - 1;
    if (m.year <= 0) return std::nullopt;
    m.value = last_quarter_ ? year_value(m.year) + "-Q" + std::to_string(last_quarter_) : year_value(m.year);
    if (word(i, "the")) return std::nullopt;
    return m;
  }
  if (!(word(j, "quarter") || is_half) || (!named && j == i)) {
    // "Q3 2020", "Q3"
    const TimexToken* t = at(i);
    if (!t || t->shape != TokenShape::kWord || t->lower.size() != 2 || t->lower[0] != 'q' ||
        t->lower[1] < '1' || t->lower[1] > '4')
      return std::nullopt;
    which = t->lower[1] - '0';
    TimexMatch m;
    m.end = i + 1;
    if (!year_at(i + 1, year, m.end, true)) year = reference_year();
    m.value = year_value(year) + "-Q" + std::to_string(which);
    m.year = year;
    m.quarter = which;
    return m;
  }
  if (is_half && which > 2) return std::nullopt;
  if (!named && !word(i, "the")) return std::nullopt;
  end = j + 1;
  if (const size_t back = year_back(end); back && !is_half) {
    end += back;
    year_before = true;
  }
  int explicit_year = 0;
  size_t y = word(end, "of") || punct(end, ',') ? end + 1 : end;
  if (flags(y) & kFiscal) ++y;
  size_t y_end = 0;
  if (year_at(y, explicit_year, y_end, true)) {
    year = explicit_year;
    end = y_end;
  }
  TimexMatch m;
  m.end = end;
  if (year_before) {
    if (which <= 0 && last_quarter_) {
      which = last_quarter_;
      year = last_quarter_year_;
    }
    if (year == 0 && reference_) {
      const int current = (reference_->month - 1) / 3 + 1;
      year = which > 0 && which < current ? reference_->year : reference_->year - 1;
      if (which <= 0) which = current == 1 ? 4 : current - 1;
    }
    --year;
  }
  if (which <= 0 && reference_) {
    // "the quarter": the latest complete one; "the current quarter": this one.
    const int current = (reference_->month - 1) / 3 + 1;
    const int q = which == -1 ? current : current - 1;
    if (year == 0) year = q == 0 ? reference_->year - 1 : reference_->year;
    which = q == 0 ? 4 : q;
    if (is_half) which = reference_->month <= 6 ? 1 : 2;
  } else if (which > 0 && year == 0 && reference_) {
    const int current = is_half ? (reference_->month - 1) / 6 + 1 : (reference_->month - 1) / 3 + 1;
    year = which > current && !clause_future(i) ? reference_->year - 1 : reference_->year;
  }
  if (which <= 0) {
    m.value = year_value(year) + (is_half ? "-HX" : "-QX");
    return m;
  }
  m.value = year_value(year) + (is_half ? "-H" : "-Q") + std::to_string(which);
  m.relative = explicit_year == 0;
  m.year = year;
  if (!is_half && !year_before) m.quarter = which;
  return m;
}

TimexGrammar::Result TimexGrammar::season(size_t i) const {
  size_t j = i;
  int relative = 0;
  if (word(j, "the")) ++j;
  if (info(j) && info(j)->relative != 0 && !word(j, "past")) relative = info(j++)->relative;
  if (!info(j) || info(j)->season == 0) return std::nullopt;
  const int s = info(j)->season;
  static constexpr const char* kSeasons[] = {"", "SP", "SU", "FA", "WI"};
  size_t end = j + 1;
  int year = 0;
  size_t y = word(end, "of") ? end + 1 : end;
  const bool explicit_year = year_at(y, year, end, true);
  // "fall" and "spring" are verbs and nouns too: ask for a date-like frame.
  const bool framed = relative != 0 || explicit_year ||
                      (i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                       month_context(tokens_[i - 1].lower) && (j == i || word(i, "the")));
  if (!framed) return std::nullopt;
  if (!explicit_year) {
    year = reference_year();
    if (reference_) {
      const int current = reference_->month <= 2 || reference_->month == 12
                              ? 4
                              : (reference_->month - 3) / 3 + 1;
      if (relative == -1 || (relative == 0 && s > current && !clause_future(i))) --year;
      if (relative == 1 && s <= current) ++year;
    }
  }
  TimexMatch m;
  m.end = end;
  m.value = year_value(year) + "-" + kSeasons[s];
  m.year = year;
  m.relative = !explicit_year;
  return m;
}

TimexGrammar::Result TimexGrammar::holiday(size_t i) const {
  const WordInfo* w = info(i);
  if (!w || w->holiday == 0 || !at(i)->capital) return std::nullopt;
  // Several holidays share a first word ("Christmas", "Christmas Eve").
  for (int h = w->holiday; h <= 12; ++h) {
    const Holiday& rule = holiday_rule(h);
    if (at(i)->lower != rule.name) break;
    size_t end = i + 1;
    if (punct(end, '\'') && word(end + 1, "s")) end += 2;  // "New Year's", "Valentine's"
    if (rule.second) {
      if (!word(end, rule.second)) continue;
      ++end;
      if (punct(end, '\'') && word(end + 1, "s")) end += 2;
      if (word(end, "day") || word(end, "eve")) ++end;
    } else if (word(end, "day") || word(end, "eve")) {
      if (word(end, "eve") && holiday_rule(h + 1).second) continue;
      ++end;
    }
    int year = 0;
    size_t y_end = 0;
    const bool explicit_year = year_at(punct(end, ',') ? end + 1 : end, year, y_end, true);
    if (explicit_year) end = y_end;
    if (!explicit_year) year = year_for_month(rule.month ? rule.month : 4, rule.day ? rule.day : 15,
                                             clause_future(i));
    if (year == 0) {
      if (rule.nth || rule.easter) return std::nullopt;
      TimexMatch m;
      m.end = end;
      m.value = "XXXX-" + two_digits(rule.month) + "-" + two_digits(rule.day);
      return m;
    }
    CivilDate date = rule.easter ? easter(year)
                     : rule.nth  ? nth_weekday(year, rule.month, rule.weekday, rule.nth)
                                 : CivilDate{year, rule.month, rule.day};
    if (rule.weekday == 2 && rule.nth == 1) date = add_days(nth_weekday(year, 11, 1, 1), 1);
    return date_match(end, date, !explicit_year);
  }
  return std::nullopt;
}

TimexGrammar::Result TimexGrammar::numeric_date(size_t i) const {
  const TimexToken* a = at(i);
  if (!a || a->shape != TokenShape::kNumber) return std::nullopt;
  const TimexToken* b = at(i + 2);
  const TimexToken* c = at(i + 4);
  if (!b || !c || b->shape != TokenShape::kNumber || c->shape != TokenShape::kNumber) return std::nullopt;
  if (!glued(i + 1) || !glued(i + 2) || !glued(i + 3) || !glued(i + 4)) return std::nullopt;
  const char sep = at(i + 1)->shape == TokenShape::kPunct ? at(i + 1)->punct : 0;
  if (!(sep == '-' || sep == '/' || sep == '.') || !punct(i + 3, sep)) return std::nullopt;
  CivilDate date;
  if (a->digits == 4 && sep != '.') {
    date = CivilDate{a->number, b->number, c->number};  // 2020-12-01
  } else if (c->digits == 4 || (c->digits == 2 && sep == '/')) {
    const int year = c->digits == 4 ? c->number : (c->number < 50 ? 2000 : 1900) + c->number;
    date = sep == '.' ? CivilDate{year, b->number, a->number}   // 01.12.2020
                      : CivilDate{year, a->number, b->number};  // 12/01/2020
  } else {
    return std::nullopt;
  }
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month))
    return std::nullopt;
  return date_match(i + 5, date, false);
}

TimexGrammar::Result TimexGrammar::ordinal_day(size_t i) const {
  // "the 25th", "on the 25th of it": a day of the month last spoken of.
  if (!word(i, "the") || !at(i + 1) || at(i + 1)->shape != TokenShape::kOrdinal) return std::nullopt;
  const int day = at(i + 1)->number;
  if (day < 1 || day > 31) return std::nullopt;
  size_t end = i + 2;
  if (word(end, "of") && (word(end + 1, "it") || word(end + 1, "that"))) end += 2;
  if (word(end, "of") && word(end + 1, "the") && word(end + 2, "month")) end += 3;
  // "the 25th of last month", "of next month"
  int month_shift = 0;
  if (word(end, "of") && info(end + 1) && (info(end + 1)->relative == -1 || info(end + 1)->relative == 1) &&
      word(end + 2, "month") && reference_) {
    month_shift = info(end + 1)->relative;
    end += 3;
    const CivilDate base = add_months(CivilDate{reference_->year, reference_->month, 1}, month_shift);
    if (day > days_in_month(base.year, base.month)) return std::nullopt;
    return date_match(end, CivilDate{base.year, base.month, day}, true);
  }
  if (at(end) && at(end)->shape == TokenShape::kWord && !at(end)->info && !at(end)->capital &&
      !(word(end, "and") || word(end, "or")))
    return std::nullopt;  // "the 25th anniversary"
  const CivilDate anchor = anchor_day();
  if (anchor.year == 0 || day > days_in_month(anchor.year, anchor.month)) return std::nullopt;
  return date_match(end, CivilDate{anchor.year, anchor.month, day}, true);
}

}  // namespace chorus::extract

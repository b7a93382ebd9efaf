// Time grammar, part 1: shared pieces (token tests, counts, years, months,
// tense of the clause, resolution) and the month rules.
#include "time/timex_grammar.h"

#include <algorithm>
#include <climits>
#include <cstdio>

namespace chorus::time {
namespace {

// Days by which a date on the side the clause's tense does not point to must
// be nearer to win; a later date in a clause with an explicit past cue
// ("resigned in April", told in December) needs a larger margin.
constexpr long kTenseLean = 90;
constexpr long kPastLean = 150;

}  // namespace

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


TimexGrammar::TimexGrammar(const std::vector<TimexToken>& tokens, std::optional<CivilDate> reference,
                           const TimexOptions& options, const std::optional<TimexMemory>& carried)
    : tokens_(tokens), reference_(reference), options_(options) {
  if (reference_) anchor_year_ = reference_->year;
  if (carried) {
    anchor_ = carried->anchor;
    anchor_in_window_ = false;
    anchor_year_ = carried->anchor_year;
    anchor_decade_ = carried->anchor_decade;
    anchor_month_ = carried->anchor_month;
  }
}

bool TimexGrammar::word(size_t i, std::string_view w) const {
  return i < tokens_.size() && tokens_[i].shape == TokenShape::kWord && tokens_[i].lower() == w;
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

bool TimexGrammar::clause_future(size_t i) const { return clause_tense(i) > 0; }

int TimexGrammar::clause_tense(size_t i) const {
  // Look back to the start of the sentence (at most 20 tokens) for a modal or
  // a scheduling word; a past-tense reporting word nearer stops the search.
  // "as soon as Tuesday", "as early as next week": the earliest date of a plan.
  if (i >= 3 && word(i - 3, "as") && (word(i - 2, "soon") || word(i - 2, "early")) &&
      word(i - 1, "as"))
    return 1;
  bool until = false;  // "until"/"by" seen, no verb after the date decided
  for (size_t k = i, steps = 0; k > 0 && steps < 20; --k, ++steps) {
    const TimexToken& t = tokens_[k - 1];
    // The period of "a.m." or "U.S." ends no sentence.
    const bool abbreviation = t.shape == TokenShape::kPunct && t.punct == '.' && k >= 2 &&
                              !t.space_before && tokens_[k - 2].shape == TokenShape::kWord &&
                              tokens_[k - 2].lower().size() == 1;
    if (t.shape == TokenShape::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' ||
                                          t.punct == ';') && !abbreviation)
      break;
    if (t.info) {
      // "could be seen": a possibility then, not a plan.
      if (t.lower() == "could" && k < tokens_.size() && tokens_[k].lower() == "be") continue;
      if (t.info->flags & kFutureCue) {
        // "until", "by" and "due" are prepositions, not tenses: "Until
        // Tuesday, they had not ..." is past. The verb after decides.
        if ((t.lower() == "until" || t.lower() == "by" || t.lower() == "due") && tense_after(i) < 0)
          return -1;
        // "did not announce the figures until Monday": the verb before decides.
        if ((t.lower() == "until" || t.lower() == "till") && tense_after(i) == 0) {
          until = true;
          continue;
        }
        // "had been due to expire Friday": a plan told in the pluperfect was
        // overtaken before the moment of writing.
        if (k >= 3 && tokens_[k - 2].lower() == "been" && tokens_[k - 3].lower() == "had") return -1;
        return 1;
      }
    }
    // A past cue, or a past form ("announced"; not a name, "United", nor "indeed").
    const bool past = t.info ? (t.info->flags & kPastCue) != 0
                             : t.shape == TokenShape::kWord && !t.capital && t.lower().size() > 4 &&
                                   t.lower().ends_with("ed") && !t.lower().ends_with("eed");
    if (past) {
      // "will be held", "will be played": a passive after a modal; look further back.
      if (k >= 2 && tokens_[k - 2].lower() == "be") continue;
      return -1;
    }
    if (t.break_before) break;
  }
  if (until) return 1;
  // Nothing before it in the sentence ("On Tuesday, the league plans ..."):
  // the verb after decides.
  return tense_after(i);
}

int TimexGrammar::tense_after(size_t i) const {
  // The first verb cue in the rest of the clause after token `i`.
  for (size_t k = i + 1, steps = 0; k < tokens_.size() && steps < 12; ++k, ++steps) {
    const TimexToken& t = tokens_[k];
    if (t.break_before ||
        (t.shape == TokenShape::kPunct && (t.punct == '.' || t.punct == '!' || t.punct == '?' ||
                                           t.punct == ';')))
      return 0;
    // "On Friday, when ...": a subordinate clause's verb is not the date's.
    if (t.lower() == "when" || t.lower() == "while" || t.lower() == "as" || t.lower() == "because" ||
        t.lower() == "if" || t.lower() == "which" || t.lower() == "who")
      return 0;
    // "planned", "set" after the date are the clause's past verb, not a plan.
    if (t.info && (t.info->flags & kFutureCue) && t.lower() != "by" && t.lower() != "until" &&
        t.lower() != "set" && !t.lower().ends_with("ed"))
      return 1;
    if (t.info && (t.info->flags & kPastCue)) return -1;
  }
  return 0;
}

bool TimexGrammar::count(size_t i, int& value, size_t& end) const {
  const TimexToken* t = at(i);
  if (!t) return false;
  if (t->shape == TokenShape::kNumber) {
    // The decimals of "6.5 years" are no count of their own.
    if (i >= 2 && punct(i - 1, '.') && glued(i) && glued(i - 1) &&
        tokens_[i - 2].shape == TokenShape::kNumber)
      return false;
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
  if (w.number > 0 && t->lower() != "couple" && t->lower() != "dozen") {
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
  // (Spoken transcripts write years in words: "January nineteen ninety-seven".)
  if (short_ok && spelled_year_at(i, year, end)) return true;
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

bool TimexGrammar::spelled_year_at(size_t i, int& year, size_t& end) const {
  // "nineteen ninety-six": a hundreds word, then a two-digit number in words.
  int high = 0, low = 0;
  size_t h_end = 0, l_end = 0;
  if (!at(i) || at(i)->shape != TokenShape::kWord || !count(i, high, h_end) || high < 11 || high > 20 ||
      h_end != i + 1 || !at(h_end) || at(h_end)->shape != TokenShape::kWord || !count(h_end, low, l_end) ||
      low < 10 || low > 99)
    return false;
  year = high * 100 + low;
  end = l_end;
  return true;
}

bool TimexGrammar::month_at(size_t i, int& month, size_t& end, bool loose) const {
  const TimexToken* t = at(i);
  if (!t || !t->info || t->info->month == 0 || !t->capital) return false;
  const bool abbreviation =
      t->lower().size() <= 4 && t->lower() != "june" && t->lower() != "july" && t->lower() != "may";
  end = abbreviation ? skip_period(i + 1) : i + 1;
  // "May" and "March" are verbs as often as months; "Mar"/"Jan"/"Dec" are
  // names. Ask for a date-like neighbour unless the caller already has one.
  // Without its period an abbreviation is as often a name ("Jan", "Dec"):
  // only a day or a year after it makes it a month.
  if (abbreviation && end == i + 1 && !loose) {
    const TimexToken* next = at(end);
    if (!next || next->shape != TokenShape::kNumber) return false;
  }
  const bool ambiguous = t->lower() == "may" || t->lower() == "march";
  if (ambiguous && !loose) {
    const bool before = i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                        month_context(tokens_[i - 1].lower());
    const TimexToken* next = at(end);
    const bool after = next && (next->shape == TokenShape::kNumber || next->shape == TokenShape::kOrdinal);
    if (!before && !after) return false;
    if (t->lower() == "may" && !after && i > 0 && tokens_[i - 1].lower() == "that") return false;
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

int TimexGrammar::year_for_month(int month, int day, int tense) const {
  if (!reference_) return 0;
  const CivilDate& ref = *reference_;
  const bool future = tense > 0;

  const int d = day ? day : 15;
  // News speaks of the recent past and the near future: the nearest such
  // date, one on the side the clause's tense does not point to weighing
  // kTenseLean days more ("in March", told in December, is this year's March;
  // told in November in a past-tense report, still this year's).
  int best = ref.year;
  long best_cost = LONG_MAX;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    const long delta = days_from_civil(y, month, std::min(d, days_in_month(y, month))) -
                       days_from_civil(ref.year, ref.month, ref.day);
    long cost = delta < 0 ? -delta : delta;
    if (delta > 0 && !future) cost += tense < 0 ? kPastLean : kTenseLean;
    if (delta < 0 && future) cost += kTenseLean;
    if (cost < best_cost) {
      best = y;
      best_cost = cost;
    }
  }
  return best;
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
      year = year_for_month(month, day, clause_tense(i));
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
    year = year_for_month(month, day, clause_tense(i));
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
  year = year_for_month(month, 0, clause_tense(i));
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

bool TimexGrammar::title_case_unit(size_t begin, size_t end) const {
  for (size_t k = begin; k < end; ++k) {
    const WordInfo* w = tokens_[k].info;
    if (w && (w->holiday || w->month || w->weekday)) return false;  // "Christmas Day"
  }
  for (size_t k = begin; k < end; ++k) {
    const TimexToken& t = tokens_[k];
    // ("the 20th Century" is a century still.)
    const bool ordinal_century = t.info && t.info->unit == TimeUnit::kCentury && k > 0 &&
                                 tokens_[k - 1].shape == TokenShape::kOrdinal;
    if (t.capital && t.info && t.info->unit != TimeUnit::kNone && !sentence_start(k) &&
        t.lower().size() > 1 && !ordinal_century)
      return true;
  }
  return false;
}

bool TimexGrammar::sentence_between(size_t from, size_t to) const {
  for (size_t k = from + 1; k <= to && k < tokens_.size(); ++k) {
    if (sentence_start(k)) return true;
  }
  return false;
}

}  // namespace chorus::time

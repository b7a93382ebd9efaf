// Time grammar, part 3: quarters and halves of (fiscal) years, and the
// periods financial news compares ("the year-ago quarter", "the same period
// last year").
#include "time/timex_grammar.h"

namespace chorus::time {

TimexGrammar::Result TimexGrammar::quarter(size_t i) const {
  size_t j = word(i, "the") ? i + 1 : i;
  int year = 0;
  size_t end = 0;
  // "this year's third quarter", "1998's second half"
  int possessive_year = 0;
  size_t possessive = 0;  // where "... year's" ends
  if (year_at(j, possessive_year, end, false) && punct(end, '\'') && word(end + 1, "s")) {
    year = possessive_year;
    j = possessive = end + 2;
  } else if (info(j) && !word(j, "past") && word(j + 1, "year") && punct(j + 2, '\'') &&
             word(j + 3, "s") && reference_) {
    // "this year's", "last year's", "next year's"
    const int relative = info(j)->relative;
    if (relative == 2 || relative == 1 || relative == -1) {
      year = reference_year() + (relative == 2 ? 0 : relative);
      j = possessive = j + 4;
    }
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
    // "Q3 2020", "Q3", "H1 2013"
    const TimexToken* t = at(i);
    if (!t || t->shape != TokenShape::kWord || t->lower().size() != 2 || !t->capital ||
        !((t->lower()[0] == 'q' && t->lower()[1] >= '1' && t->lower()[1] <= '4') ||
          (t->lower()[0] == 'h' && t->lower()[1] >= '1' && t->lower()[1] <= '2')))
      return std::nullopt;
    which = t->lower()[1] - '0';
    const bool half = t->lower()[0] == 'h';
    TimexMatch m;
    m.end = i + 1;
    if (!year_at(i + 1, year, m.end, true)) {
      if (half) return std::nullopt;  // "H1" alone is a name as often (a visa, a virus)
      year = reference_year();
    }
    m.value = year_value(year) + (half ? "-H" : "-Q") + std::to_string(which);
    m.year = year;
    if (!half) m.quarter = which;
    return m;
  }
  if (is_half && which > 2) return std::nullopt;
  if (!named && !word(i, "the") && possessive == 0) return std::nullopt;
  end = j + 1;
  if (const size_t back = year_back(end); back && !is_half) {
    end += back;
    year_before = true;
  }
  // "the second half of last year", "the first quarter of next year"
  if (word(end, "of") && reference_ && info(end + 1) && word(end + 2, "year") &&
      (info(end + 1)->relative == -1 || info(end + 1)->relative == 1 ||
       info(end + 1)->relative == 2) && !word(end + 1, "past")) {
    const int relative = info(end + 1)->relative;
    year = reference_->year + (relative == 2 ? 0 : relative);
    end += 3;
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

}  // namespace chorus::time

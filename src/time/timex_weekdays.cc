// Time grammar: weekdays ("Tuesday", "last Friday", "Monday, Oct. 26",
// "Friday through Sunday") and the n-th weekday of a month ("the first
// Sunday in October").
#include "time/timex_grammar.h"

namespace chorus::time {

CivilDate TimexGrammar::resolve_weekday(int wanted, int relative, bool future) const {
  const CivilDate& ref = *reference_;
  const int today = weekday(ref);
  if (relative == -1) return add_days(ref, -((today - wanted + 6) % 7 + 1));
  if (relative == 1) return add_days(ref, (wanted - today + 6) % 7 + 1);
  if (relative == 2) return add_days(ref, wanted - today);  // this week's
  if (future) return add_days(ref, (wanted - today + 7) % 7);
  return add_days(ref, -((today - wanted + 7) % 7));
}

TimexGrammar::Result TimexGrammar::nth_weekday_date(size_t i) const {
  // "the first Sunday in October", "the last Thursday of the month"
  if (!word(i, "the") || !reference_) return std::nullopt;
  int nth = 0;
  if (word(i + 1, "last")) nth = -1;
  else if (info(i + 1) && info(i + 1)->ordinal >= 1 && info(i + 1)->ordinal <= 5) nth = info(i + 1)->ordinal;
  const TimexToken* day = at(i + 2);
  if (nth == 0 || !day || !day->info || !day->info->weekday || !day->capital || (day->info->flags & kPlural) ||
      !(word(i + 3, "in") || word(i + 3, "of")))
    return std::nullopt;
  int year = 0, month = 0;
  size_t end = 0;
  if (word(i + 4, "the") && word(i + 5, "month")) {
    year = reference_->year;
    month = reference_->month;
    end = i + 6;
  } else if (info(i + 4) && (info(i + 4)->relative == 1 || info(i + 4)->relative == -1 ||
                             info(i + 4)->relative == 2) && word(i + 5, "month")) {
    const CivilDate base = add_months(CivilDate{reference_->year, reference_->month, 1},
                                      info(i + 4)->relative == 2 ? 0 : info(i + 4)->relative);
    year = base.year;
    month = base.month;
    end = i + 6;
  } else if (month_at(i + 4, month, end, true)) {
    if (!year_at(punct(end, ',') ? end + 1 : end, year, end, true)) year = year_for_month(month, 0, clause_tense(i));
  } else {
    return std::nullopt;
  }
  return date_match(end, nth_weekday(year, month, day->info->weekday, nth), true);
}

TimexGrammar::Result TimexGrammar::weekday_date(size_t i) const {
  size_t j = i;
  int relative = 0;
  if (info(i) && info(i)->relative != 0 && !word(i, "past") && !word(i, "current")) {
    relative = info(i)->relative;
    ++j;
    // "this past Sunday", "this coming Friday"
    if (word(i, "this") && (word(j, "past") || word(j, "coming"))) relative = word(j++, "past") ? -1 : 1;
  }
  const TimexToken* t = at(j);
  if (!t || !t->info || t->info->weekday == 0 || !t->capital || (t->info->flags & kPlural))
    return std::nullopt;
  const int wanted = t->info->weekday;
  size_t end = j + 1;
  if (t->lower().size() <= 5 && t->lower() != "monday" && t->lower() != "friday" && t->lower() != "sunday") {
    if (!punct(end, '.') || !glued(end)) return std::nullopt;  // "Sun", "Wed" only as "Sun."
    ++end;
  }
  // "Monday, Oct. 26", "Sunday 1 December": the written date wins.
  const TimexToken* next = at(end);
  const bool day_month = next && (next->shape == TokenShape::kNumber || next->shape == TokenShape::kOrdinal) &&
                         next->digits <= 2 && info(end + 1) && info(end + 1)->month;
  if (punct(end, ',') || (next && next->info && next->info->month) || day_month) {
    // (Without a reference the year stays unknown: "XXXX-12-01".)
    if (Result date = month_date(punct(end, ',') ? end + 1 : end);
        date && (date->day || (!reference_ && date->value.size() == 10))) {
      // Without a written year, the weekday picks it: the nearest year in
      // which that day falls on that weekday.
      if (date->relative && date->day && reference_ && weekday(*date->day) != wanted) {
        const CivilDate written = *date->day;
        for (int year : {reference_->year, reference_->year - 1, reference_->year + 1}) {
          const CivilDate other{year, written.month, written.day};
          if (other.day <= days_in_month(other.year, other.month) && weekday(other) == wanted) {
            *date = date_match(date->end, other, true);
            break;
          }
        }
      }
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
  // "Wednesday's ruling": a possessive weekday names a day whose event the
  // text already reports, whatever the tense of the clause around it.
  const bool possessive = punct(end, '\'') && glued(end) && word(end + 1, "s");
  const bool future = !possessive && clause_future(i);
  CivilDate date = resolve_weekday(wanted, relative, future);
  // "Friday through Sunday", "Monday to Wednesday": the end after the start.
  if (relative == 0 && anchor_ && anchor_in_window_ && anchor_token_ + 2 == j && i == j && tokens_[j - 2].capital &&
      info(j - 2) && info(j - 2)->weekday &&
      (word(j - 1, "through") || word(j - 1, "to") || word(j - 1, "until") || word(j - 1, "till") ||
       word(j - 1, "thru") || (punct(j - 1, '-') && glued(j - 1) && glued(j)))) {
    const int from = weekday(*anchor_);
    date = add_days(*anchor_, (wanted - from + 6) % 7 + 1);
  }
  if (future && relative == 0 && anchor_ && anchor_in_window_ && anchor_token_ < i &&
      !sentence_between(anchor_token_, i)) {
    // "Two days later, the governor ordered ... by Sunday": the Sunday after that day.
    const int from = weekday(*anchor_);
    date = add_days(*anchor_, (wanted - from + 7) % 7);
  }
  TimexMatch m = date_match(end, date, true);
  // "Monday morning", "Friday night": a time of that day, as TimeML writes
  // it (TIME, "2020-11-30TMO").
  if (info(end) && info(end)->part_of_day > 0 && !(flags(end) & kPlural)) {
    m.type = TimexType::kTime;
    m.value += std::string("T") + kPartOfDayCodes[info(end)->part_of_day];
    m.end = end + 1;
  }
  return m;
}

}  // namespace chorus::time

// Time grammar, part 2: years, decades, centuries, seasons, holidays, numeric
// dates and "the 25th".
#include <algorithm>

#include "time/timex_grammar.h"

namespace chorus::time {

TimexGrammar::Result TimexGrammar::year_forms(size_t i) const {
  size_t j = i;
  const bool the = word(j, "the");
  if (the) ++j;
  TimexMatch m;
  int year = 0;
  size_t end = 0;
  // Decades: "1990s", "the '90s", "the 1980s"
  const bool quote = punct(j, '\'');
  // ("in his 30s" is an age: two digits need an apostrophe or "the".)
  if (const TimexToken* t = at(quote ? j + 1 : j); t && t->shape == TokenShape::kDecade &&
                                                 (t->digits == 4 || (t->digits == 2 && (quote || the))) &&
                                                 t->number % 10 == 0) {
    int decade = t->number;
    if (t->digits == 2) decade += reference_ && reference_->year >= 2000 && decade < 30 ? 2000 : 1900;
    m.end = (quote ? j + 1 : j) + 1;
    m.value = std::to_string(decade / 10);
    m.year = 0;
    return m;
  }
  // Centuries: "the 20th century", "the nineteenth century", "the late 19th century"
  const bool framed = the || (i > 0 && info(i - 1) && info(i - 1)->modifier);
  if (framed && at(j) && (at(j)->shape == TokenShape::kOrdinal || (info(j) && info(j)->ordinal > 0))) {
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
  int low = 0;
  size_t l_end = 0;
  const size_t w = the && word(j, "year") ? j + 1 : i;
  if (spelled_year_at(w, m.year, m.end)) {
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
    // "2008.17 points", "1299.59": a decimal number.
    if (punct(end, '.') && glued(end) && at(end + 1) && at(end + 1)->shape == TokenShape::kNumber && glued(end + 1))
      return std::nullopt;
    if (year < 1800 || year > 2100) {
      const bool before = i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                          (month_context(tokens_[i - 1].lower()) || tokens_[i - 1].lower() == "year");
      if (!before) return std::nullopt;
    }
    const TimexToken* next = at(end);
    if (next && next->shape == TokenShape::kWord && !next->capital && !next->info &&
        (year < 1900 || year > 2040) && !(i > 0 && month_context(tokens_[i - 1].lower())))
      return std::nullopt;
  }
  m.end = end;
  m.value = year_value(year);
  m.year = year;
  return m;
}

TimexGrammar::Result TimexGrammar::season(size_t i) const {
  size_t j = i;
  int relative = 0;
  if (word(j, "the")) ++j;
  if (info(j) && info(j)->relative != 0 && !word(j, "past")) relative = info(j++)->relative;
  if (!info(j) || info(j)->season == 0) return std::nullopt;
  const int s = info(j)->season;
  size_t end = j + 1;
  int year = 0;
  size_t y = word(end, "of") ? end + 1 : end;
  const bool explicit_year = year_at(y, year, end, true);
  // "continue to fall", "prices will fall": the verb (but "from spring to fall").
  if (j == i && i > 0) {
    static constexpr std::string_view kAuxiliaries[] = {"will", "would", "could", "can", "may", "might", "must",
                                                        "shall", "should", "did", "does", "do", "not", "to"};
    const std::string_view before = tokens_[i - 1].lower();
    const bool range = word(i - 1, "to") && ((i >= 3 && info(i - 2) && info(i - 2)->season) ||
                                             (i >= 4 && word(i - 3, "from")) || (i >= 5 && word(i - 4, "from")));
    if (!range && std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), before) != std::end(kAuxiliaries))
      return std::nullopt;
  }
  // "fall" and "spring" are verbs and nouns too: ask for a date-like frame.
  const bool framed = relative != 0 || explicit_year ||
                      (i > 0 && tokens_[i - 1].shape == TokenShape::kWord &&
                       month_context(tokens_[i - 1].lower()) && (j == i || word(i, "the")));
  if (!framed) return std::nullopt;
  // "after the fall of Saigon": the noun, not the season.
  if (!explicit_year && word(end, "of") && at(end + 1) && at(end + 1)->capital) return std::nullopt;
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
  m.value = year_value(year) + "-" + kSeasonCodes[s];
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
    if (at(i)->lower() != rule.name) break;
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

namespace {

// "22t10" (from "2013-03-22T10:15:00Z"): the day and the hour of an ISO 8601 time.
bool iso_day_hour(std::string_view s, int& day, int& hour) {
  if (s.size() != 5 || s[2] != 't') return false;
  for (size_t k : {0, 1, 3, 4})
    if (s[k] < '0' || s[k] > '9') return false;
  day = (s[0] - '0') * 10 + (s[1] - '0');
  hour = (s[3] - '0') * 10 + (s[4] - '0');
  return hour < 24;
}

}  // namespace

TimexGrammar::Result TimexGrammar::numeric_date(size_t i) const {
  const TimexToken* a = at(i);
  if (!a || a->shape != TokenShape::kNumber) return std::nullopt;
  const TimexToken* b = at(i + 2);
  const TimexToken* c = at(i + 4);
  if (!b || !c || b->shape != TokenShape::kNumber) return std::nullopt;
  int iso_day = 0, iso_hour = 0;
  if (c->shape == TokenShape::kOther && a->digits == 4 && punct(i + 1, '-') && punct(i + 3, '-') &&
      glued(i + 1) && glued(i + 2) && glued(i + 3) && glued(i + 4) &&
      iso_day_hour(c->lower(), iso_day, iso_hour) && punct(i + 5, ':') && glued(i + 5) &&
      at(i + 6) && glued(i + 6) && at(i + 6)->digits == 2 && at(i + 6)->number < 60) {
    // "2013-03-22T10:15:00Z": a time stamp, to the minute.
    const CivilDate date{a->number, b->number, iso_day};
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month))
      return std::nullopt;
    size_t end = i + 7;
    // seconds, with a zone letter glued ("00Z") or not
    if (punct(end, ':') && glued(end) && at(end + 1) && glued(end + 1) && at(end + 1)->lower().size() <= 3 &&
        at(end + 1)->lower()[0] >= '0' && at(end + 1)->lower()[0] <= '9')
      end += 2;
    // a zone offset: "+03:00"
    if ((punct(end, '+') || punct(end, '-')) && glued(end) && at(end + 1) && glued(end + 1) &&
        at(end + 1)->digits == 2 && punct(end + 2, ':') && glued(end + 2) && at(end + 3) &&
        glued(end + 3) && at(end + 3)->digits == 2)
      end += 4;
    TimexMatch m = date_match(end, date, false);
    m.type = TimexType::kTime;
    m.value += "T" + two_digits(iso_hour) + ":" + two_digits(at(i + 6)->number);
    return m;
  }
  if (c->shape != TokenShape::kNumber) return std::nullopt;
  if (!glued(i + 1) || !glued(i + 2) || !glued(i + 3) || !glued(i + 4)) return std::nullopt;
  const char sep = at(i + 1)->shape == TokenShape::kPunct ? at(i + 1)->punct : 0;
  if (!(sep == '-' || sep == '/' || sep == '.') || !punct(i + 3, sep)) return std::nullopt;
  CivilDate date;
  if (a->digits == 4 && sep != '.') {
    date = CivilDate{a->number, b->number, c->number};  // 2020-12-01
  } else if (c->digits == 4 || (c->digits == 2 && sep == '/')) {
    const int year = c->digits == 4 ? c->number : (c->number < 50 ? 2000 : 1900) + c->number;
    // 01.12.2020 and 22/03/2013 put the day first; 12/01/2020 is American.
    const bool day_first = sep == '.' || (a->number > 12 && b->number <= 12);
    date = day_first ? CivilDate{year, b->number, a->number} : CivilDate{year, a->number, b->number};
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
  if (at(end) && at(end)->shape == TokenShape::kWord && !at(end)->info &&
      !(word(end, "and") || word(end, "or")))
    return std::nullopt;  // "the 25th anniversary", "the 11th Circuit"
  const CivilDate anchor = anchor_day();
  if (anchor.year == 0 || day > days_in_month(anchor.year, anchor.month)) return std::nullopt;
  return date_match(end, CivilDate{anchor.year, anchor.month, day}, true);
}

}  // namespace chorus::time

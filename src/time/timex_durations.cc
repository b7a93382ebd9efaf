// Time grammar: units of time in relation to a date ("last week", "the next
// day", "that year") and durations ("six weeks", "nearly three decades",
// "five-year", "two weeks ago", "five days later").
#include "time/timex_grammar.h"

namespace chorus::time {
namespace {

std::string duration_value(int count, TimeUnit unit) {
  std::string out = is_time_unit(unit) ? "PT" : "P";
  if (unit == TimeUnit::kQuarter) return out + (count < 0 ? "X" : std::to_string(count)) + "Q";
  out += count < 0 ? "X" : std::to_string(count * unit_factor(unit));
  return out + unit_letter(unit);
}

// `whole` units and a half, in a smaller unit where TIMEX3 needs whole
// numbers: "a year and a half" P18M, "half an hour" PT30M.
std::string and_a_half(int whole, TimeUnit unit) {
  const std::string n = std::to_string(whole);
  switch (unit) {
    case TimeUnit::kYear: return "P" + std::to_string(whole * 12 + 6) + "M";
    case TimeUnit::kDecade: return "P" + std::to_string(whole * 10 + 5) + "Y";
    case TimeUnit::kCentury: return "P" + std::to_string(whole * 100 + 50) + "Y";
    case TimeUnit::kMonth: return "P" + (whole ? n + "M" : "") + "15D";
    case TimeUnit::kWeek: return "P" + std::to_string(whole * 7) + "DT84H";
    case TimeUnit::kDay: return "PT" + std::to_string(whole * 24 + 12) + "H";
    case TimeUnit::kHour: return "PT" + (whole ? n + "H" : "") + "30M";
    case TimeUnit::kMinute: return "PT" + (whole ? n + "M" : "") + "30S";
    default: return "";
  }
}

bool calendar_unit(TimeUnit u) {
  return u == TimeUnit::kDay || u == TimeUnit::kWeek || u == TimeUnit::kMonth ||
         u == TimeUnit::kYear || u == TimeUnit::kWeekend || u == TimeUnit::kDecade ||
         u == TimeUnit::kCentury;
}

// A date `count` units away from `base`, at the unit's granularity.
std::string shifted_value(const CivilDate& base, int count, TimeUnit unit, int& year,
                                 std::optional<CivilDate>& day) {
  switch (unit) {
    case TimeUnit::kDay: {
      const CivilDate d = add_days(base, count);
      day = d;
      year = d.year;
      return day_value(d);
    }
    case TimeUnit::kWeek:
    case TimeUnit::kFortnight:
      return week_value(add_days(base, 7L * count * unit_factor(unit)));
    case TimeUnit::kWeekend:
      return week_value(add_days(base, 7L * count)) + "-WE";
    case TimeUnit::kMonth: {
      const CivilDate d = add_months(base, count);
      year = d.year;
      return month_value(d.year, d.month);
    }
    case TimeUnit::kQuarter: {
      const int index = base.year * 4 + (base.month - 1) / 3 + count;
      year = index / 4;
      return year_value(index / 4) + "-Q" + std::to_string(index % 4 + 1);
    }
    case TimeUnit::kYear:
      year = base.year + count;
      return year_value(year);
    case TimeUnit::kDecade:
      if (count == 0) return std::to_string(base.year / 10);
      year = base.year + 10 * count;
      return year_value(year);
    case TimeUnit::kCentury:
      if (count == 0) return std::to_string(base.year / 100);
      year = base.year + 100 * count;
      return year_value(year);
    case TimeUnit::kHour:
    case TimeUnit::kMinute:
    case TimeUnit::kSecond:
      day = base;
      return day_value(base);
    default:
      return "";
  }
}

}  // namespace

TimexGrammar::Result TimexGrammar::from_anchor(size_t end, TimeUnit unit, int shift) const {
  if (!options_.anchor_to_previous) return std::nullopt;
  TimexMatch m;
  m.end = end;
  m.relative = true;
  if (unit == TimeUnit::kYear && anchor_year_ > 0) {
    m.year = anchor_year_ + shift;
    m.value = year_value(m.year);
    return m;
  }
  if (unit == TimeUnit::kMonth && anchor_month_) {
    const CivilDate month = add_months(*anchor_month_, shift);
    m.year = month.year;
    m.value = month_value(month.year, month.month);
    return m;
  }
  return std::nullopt;
}

TimexGrammar::Result TimexGrammar::relative_unit(size_t i) const {
  size_t j = i;
  const bool the = word(j, "the");
  if (the) ++j;
  // "that day", "the same year", "the next day", "the previous week": the
  // date the text last spoke of.
  int shift = 99;
  if ((!the && word(j, "that")) || (the && word(j, "same"))) shift = 0;
  else if (the && (word(j, "next") || word(j, "following"))) shift = 1;
  else if (the && (word(j, "previous") || word(j, "preceding") || word(j, "prior"))) shift = -1;
  // "the next morning", "that night": a part of the day the text spoke of
  if (shift != 99 && info(j + 1) && info(j + 1)->part_of_day && !(flags(j + 1) & kPlural)) {
    const CivilDate base = anchor_day();
    if (base.year == 0) return std::nullopt;
    TimexMatch m = date_match(j + 2, add_days(base, shift), true);
    m.type = TimexType::kTime;
    m.value += std::string("T") + kPartOfDayCodes[info(j + 1)->part_of_day];
    return m;
  }
  if (shift != 99) {
    const WordInfo* u = info(j + 1);
    // "the next decade", "the previous century": a stretch of time, as "the past decade".
    if (u && (u->unit == TimeUnit::kDecade || u->unit == TimeUnit::kCentury) && !(u->flags & kPlural) &&
        shift != 0) {
      TimexMatch m;
      m.type = TimexType::kDuration;
      m.end = j + 2;
      m.value = duration_value(1, u->unit);
      return m;
    }
    if (!u || !calendar_unit(u->unit) || (u->flags & kPlural) || u->unit == TimeUnit::kDecade ||
        u->unit == TimeUnit::kCentury)
      return std::nullopt;
    const CivilDate base = anchor_day();
    if (base.year == 0) return std::nullopt;
    // "the same year", "In March ... The following month": from the last one named.
    if (Result named = from_anchor(j + 2, u->unit, shift)) return named;
    TimexMatch m;
    m.end = j + 2;
    m.relative = true;
    m.value = shifted_value(base, shift, u->unit, m.year, m.day);
    return m;
  }
  // "the year ended March 31", "the fiscal year ending June 30": a
  // company's twelve-month period, a duration in TimeML (TimeBank).
  if (the && (word(j, "year") || ((flags(j) & kFiscal) && word(j + 1, "year")))) {
    const size_t unit = word(j, "year") ? j : j + 1;
    if (word(unit + 1, "ended") || word(unit + 1, "ending")) {
      TimexMatch m;
      m.type = TimexType::kDuration;
      m.end = unit + 1;
      m.value = "P1Y";
      return m;
    }
    // "for the year", "the first nine months of the year": the current year.
    const TimexToken* next = at(unit + 1);
    if (unit == j && reference_ && i > 0 && (word(i - 1, "for") || word(i - 1, "of")) &&
        (!next || (next->shape == TokenShape::kPunct && next->punct != '-') || word(unit + 1, "of"))) {
      TimexMatch m;
      m.end = unit + 1;
      m.relative = true;
      m.year = reference_->year;
      m.value = year_value(m.year);
      return m;
    }
  }
  // "the full year", "the fiscal year", "the whole year": the current one
  if (the && (word(j, "full") || (flags(j) & kFiscal) || word(j, "whole") || word(j, "entire")) &&
      word(j + 1, "year") && reference_) {
    TimexMatch m;
    m.end = j + 2;
    m.relative = true;
    m.year = reference_->year;
    m.value = year_value(m.year);
    return m;
  }
  // "the week of March 6", "the weekend of June 8": the calendar week (or its
  // weekend) holding that day.
  if (the && (word(j, "week") || word(j, "weekend")) && word(j + 1, "of")) {
    if (Result day = month_date(j + 2); day && day->day) {
      TimexMatch m;
      m.end = day->end;
      m.relative = day->relative;
      m.value = week_value(*day->day) + (word(j, "weekend") ? "-WE" : "");
      return m;
    }
  }
  // "the day before", "the day after" (closing the clause), "the day before
  // last Tuesday", "the day after Christmas": one day off the date named.
  if ((the || j == i) && word(j, "day") && (word(j + 1, "before") || word(j + 1, "after"))) {
    const int offset = word(j + 1, "before") ? -1 : 1;
    for (Result named : {weekday_date(j + 2), month_date(j + 2), day_word(j + 2), holiday(j + 2)}) {
      if (named && named->day && named->type == TimexType::kDate)
        return date_match(named->end, add_days(*named->day, offset), true);
    }
    if (!the) return std::nullopt;
    const TimexToken* next = at(j + 2);
    if (next && next->shape == TokenShape::kWord) return std::nullopt;
    const CivilDate base = anchor_day();
    if (base.year == 0) return std::nullopt;
    return date_match(j + 2, add_days(base, word(j + 1, "before") ? -1 : 1), true);
  }
  // "The year before, ...", "the month after.": one unit off the last year or
  // month named (closing the clause, as "the day before" above).
  if (the && (word(j, "year") || word(j, "month")) && (word(j + 1, "before") || word(j + 1, "after")) &&
      at(j + 2) && at(j + 2)->shape == TokenShape::kPunct) {
    if (Result named = from_anchor(j + 2, word(j, "year") ? TimeUnit::kYear : TimeUnit::kMonth,
                                   word(j + 1, "before") ? -1 : 1))
      return named;
  }
  // "last week", "this year", "next month", "the coming weekend", "the past year",
  // "this past weekend"
  const WordInfo* r = info(j);
  int relative = r ? r->relative : 0;
  if (word(j, "this") && (word(j + 1, "past") || word(j + 1, "coming"))) {
    relative = word(j + 1, "past") ? -1 : 1;
    ++j;
  }
  if (relative == 0 && the && word(j, "weekend")) {
    relative = 2;
    --j;
  } else if (relative == 0 || word(j, "following")) {
    return std::nullopt;
  }
  if (word(j, "past") && !the) relative = -1;
  // "next fiscal year", "the current fiscal year"
  const size_t unit = (flags(j + 1) & kFiscal) && word(j + 2, "year") ? j + 2 : j + 1;
  const WordInfo* u = info(unit);
  if (!u || !calendar_unit(u->unit) || (u->flags & kPlural)) return std::nullopt;
  if (u->unit == TimeUnit::kDay) return std::nullopt;  // "this day", "the next day" (above)
  TimexMatch m;
  m.end = unit + 1;
  m.relative = true;
  if ((u->unit == TimeUnit::kDecade || u->unit == TimeUnit::kCentury) && (relative == -1 || relative == 1)) {
    m.type = TimexType::kDuration;
    m.value = duration_value(1, u->unit);
    return m;
  }
  if (!reference_) {
    m.value = relative == 2 ? "PRESENT_REF" : relative < 0 ? "PAST_REF" : "FUTURE_REF";
    return m;
  }
  int count = relative == 2 ? 0 : relative;
  if (u->unit == TimeUnit::kWeekend && relative == 2 && weekday(*reference_) < 6 && !clause_future(i))
    count = -1;  // "the weekend" told on a weekday: the one just past
  m.value = shifted_value(*reference_, count, u->unit, m.year, m.day);
  return m;
}

TimexGrammar::Result TimexGrammar::duration(size_t i) const {
  size_t j = i;
  const bool the = word(j, "the");
  if (the) ++j;
  // "nearly", "more than", "at least", "some", "about", "another"
  for (;;) {
    if ((word(j, "more") || word(j, "less") || word(j, "fewer")) && word(j + 1, "than")) {
      j += 2;
    } else if ((word(j, "at") && word(j + 1, "least")) || (word(j, "up") && word(j + 1, "to"))) {
      j += 2;
    } else if ((flags(j) & kApprox) && !word(j, "more") && !word(j, "less") && !word(j, "fewer") &&
               !((flags(j) & kVagueCount) && !(at(j + 1) && at(j + 1)->shape == TokenShape::kNumber))) {
      ++j;
    } else {
      break;
    }
  }
  // "the past two months", "the first nine months", "the next several days"
  bool framed = false;
  // "to last three weeks", "could last years": the verb, not a frame.
  const bool last_verb = word(j, "last") && j > 0 &&
                         (word(j - 1, "to") || word(j - 1, "will") || word(j - 1, "would") ||
                          word(j - 1, "could") || word(j - 1, "may") || word(j - 1, "might") ||
                          word(j - 1, "can") || word(j - 1, "should") || word(j - 1, "did") ||
                          word(j - 1, "does") || word(j - 1, "must"));
  if (last_verb) return std::nullopt;
  if (word(j, "past") || word(j, "last") || word(j, "next") || word(j, "previous") ||
      word(j, "coming") || word(j, "first") || word(j, "final") || word(j, "following") ||
      word(j, "latest") || word(j, "full") || word(j, "entire")) {
    framed = true;
    ++j;
  }
  int n = 0;
  size_t k = 0;
  TimexMatch m;
  m.type = TimexType::kDuration;
  // "half an hour", "half a century"
  if (word(j, "half") && (word(j + 1, "a") || word(j + 1, "an")) && info(j + 2) &&
      !(flags(j + 2) & kPlural) && !and_a_half(0, info(j + 2)->unit).empty()) {
    m.end = j + 3;
    m.value = and_a_half(0, info(j + 2)->unit);
    return m;
  }
  // "day-long", "year-long": one unit
  if (const WordInfo* u = info(j); u && !(u->flags & kPlural) && calendar_unit(u->unit) &&
                                   punct(j + 1, '-') && glued(j + 1) && word(j + 2, "long")) {
    m.end = j + 3;
    m.value = duration_value(1, u->unit);
    return m;
  }
  // "6.5 years", "1.5 hours": a half more (other decimals are rare in news).
  bool plus_half = false;
  if (at(j) && at(j)->shape == TokenShape::kNumber && at(j)->digits <= 3 && punct(j + 1, '.') &&
      glued(j + 1) && glued(j + 2) && at(j + 2) && at(j + 2)->shape == TokenShape::kNumber &&
      at(j + 2)->lower() == "5") {
    n = at(j)->number;
    k = j + 3;
    plus_half = true;
  } else if (!count(j, n, k)) {
    // Plural unit alone: "years", "for months", "the past few weeks"
    const WordInfo* u = info(j);
    if (!u || !(u->flags & kPlural) || u->unit == TimeUnit::kNone || u->unit == TimeUnit::kHalf ||
        u->unit == TimeUnit::kQuarter || u->unit == TimeUnit::kSecond)
      return std::nullopt;
    if (the && !framed) return std::nullopt;
    if (punct(j + 1, '-') && glued(j + 1) && !word(j + 2, "long")) return std::nullopt;
    m.end = j + 1;
    if (punct(m.end, '-') && word(m.end + 1, "long")) m.end += 2;
    if (word(m.end, "ago")) {
      m.type = TimexType::kDate;
      m.value = "PAST_REF";
      m.end += 1;
      return m;
    }
    m.value = duration_value(-1, u->unit);
    return m;
  }
  // "a quarter-century", "half a century"
  if (n == 1 && word(k, "quarter") && (punct(k + 1, '-') || word(k + 1, "century"))) {
    const size_t c = punct(k + 1, '-') ? k + 2 : k + 1;
    if (word(c, "century")) {
      m.end = c + 1;
      m.value = "P25Y";
      return m;
    }
  }
  // "two and a half years"
  if (n > 0 && word(k, "and") && word(k + 1, "a") && word(k + 2, "half")) {
    plus_half = true;
    k += 3;
  }
  if (word(k, "more") || word(k, "full") || word(k, "straight") || word(k, "consecutive") ||
      word(k, "additional") || word(k, "trading") || word(k, "business") || word(k, "working"))
    ++k;
  const bool hyphen = punct(k, '-') && glued(k);  // "five-year", "16-hour"
  const size_t unit_at = hyphen ? k + 1 : k;
  const WordInfo* u = info(unit_at);
  if (!u || u->unit == TimeUnit::kNone || u->unit == TimeUnit::kHalf) return std::nullopt;
  const bool plural = u->flags & kPlural;
  const bool article = (flags(j) & kArticle) && k == j + 1;
  // "a day-long strike": "a" is no count, the adjective alone is the time.
  if (article && punct(unit_at + 1, '-') && word(unit_at + 2, "long")) return std::nullopt;
  if (article && plural) return std::nullopt;
  // "two-years" is not English (only "decades-long" and the like are).
  if (hyphen && plural && !(punct(unit_at + 1, '-') && word(unit_at + 2, "long"))) return std::nullopt;
  if (n == 1 && !article && plural && !plus_half) return std::nullopt;
  // "a second term", "two second-half goals": "second" alone is an ordinal.
  if (!plural && !hyphen && word(unit_at, "second")) return std::nullopt;
  if (u->unit == TimeUnit::kQuarter && article && !the) return std::nullopt;  // "a quarter of"
  if (u->unit == TimeUnit::kQuarter && !plural && !hyphen) return std::nullopt;
  m.end = unit_at + 1;
  // Ages ("a 6-year-old", "52 years old") are not times.
  if ((punct(m.end, '-') && word(m.end + 1, "old")) || word(m.end, "old")) return std::nullopt;
  if (punct(m.end, '-') && word(m.end + 1, "long")) m.end += 2;
  // "the two-week strike": the adjective alone.
  if (hyphen && the && j == i + 1) {
    Result inner = duration(i + 1);
    return inner;
  }
  if (word(m.end, "or") && word(m.end + 1, "so")) m.end += 2;
  if (plus_half && !and_a_half(n, u->unit).empty()) {
    m.value = and_a_half(n, u->unit);
    return m;
  }
  if (word(m.end, "and") && word(m.end + 1, "a") && word(m.end + 2, "half") && n > 0 &&
      !and_a_half(n, u->unit).empty()) {
    m.end += 3;  // "a year and a half": 18 months
    m.value = and_a_half(n, u->unit);
    return m;
  }
  // "two weeks ago", "five days later", "a year earlier", "three years from now"
  const bool ago = word(m.end, "ago");
  const bool from_now = word(m.end, "from") && word(m.end + 1, "now");
  bool later = false, earlier = false;
  if (!hyphen && !the && !framed) {
    if (word(m.end, "later") || word(m.end, "afterward") || word(m.end, "afterwards")) later = true;
    // "Three years on, it went public."
    if (word(m.end, "on") && (punct(m.end + 1, ',') || punct(m.end + 1, '.'))) later = true;
    if (word(m.end, "earlier")) earlier = true;
    if (word(m.end, "before") || word(m.end, "after")) {
      const TimexToken* next = at(m.end + 1);
      if (!next || next->shape == TokenShape::kPunct || word(m.end + 1, "that")) {
        earlier = word(m.end, "before");
        later = !earlier;
      }
    }
  }
  if (is_time_unit(u->unit) && !ago && !from_now) later = earlier = false;
  // "a month earlier than usual": a comparison, the duration alone.
  if ((later || earlier) && word(m.end + 1, "than")) later = earlier = false;
  if ((ago || from_now || later || earlier) && (calendar_unit(u->unit) || is_time_unit(u->unit))) {
    m.type = TimexType::kDate;
    m.relative = true;
    m.end += from_now ? 2 : 1;
    if (n < 0) {
      m.value = ago || earlier ? "PAST_REF" : "FUTURE_REF";
      return m;
    }
    const int signed_count = ago || earlier ? -n : n;
    // "a year earlier" beside a quarter: the same quarter a year before.
    if (u->unit == TimeUnit::kYear && n == 1 && last_quarter_) {
      m.value = year_value(last_quarter_year_ - 1) + "-Q" + std::to_string(last_quarter_);
      return m;
    }
    // "in the mid-1990s ... a decade later": decades from the last decade named.
    if (u->unit == TimeUnit::kDecade && (later || earlier) && options_.anchor_to_previous &&
        anchor_decade_ > 0) {
      m.value = std::to_string(anchor_decade_ + signed_count);
      return m;
    }
    // "passed in 1990 and amended two years later": years count from the last year named.
    if (later || earlier) {
      const int years = signed_count * (u->unit == TimeUnit::kDecade ? 10 : 1);
      if (u->unit == TimeUnit::kYear || u->unit == TimeUnit::kDecade)
        if (Result named = from_anchor(m.end, TimeUnit::kYear, years)) return named;
    }
    const CivilDate base = ago || from_now ? (reference_ ? *reference_ : CivilDate{}) : anchor_day();
    if (base.year == 0) {
      m.value = ago || earlier ? "PAST_REF" : "FUTURE_REF";
      return m;
    }
    m.value = shifted_value(base, signed_count, u->unit, m.year, m.day);
    return m;
  }
  if (u->unit == TimeUnit::kWeekend) return std::nullopt;
  m.value = duration_value(n, u->unit);
  if (n > 0 && k > j + 1 && at(j + 1) && at(j + 1)->shape == TokenShape::kNumber && punct(j + 2, '/')) {
    // "2 1/2 years": a half more, in the next smaller unit.
    if (u->unit == TimeUnit::kYear) m.value = "P" + std::to_string(n) + "Y6M";
    if (u->unit == TimeUnit::kHour) m.value = "PT" + std::to_string(n) + "H30M";
  }
  return m;
}

}  // namespace chorus::time

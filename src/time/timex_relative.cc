// Time grammar, part 2: clock times, modifiers, and expressions relative to
// the reference date or to an earlier date: "yesterday", "last week", "five
// days later", durations ("six weeks", "nearly three decades"), sets
// ("daily") and vague references ("now", "recently").
#include <algorithm>
#include <cstdio>
#include <string_view>

#include "time/timex_grammar.h"

namespace chorus::time {
namespace {


std::string clock_value(int hour, int minute) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", hour, minute);
  return buffer;
}

}  // namespace

TimexGrammar::Result TimexGrammar::clock_time(size_t i) const {
  int hour = -1, minute = 0;
  size_t end = i;
  const TimexToken* t = at(i);
  if (!t) return std::nullopt;
  if (word(i, "noon") || word(i, "midday")) {
    hour = 12;
    end = i + 1;
  } else if (word(i, "midnight")) {
    hour = 0;
    end = i + 1;
  } else if (t->shape == TokenShape::kClock && t->digits <= 2 && t->number >= 1 && t->number <= 12) {
    hour = t->number % 12 + (t->pm ? 12 : 0);
    end = i + 1;
  } else if (t->shape == TokenShape::kNumber && t->digits <= 2 && t->number <= 24) {
    hour = t->number;
    end = i + 1;
    bool has_minutes = false;
    if (punct(end, ':') && glued(end) && at(end + 1) && at(end + 1)->shape == TokenShape::kNumber &&
        at(end + 1)->digits == 2 && at(end + 1)->number < 60 && glued(end + 1)) {
      minute = at(end + 1)->number;
      end += 2;
      has_minutes = true;
      if (punct(end, ':') && glued(end) && at(end + 1) && at(end + 1)->digits == 2) end += 2;
    }
    // a.m. / p.m. / am / pm
    bool meridiem = false, pm = false;
    if ((word(end, "a") || word(end, "p")) && punct(end + 1, '.') && word(end + 2, "m") && glued(end + 1)) {
      pm = word(end, "p");
      end = skip_period(end + 3);
      meridiem = true;
    } else if (word(end, "am") || word(end, "pm")) {
      pm = word(end, "pm");
      ++end;
      meridiem = true;
    } else if (word(end, "o") && punct(end + 1, '\'') && word(end + 2, "clock")) {
      end += 3;
      meridiem = true;
    }
    if (meridiem) {
      if (hour < 1 || hour > 12) return std::nullopt;
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (!has_minutes) {
      // "4 in the morning"
      if (word(end, "in") && word(end + 1, "the") && info(end + 2) && info(end + 2)->part_of_day) {
        if (info(end + 2)->part_of_day >= 2 && hour < 12) hour += 12;
        end += 3;
      } else {
        return std::nullopt;
      }
    } else if (hour > 23 || (i > 0 && (punct(i - 1, ':') || punct(i - 1, '-')) && glued(i))) {
      return std::nullopt;  // a score or a verse, not a time
    }
  } else {
    return std::nullopt;
  }
  // Time zone: "EST", "GMT", "ET", "local time"
  static constexpr std::string_view kZones[] = {
      "et", "ct", "mt", "pt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
      "bst", "cet", "cest", "eet", "eest", "wet", "ist", "jst", "kst", "msk", "hkt", "sgt", "aest", "aedt"};
  const bool zone = at(end) && at(end)->shape == TokenShape::kWord && at(end)->capital &&
                    !at(end)->break_before &&
                    std::find(std::begin(kZones), std::end(kZones), at(end)->lower()) != std::end(kZones);
  // Universal time keeps its zone ("14:30 UTC" is T14:30Z); other zones are
  // left out, as TimeBank writes them.
  const bool universal = zone && (at(end)->lower() == "utc" || at(end)->lower() == "gmt");
  if (zone)
    ++end;
  else if (word(end, "local") && word(end + 1, "time"))
    end += 2;
  else if (at(end) && at(end)->shape == TokenShape::kWord && at(end)->capital && !at(end)->info &&
           word(end + 1, "time") && !at(end + 1)->capital)
    end += 2;  // "Moscow time", "Eastern time"
  // The day it falls on: "4 p.m. Tuesday", "10 a.m. today"; else the day
  // the text last spoke of.
  std::optional<CivilDate> day = anchor_day().year ? std::optional<CivilDate>(anchor_day()) : std::nullopt;
  bool relative = true;
  bool anchored = true;
  const size_t on = word(end, "on") ? end + 1 : end;
  // "... at 9 a.m.\nLast Wednesday, ...": a day on a new line or starting a
  // new sentence ("Last", "This") is not this time's.
  const auto starts_line = [this](size_t k) { return k < tokens_.size() && tokens_[k].break_before; };
  const bool new_sentence = on < tokens_.size() &&
                            (starts_line(on) || (tokens_[on].capital && info(on) && info(on)->relative != 0));
  if (Result d = new_sentence ? Result{} : weekday_date(on); d && d->day) {
    day = d->day;
    end = d->end;
    anchored = false;
  } else if (Result w = starts_line(end) ? Result{} : day_word(end); w && w->day) {
    day = w->day;
    end = w->end;
    anchored = false;
  } else if (word(end, "on") || punct(end, ',') || (info(end) && info(end)->month)) {
    const size_t date_at = info(end) && info(end)->month ? end : end + 1;
    if (Result m = starts_line(date_at) ? Result{} : month_date(date_at); m && m->day) {
      day = m->day;
      end = m->end;
      relative = m->relative;
      anchored = false;
    }
  }
  TimexMatch m;
  m.type = TimexType::kTime;
  m.end = end;
  m.value = (day ? day_value(*day) : std::string("XXXX-XX-XX")) + clock_value(hour, minute) + (universal ? "Z" : "");
  m.relative = relative;
  m.anchored = anchored;
  return m;
}

TimexGrammar::Result TimexGrammar::modified(size_t i) const {
  // "early", "late", "mid-", "the end of", "the beginning of", "earlier this"
  size_t j = i;
  if (word(j, "the")) ++j;
  const WordInfo* w = info(j);
  if (!w || w->modifier == 0) {
    if (!(word(j, "earlier") || word(j, "later")) || j != i) return std::nullopt;
  }
  ++j;
  if (punct(j, '-') && glued(j)) ++j;
  if (word(j, "of")) ++j;
  if (j == i + 1 && (word(i, "end") || word(i, "start") || word(i, "beginning") || word(i, "middle")))
    return std::nullopt;  // "end of" needs "the"
  // "the end of ...", and "the mid-1990s", "the early summer"
  if (word(i, "the") && !word(j - 1, "of")) {
    const TimexToken* t = at(j);
    const bool century = t && (t->shape == TokenShape::kOrdinal || (t->info && t->info->ordinal)) &&
                         info(j + 1) && info(j + 1)->unit == TimeUnit::kCentury;
    if (!t || !(t->shape == TokenShape::kDecade || (t->info && t->info->season) || century))
      return std::nullopt;
  }
  if (word(i, "earlier") || word(i, "later")) return std::nullopt;  // the unit alone is the timex
  Result best;
  for (Result r : {month_date(j), year_forms(j), season(j), relative_unit(j), day_word(j),
                   weekday_date(j), quarter(j)}) {
    if (r && r->type == TimexType::kDate && (!best || r->end > best->end)) best = r;
  }
  if (!best && word(j, "the")) {
    // "the end of the year/month/week": the current one.
    const WordInfo* u = info(j + 1);
    if (u && reference_ && !(u->flags & kPlural)) {
      TimexMatch m;
      m.end = j + 2;
      m.relative = true;
      if (u->unit == TimeUnit::kYear) m.value = year_value(reference_->year);
      else if (u->unit == TimeUnit::kMonth) m.value = month_value(reference_->year, reference_->month);
      else if (u->unit == TimeUnit::kWeek) m.value = week_value(*reference_);
      else if (u->unit == TimeUnit::kDecade) m.value = std::to_string(reference_->year / 10);
      else if (u->unit == TimeUnit::kCentury) m.value = std::to_string(reference_->year / 100);
      else return std::nullopt;
      return m;
    }
  }
  if (best) best->day.reset();  // "late November" names no single day
  return best;
}

TimexGrammar::Result TimexGrammar::day_word(size_t i) const {
  const WordInfo* w = info(i);
  size_t end = i + 1;
  int offset = 99;
  if (w && w->day_offset != 99) {
    // "USA Today", "Morning Today": a name, not the day.
    if (at(i)->capital && i > 0 && tokens_[i - 1].capital && tokens_[i - 1].shape == TokenShape::kWord &&
        !sentence_start(i))
      return std::nullopt;
    offset = w->day_offset;
  } else if (word(i, "the") && word(i + 1, "day") && (word(i + 2, "before") || word(i + 2, "after")) &&
             (word(i + 3, "yesterday") || word(i + 3, "tomorrow"))) {
    offset = word(i + 3, "yesterday") ? -2 : 2;
    end = i + 4;
  }
  if (offset == 99) return std::nullopt;
  if (!reference_) {
    TimexMatch m;
    m.end = end;
    m.value = "XXXX-XX-XX";
    return m;
  }
  TimexMatch m = date_match(end, add_days(*reference_, offset), true);
  if (word(i, "tonight")) return m;
  if (info(end) && info(end)->part_of_day > 0 && !(flags(end) & kPlural)) {
    m.type = TimexType::kTime;
    m.value += std::string("T") + kPartOfDayCodes[info(end)->part_of_day];
    m.end = end + 1;
  }
  return m;
}

TimexGrammar::Result TimexGrammar::part_of_day(size_t i) const {
  // "this morning", "last night", "Tuesday night" is weekday_date's.
  const WordInfo* w = info(i);
  if (!w || (w->relative != 2 && w->relative != -1) || word(i, "past") || word(i, "current"))
    return std::nullopt;
  const WordInfo* p = info(i + 1);
  if (!p || p->part_of_day == 0 || (p->flags & kPlural) || !reference_) return std::nullopt;
  const bool last = w->relative == -1;
  if (last && p->part_of_day != 4) return std::nullopt;
  TimexMatch m = date_match(i + 2, add_days(*reference_, last ? -1 : 0), true);
  m.type = TimexType::kTime;
  m.value += std::string("T") + kPartOfDayCodes[p->part_of_day];
  return m;
}

}  // namespace chorus::time

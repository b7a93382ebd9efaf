// Time grammar: sets ("daily", "every week", "twice a year") and vague
// references ("now", "recently", "the past", "the near future").
#include "time/timex_grammar.h"

namespace chorus::time {

TimexGrammar::Result TimexGrammar::set(size_t i) const {
  TimexMatch m;
  m.type = TimexType::kSet;
  if (const WordInfo* w = info(i); w && w->set) {
    m.end = i + 1;
    m.value = w->set;
    return m;
  }
  // "every week", "each year", "every other day", "every Monday", "per year"
  const auto number_at = [this](size_t k) {
    return tokens_[k].shape == TokenShape::kNumber && tokens_[k].digits < 4;
  };
  // "twice a year", "5% a year", "100,000 cars a day"
  const bool quantity_before =
      i > 0 && (word(i - 1, "twice") || word(i - 1, "once") || word(i - 1, "times") ||
                punct(i - 1, '%') || word(i - 1, "percent") || number_at(i - 1) ||
                (i > 1 && number_at(i - 2) && tokens_[i - 1].shape == TokenShape::kWord &&
                 !tokens_[i - 1].capital && !info(i - 1)));
  if (!(word(i, "every") || word(i, "each") || word(i, "per") ||
        ((word(i, "a") || word(i, "an")) && quantity_before)))
    return std::nullopt;
  size_t j = i + 1;
  int step = 1;
  if (word(j, "other")) {
    step = 2;
    ++j;
  } else if (word(i, "every") && at(j) && at(j)->shape == TokenShape::kWord && info(j) &&
             info(j)->number > 1 && info(j + 1) && (info(j + 1)->flags & kPlural)) {
    step = info(j)->number;  // "every four years"
    ++j;
  } else if (word(i, "every") && at(j) && at(j)->shape == TokenShape::kNumber && at(j)->number > 1 &&
             info(j + 1) && (info(j + 1)->flags & kPlural)) {
    step = at(j)->number;  // "every 90 minutes"
    ++j;
  }
  const WordInfo* u = info(j);
  if (!u || ((u->flags & kPlural) && step == 1) || (step > 2 && !(u->flags & kPlural))) return std::nullopt;
  m.end = j + 1;
  if (u->weekday && at(j)->capital && !word(i, "a")) {
    m.value = "XXXX-WXX-" + std::to_string(u->weekday);
    return m;
  }
  // "each July", "every summer"
  if (u->month && at(j)->capital && !word(i, "a")) {
    m.value = "XXXX-" + two_digits(u->month);
    return m;
  }
  if (u->season && !word(i, "a")) {
    m.value = std::string("XXXX-") + kSeasonCodes[u->season];
    return m;
  }
  if (u->unit != TimeUnit::kNone && u->unit != TimeUnit::kHalf && u->unit != TimeUnit::kQuarter) {
    m.value = "P" + std::to_string(step * unit_factor(u->unit)) + unit_letter(u->unit);
    if (is_time_unit(u->unit)) m.value.insert(1, "T");
    return m;
  }
  if (u->part_of_day && !word(i, "a")) {
    m.value = std::string("XXXX-XX-XXT") + kPartOfDayCodes[u->part_of_day];
    return m;
  }
  return std::nullopt;
}

TimexGrammar::Result TimexGrammar::recurring_weekday(size_t i) const {
  // "on Mondays", "Tuesday nights": every such day.
  const TimexToken* t = at(i);
  if (!t || !t->info || !t->info->weekday || !t->capital) return std::nullopt;
  const WordInfo* part = info(i + 1);
  const bool plural_part = part && part->part_of_day && (part->flags & kPlural);
  if (!(t->info->flags & kPlural) && !plural_part) return std::nullopt;
  TimexMatch m;
  m.type = TimexType::kSet;
  m.end = plural_part ? i + 2 : i + 1;
  m.value = "XXXX-WXX-" + std::to_string(t->info->weekday);
  if (plural_part) m.value += std::string("T") + kPartOfDayCodes[part->part_of_day];
  return m;
}

TimexGrammar::Result TimexGrammar::vague(size_t i) const {
  if (!options_.vague_references) return std::nullopt;
  TimexMatch m;
  m.end = i + 1;
  const bool the = word(i, "the");
  if (the && (word(i + 1, "past") || word(i + 1, "future"))) {
    m.end = i + 2;
    m.value = word(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
    return m;
  }
  if (the && (word(i + 1, "near") || word(i + 1, "short") || word(i + 1, "long")) &&
      word(i + 2, "term")) {
    m.end = i + 3;
    m.value = "FUTURE_REF";
    return m;
  }
  if (the && word(i + 1, "near") && word(i + 2, "future")) {
    m.end = i + 3;
    m.value = "FUTURE_REF";
    return m;
  }
  if ((word(i, "these") && word(i + 1, "days")) || (the && word(i + 1, "moment") && i > 0 && word(i - 1, "at"))) {
    m.end = i + 2;
    m.value = "PRESENT_REF";
    return m;
  }
  if (word(i, "present") && i > 0 && word(i - 1, "at")) {
    m.value = "PRESENT_REF";
    return m;
  }
  // "coming months", "past years" (without "the"): vague, not a count.
  if ((word(i, "coming") || word(i, "past")) && !(i > 0 && word(i - 1, "the")) && info(i + 1) &&
      (info(i + 1)->flags & kPlural) && info(i + 1)->unit != TimeUnit::kNone) {
    m.end = i + 2;
    m.value = word(i, "past") ? "PAST_REF" : "FUTURE_REF";
    return m;
  }
  const WordInfo* w = info(i);
  if (!w || !w->vague || word(i, "past") || word(i, "future") || word(i, "previously") ||
      word(i, "formerly"))
    return std::nullopt;
  if (word(i, "soon") && i > 0 && word(i - 1, "as") && !word(i + 2, "possible")) return std::nullopt;
  // "the soon-to-open plant": part of a compound adjective.
  if (punct(i + 1, '-') && glued(i + 1)) return std::nullopt;
  if (word(i, "soon") && word(i + 1, "as") && word(i + 2, "possible")) m.end = i + 3;
  if (word(i, "now") && i > 0 && word(i - 1, "right")) {
    // "right now" reads as one expression; the rule starts at "right" below.
  }
  if (word(i, "recent") && info(i + 1) && (info(i + 1)->flags & kPlural) &&
      info(i + 1)->unit != TimeUnit::kNone && info(i + 1)->unit != TimeUnit::kQuarter &&
      info(i + 1)->unit != TimeUnit::kWeekend && info(i + 1)->unit != TimeUnit::kYear &&
      info(i + 1)->unit != TimeUnit::kDecade && info(i + 1)->unit != TimeUnit::kCentury) {
    // "recent months", "recent weeks": a stretch of unknown length up to
    // now, as TimeML writes "the past few months" (PXM); "recent years" is
    // the vague past (PAST_REF, below).
    m.end = i + 2;
    m.type = TimexType::kDuration;
    const TimeUnit u = info(i + 1)->unit;
    m.value = std::string(is_time_unit(u) ? "PTX" : "PX") + unit_letter(u);
    return m;
  }
  if (word(i, "recent") && info(i + 1) && (info(i + 1)->flags & kPlural) &&
      info(i + 1)->unit != TimeUnit::kNone)
    m.end = i + 2;  // "recent years"
  m.value = w->vague;
  return m;
}

}  // namespace chorus::time

// The words of the time grammar: one immutable table from a lower-case word to
// everything it can mean in a temporal expression (a word may play several
// roles: "march" is a month, "second" an ordinal and a unit, "fall" a season).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chorus::time {

// TIMEX3 codes of the parts of day, by WordInfo::part_of_day: "TMO" for a morning.
inline constexpr const char* kPartOfDayCodes[] = {"", "MO", "AF", "EV", "NI"};
// TIMEX3 codes of the seasons, by WordInfo::season: "SU" for a summer.
inline constexpr const char* kSeasonCodes[] = {"", "SP", "SU", "FA", "WI"};


enum class TimeUnit : uint8_t { kNone, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kMonth,
                                kQuarter, kHalf, kYear, kDecade, kCentury, kFortnight };

enum WordFlag : uint32_t {
  kArticle = 1u << 0,      // a, an
  kPlural = 1u << 1,       // the unit word is plural ("years")
  kFutureCue = 1u << 2,    // will, scheduled, expected: the clause speaks of the future
  kApprox = 1u << 3,       // nearly, about, some: may open a duration
  kFiscal = 1u << 4,       // fiscal
  kVagueCount = 1u << 5,   // several, few, many: a count that is not a number
  kAgo = 1u << 6,          // ago
  kLater = 1u << 7,        // later, after, hence
  kEarlier = 1u << 8,      // earlier, before, previously (after a duration)
  kThe = 1u << 9,          // the
  kPastCue = 1u << 10,     // said, was: the clause reports the past
};

struct WordInfo {
  uint32_t flags = 0;
  int8_t month = 0;        // 1..12
  int8_t weekday = 0;      // 1 = Monday .. 7 = Sunday
  int16_t number = -1;     // cardinal value of a number word
  int8_t ordinal = 0;      // first = 1 ...
  TimeUnit unit = TimeUnit::kNone;
  int8_t season = 0;       // 1 spring, 2 summer, 3 fall, 4 winter
  int8_t part_of_day = 0;  // 1 morning, 2 afternoon, 3 evening, 4 night
  int8_t relative = 0;     // -1 last/past/previous, 0 none, 1 next/coming, 2 this/current
  int8_t modifier = 0;     // 1 early/beginning/start, 2 mid/middle, 3 late/end
  int8_t day_offset = 99;  // today 0, yesterday -1, tomorrow 1, tonight 0 (99 = none)
  int8_t holiday = 0;      // index into the holiday rules
  const char* vague = nullptr;  // PRESENT_REF, PAST_REF, FUTURE_REF for now, recently, soon
  const char* set = nullptr;    // P1D for daily, P1W for weekly ...
};

class TimexLexicon {
 public:
  TimexLexicon();
  // The entry of a lower-case word, or nullptr.
  const WordInfo* find(std::string_view lower) const {
    const auto it = words_.find(lower);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  WordInfo& add(std::string_view word) { return words_[std::string(word)]; }
  std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>> words_;
};

// Holiday rules, by WordInfo::holiday (1-based).
struct Holiday {
  const char* name;      // first word, lower case, as in the lexicon
  const char* second;    // a required second word ("day", "eve") or nullptr
  int month = 0;         // fixed date when `nth` is 0
  int day = 0;
  int weekday = 0;       // else the nth weekday of the month (-1 last)
  int nth = 0;
  bool easter = false;   // Easter Sunday plus `day` days
};
const Holiday& holiday_rule(int index);

// Value of a unit for durations: "Y", "M", "W", "D", "H" ... and the factor
// a count is multiplied by (decade = 10 years).
const char* unit_letter(TimeUnit unit);
int unit_factor(TimeUnit unit);
bool is_time_unit(TimeUnit unit);  // hours, minutes, seconds: "PT" durations

}  // namespace chorus::time

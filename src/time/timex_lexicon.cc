// The word tables of the time grammar. Plain data: extend here, not in the rules.
#include "time/timex_lexicon.h"

#include "text/number_words.h"

namespace chorus::time {
namespace {

struct Named { const char* word; int value; };

constexpr Named kMonths[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};

constexpr Named kWeekdays[] = {
    {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2}, {"wednesday", 3},
    {"wed", 3}, {"thursday", 4}, {"thu", 4}, {"thurs", 4}, {"friday", 5}, {"fri", 5},
    {"saturday", 6}, {"sat", 6}, {"sunday", 7}, {"sun", 7}};

// Besides text::kNumberWords (from "one": "zero" counts no time).
constexpr Named kNumbers[] = {{"hundred", 100}, {"dozen", 12}, {"couple", 2}};

constexpr Named kOrdinals[] = {
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
    {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
    {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
    {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
    {"twentieth", 20}, {"twenty-first", 21}, {"thirtieth", 30}};

struct UnitWord { const char* word; TimeUnit unit; bool plural; };
constexpr UnitWord kUnits[] = {
    {"second", TimeUnit::kSecond, false}, {"seconds", TimeUnit::kSecond, true},
    {"minute", TimeUnit::kMinute, false}, {"minutes", TimeUnit::kMinute, true},
    {"hour", TimeUnit::kHour, false}, {"hours", TimeUnit::kHour, true},
    {"day", TimeUnit::kDay, false}, {"days", TimeUnit::kDay, true},
    {"week", TimeUnit::kWeek, false}, {"weeks", TimeUnit::kWeek, true},
    {"weekend", TimeUnit::kWeekend, false}, {"weekends", TimeUnit::kWeekend, true},
    {"fortnight", TimeUnit::kFortnight, false}, {"month", TimeUnit::kMonth, false},
    {"months", TimeUnit::kMonth, true}, {"quarter", TimeUnit::kQuarter, false},
    {"quarters", TimeUnit::kQuarter, true}, {"half", TimeUnit::kHalf, false},
    {"year", TimeUnit::kYear, false}, {"years", TimeUnit::kYear, true},
    {"decade", TimeUnit::kDecade, false}, {"decades", TimeUnit::kDecade, true},
    {"century", TimeUnit::kCentury, false}, {"centuries", TimeUnit::kCentury, true}};

constexpr Named kSeasons[] = {{"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3},
                              {"winter", 4}};
constexpr Named kPartsOfDay[] = {{"morning", 1}, {"afternoon", 2}, {"evening", 3},
                                 {"night", 4}};
constexpr Named kRelative[] = {{"last", -1}, {"past", -1}, {"previous", -1}, {"next", 1},
                               {"coming", 1}, {"following", 1}, {"this", 2}, {"current", 2},
                               {"present", 2}};
constexpr Named kModifiers[] = {{"early", 1}, {"beginning", 1}, {"start", 1}, {"mid", 2},
                                {"middle", 2}, {"late", 3}, {"end", 3}};
constexpr Named kDayWords[] = {{"today", 0}, {"yesterday", -1}, {"tomorrow", 1},
                               {"tonight", 0}};

struct Vague { const char* word; const char* value; };
constexpr Vague kVague[] = {
    {"now", "PRESENT_REF"},        {"currently", "PRESENT_REF"}, {"nowadays", "PRESENT_REF"},
    {"presently", "PRESENT_REF"},  {"recently", "PAST_REF"},     {"recent", "PAST_REF"},
    {"lately", "PAST_REF"},        {"previously", "PAST_REF"},   {"formerly", "PAST_REF"},
    {"soon", "FUTURE_REF"},        {"future", "FUTURE_REF"},     {"past", "PAST_REF"},
    {"current", "PRESENT_REF"}};

struct SetWord { const char* word; const char* value; };
constexpr SetWord kSets[] = {{"daily", "P1D"},     {"weekly", "P1W"},    {"monthly", "P1M"},
                             {"yearly", "P1Y"},
                             {"hourly", "PT1H"},   {"nightly", "P1D"},   {"biweekly", "P2W"}};

// Only words that put the clause's event ahead of the moment of writing.
constexpr const char* kFutureCues[] = {"will", "ll", "shall", "going", "scheduled", "due",
                                       "upcoming", "until", "by", "expected", "expect", "expects", "is", "are",
                                       "plans", "planned", "plan", "planning", "intend", "intends", "begins", "starts", "meets", "set",
                                       "would", "could", "hoped", "hopes", "postponed",
                                       "delayed",
                                       // the present of a timetable: "The festival ends on Sunday"
                                       "opens", "closes", "ends", "airs", "resumes", "returns", "arrives",
                                       "leaves", "travels", "visits", "hosts", "faces", "plays", "launches",
                                       "expires", "concludes", "kicks", "heads"};
// The nearest of these before an expression decides the clause's tense (a
// word ending in "-ed" counts as past too).
constexpr const char* kPastCues[] = {"said", "was", "were", "had", "did", "ago", "last", "told",
                                     "came", "went", "began", "took", "made", "met", "left",
                                     "held", "gave", "saw", "won", "lost", "fell", "rose", "led",
                                     "got", "put", "sent", "spoke", "wrote", "found", "brought",
                                     "struck", "killed", "hit", "flew", "ran", "became", "chose",
                                     // irregular past forms that are no other word
                                     "ate", "awoke", "bled", "blew", "bought", "broke", "built",
                                     "caught", "clung", "dealt", "drank", "drew", "drove", "dug",
                                     "fed", "felt", "fled", "flung", "forbade", "forgave", "forgot",
                                     "fought", "froze", "grew", "heard", "hid", "hung", "knew",
                                     "meant", "overcame", "overtook", "paid", "rang", "rode",
                                     "sang", "sank", "sat", "shook", "shot", "slept", "slid",
                                     "sold", "sought", "spent", "spun", "stole", "stood", "stuck",
                                     "swam", "swept", "swore", "swung", "taught", "thought",
                                     "threw", "tore", "understood", "undertook", "withdrew",
                                     "woke", "wore", "wept"};
// "more than", "less than", "fewer than", "at least", "up to" are pairs (the rule checks).
constexpr const char* kApproxWords[] = {"nearly", "almost", "roughly", "approximately", "some",
                                        "more", "less", "fewer"};
constexpr const char* kVagueCounts[] = {"several", "few", "many", "some", "numerous"};

constexpr Holiday kHolidays[] = {
    {"christmas", nullptr, 12, 25, 0, 0, false},  {"christmas", "eve", 12, 24, 0, 0, false},
    {"new", "year", 1, 1, 0, 0, false},          {"halloween", nullptr, 10, 31, 0, 0, false},
    {"valentine", "day", 2, 14, 0, 0, false},    {"thanksgiving", nullptr, 11, 0, 4, 4, false},
    {"easter", nullptr, 0, 0, 0, 0, true},       {"independence", "day", 7, 4, 0, 0, false},
    {"labor", "day", 9, 0, 1, 1, false},         {"memorial", "day", 5, 0, 1, -1, false},
    {"election", "day", 11, 0, 2, 1, false},     {"boxing", "day", 12, 26, 0, 0, false}};

}  // namespace

const Holiday& holiday_rule(int index) { return kHolidays[index - 1]; }

TimexLexicon::TimexLexicon() {
  for (const Named& n : kMonths) add(n.word).month = static_cast<int8_t>(n.value);
  for (const Named& n : kWeekdays) {
    add(n.word).weekday = static_cast<int8_t>(n.value);
    // "on Mondays": a recurring day.
    if (std::string_view(n.word).size() > 5) {
      WordInfo& plural = add(std::string(n.word) + "s");
      plural.weekday = static_cast<int8_t>(n.value);
      plural.flags |= kPlural;
    }
  }
  for (const text::NumberWord& n : text::kNumberWords)
    if (n.value > 0) add(n.word).number = static_cast<int16_t>(n.value);
  for (const Named& n : kNumbers) add(n.word).number = static_cast<int16_t>(n.value);
  for (const Named& n : kOrdinals) add(n.word).ordinal = static_cast<int8_t>(n.value);
  for (const UnitWord& u : kUnits) {
    WordInfo& info = add(u.word);
    info.unit = u.unit;
    if (u.plural) info.flags |= kPlural;
  }
  for (const Named& n : kSeasons) add(n.word).season = static_cast<int8_t>(n.value);
  for (const Named& n : kPartsOfDay) add(n.word).part_of_day = static_cast<int8_t>(n.value);
  for (const Named& n : kPartsOfDay) {
    WordInfo& plural = add(std::string(n.word) + "s");  // "Tuesday nights"
    plural.part_of_day = static_cast<int8_t>(n.value);
    plural.flags |= kPlural;
  }
  add("midnight");
  add("noon");
  add("midday");
  for (const Named& n : kRelative) add(n.word).relative = static_cast<int8_t>(n.value);
  for (const Named& n : kModifiers) add(n.word).modifier = static_cast<int8_t>(n.value);
  for (const Named& n : kDayWords) add(n.word).day_offset = static_cast<int8_t>(n.value);
  for (const Vague& v : kVague) add(v.word).vague = v.value;
  for (const SetWord& s : kSets) add(s.word).set = s.value;
  for (const char* w : kFutureCues) add(w).flags |= kFutureCue;
  for (const char* w : kPastCues) add(w).flags |= kPastCue;
  for (const char* w : kApproxWords) add(w).flags |= kApprox;
  for (const char* w : kVagueCounts) add(w).flags |= kVagueCount;
  for (int i = 0; i < static_cast<int>(std::size(kHolidays)); ++i) {
    WordInfo& info = add(kHolidays[i].name);
    if (info.holiday == 0) info.holiday = static_cast<int8_t>(i + 1);
  }
  add("a").flags |= kArticle;
  add("an").flags |= kArticle;
  add("the").flags |= kThe;
  add("fiscal").flags |= kFiscal;
  add("ago").flags |= kAgo;
  for (const char* w : {"later", "after", "hence", "afterward", "afterwards", "on"})
    add(w).flags |= kLater;
  for (const char* w : {"earlier", "before", "prior"}) add(w).flags |= kEarlier;
  // Words that only start multi-word rules ("every week", "that day", "these
  // days", "right now", "FY2020", "Q3"); the tagger tries rules only at
  // tokens the lexicon knows.
  for (const char* w : {"every", "each", "per", "that", "these", "right", "latest", "fy", "q1", "q2", "q3",
                        "q4", "h1", "h2"})
    add(w);
}

const char* unit_letter(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond: return "S";
    case TimeUnit::kMinute: return "M";
    case TimeUnit::kHour: return "H";
    case TimeUnit::kDay: return "D";
    case TimeUnit::kWeek: return "W";
    case TimeUnit::kFortnight: return "W";
    case TimeUnit::kWeekend: return "WE";
    case TimeUnit::kMonth: return "M";
    case TimeUnit::kQuarter: return "Q";
    case TimeUnit::kHalf: return "M";
    case TimeUnit::kYear: return "Y";
    case TimeUnit::kDecade: return "Y";
    case TimeUnit::kCentury: return "Y";
    case TimeUnit::kNone: break;
  }
  return "";
}

int unit_factor(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kFortnight: return 2;
    case TimeUnit::kHalf: return 6;
    case TimeUnit::kDecade: return 10;
    case TimeUnit::kCentury: return 100;
    default: return 1;
  }
}

bool is_time_unit(TimeUnit unit) {
  return unit == TimeUnit::kHour || unit == TimeUnit::kMinute || unit == TimeUnit::kSecond;
}

}  // namespace chorus::time

#include "figures/quantity_lexicon.h"

#include <array>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/number_words.h"

namespace chorus::figures {
namespace {

using D = Dimension;

// Canonical units first; the spellings below point at them by name.
const std::vector<UnitInfo>& unit_table() {
  static const std::vector<UnitInfo> table = {
      {D::kPercent, "percent", 1},       {D::kPoints, "points", 1},
      {D::kLength, "mm", 0.001},         {D::kLength, "cm", 0.01},
      {D::kLength, "m", 1},              {D::kLength, "km", 1000},
      {D::kLength, "mile", 1609.344},    {D::kLength, "ft", 0.3048},
      {D::kLength, "yard", 0.9144},      {D::kLength, "inch", 0.0254},
      {D::kArea, "ha", 1e4},             {D::kArea, "acre", 4046.856},
      {D::kArea, "km2", 1e6},            {D::kArea, "m2", 1},
      {D::kVolume, "l", 1},              {D::kVolume, "m3", 1000},
      {D::kVolume, "gallon", 3.785},     {D::kVolume, "barrel", 158.987},
      {D::kMass, "kg", 1},               {D::kMass, "g", 0.001},
      {D::kMass, "tonne", 1000},         {D::kMass, "lb", 0.4536},
      {D::kMoney, "dollar", 1},          {D::kMoney, "euro", 1},
      {D::kMoney, "pound", 1},           {D::kMoney, "yen", 1},
      {D::kMoney, "yuan", 1},            {D::kMoney, "rupee", 1},
      {D::kMoney, "rouble", 1},          {D::kMoney, "franc", 1},
      {D::kMoney, "mark", 1},            {D::kMoney, "peso", 1},
      {D::kMoney, "lira", 1},            {D::kMoney, "shekel", 1},
      {D::kMoney, "manat", 1},           {D::kMoney, "cent", 1},
      {D::kDuration, "second", 1.0 / 86400}, {D::kDuration, "minute", 1.0 / 1440},
      {D::kDuration, "hour", 1.0 / 24},  {D::kDuration, "day", 1},
      {D::kDuration, "week", 7},         {D::kDuration, "month", 30.44},
      {D::kDuration, "year", 365.25},    {D::kDuration, "decade", 3652.5},
      {D::kDuration, "century", 36525},
      {D::kPower, "W", 1},               {D::kPower, "kW", 1e3},
      {D::kPower, "MW", 1e6},            {D::kPower, "GW", 1e9},
      {D::kSpeed, "km/h", 1},            {D::kSpeed, "mph", 1.609344},
      {D::kTemperature, "degree", 1},
  };
  return table;
}

// Spelling -> canonical unit. One-letter abbreviations are left out ("m" is
// also "million", "l" a letter): they count only glued to a number ("5m").
constexpr std::array<std::pair<std::string_view, std::string_view>, 84> kUnitSpellings{{
    {"percent", "percent"}, {"pct", "percent"}, {"points", "points"},
    {"mm", "mm"}, {"millimetre", "mm"}, {"millimetres", "mm"}, {"millimeter", "mm"},
    {"millimeters", "mm"}, {"cm", "cm"}, {"centimetre", "cm"}, {"centimetres", "cm"},
    {"centimeter", "cm"}, {"centimeters", "cm"}, {"metre", "m"}, {"metres", "m"},
    {"meter", "m"}, {"meters", "m"}, {"km", "km"}, {"kms", "km"}, {"kilometre", "km"},
    {"kilometres", "km"}, {"kilometer", "km"}, {"kilometers", "km"}, {"mile", "mile"},
    {"miles", "mile"}, {"ft", "ft"}, {"foot", "ft"}, {"feet", "ft"}, {"yard", "yard"},
    {"yards", "yard"}, {"inch", "inch"}, {"inches", "inch"}, {"hectare", "ha"},
    {"hectares", "ha"}, {"ha", "ha"}, {"acre", "acre"}, {"acres", "acre"},
    {"litre", "l"}, {"litres", "l"}, {"liter", "l"}, {"liters", "l"}, {"gallon", "gallon"},
    {"gallons", "gallon"}, {"barrel", "barrel"}, {"barrels", "barrel"}, {"kg", "kg"},
    {"kilogram", "kg"}, {"kilograms", "kg"}, {"kilos", "kg"}, {"gram", "g"}, {"grams", "g"},
    {"tonne", "tonne"}, {"tonnes", "tonne"}, {"ton", "tonne"}, {"tons", "tonne"},
    {"lb", "lb"}, {"lbs", "lb"}, {"dollar", "dollar"}, {"dollars", "dollar"},
    {"euro", "euro"}, {"euros", "euro"}, {"pounds", "pound"}, {"sterling", "pound"},
    {"yen", "yen"}, {"yuan", "yuan"}, {"rupees", "rupee"}, {"roubles", "rouble"},
    {"rubles", "rouble"}, {"francs", "franc"}, {"marks", "mark"}, {"pesos", "peso"},
    {"lira", "lira"}, {"shekels", "shekel"}, {"manat", "manat"}, {"cents", "cent"},
    {"seconds", "second"}, {"minutes", "minute"}, {"hours", "hour"}, {"days", "day"},
    {"weeks", "week"}, {"months", "month"}, {"years", "year"}, {"decades", "decade"},
    {"mph", "mph"},
}};
// Singular time units and power units: separate so the table above stays readable.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kMoreUnitSpellings{{
    {"second", "second"}, {"minute", "minute"}, {"hour", "hour"}, {"day", "day"},
    {"week", "week"}, {"month", "month"}, {"year", "year"}, {"decade", "decade"},
    {"century", "century"}, {"centuries", "century"}, {"kw", "kW"}, {"kilowatts", "kW"},
    {"mw", "MW"}, {"megawatt", "MW"}, {"megawatts", "MW"}, {"gw", "GW"}, {"gigawatts", "GW"},
    {"degrees", "degree"},
}};


constexpr std::array<std::string_view, 23> kMonths{
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov"};  // "dec" below: also a plain word only as an abbreviation

// Skipped between a counted noun and what happened to it ("were killed").
constexpr std::array<std::string_view, 22> kAuxiliaries{
    "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will",
    "would", "could", "should", "may", "might", "must", "can", "still", "also", "reportedly",
    "already"};

// Counted nouns that say only "persons": the predicate tells what is counted.
constexpr std::array<std::string_view, 10> kGenericPersons{
    "people", "persons", "person", "individuals", "others", "residents", "civilians",
    "citizens", "inhabitants", "villagers"};

struct EventWords {
  Event event;
  std::array<std::string_view, 12> words;
};
constexpr std::array<EventWords, 5> kEvents{{
    {Event::kDeath, {"killed", "killing", "kill", "kills", "dead", "died", "die", "dies",
                     "death", "deaths", "toll", "fatalities"}},
    {Event::kInjury, {"injured", "injuring", "injuries", "injury", "wounded", "wounding",
                      "hurt", "hospitalized", "hospitalised", "", "", ""}},
    {Event::kMissing, {"missing", "unaccounted", "", "", "", "", "", "", "", "", "", ""}},
    {Event::kDisplaced, {"evacuated", "evacuate", "evacuation", "evacuees", "displaced",
                         "relocated", "fled", "flee", "fleeing", "homeless", "", ""}},
    {Event::kArrest, {"arrested", "arrest", "arrests", "detained", "detaining", "", "", "", "",
                      "", "", ""}},
}};

template <typename Table>
bool contains(const Table& table, std::string_view word) {
  for (std::string_view entry : table) {
    if (entry == word) return true;
  }
  return false;
}

}  // namespace

const std::vector<UnitInfo>& units() { return unit_table(); }

int unit_index(std::string_view canonical) {
  const auto& table = unit_table();
  for (size_t i = 0; i < table.size(); ++i) {
    if (table[i].name == canonical) return static_cast<int>(i);
  }
  return -1;
}

namespace {

// The slow classification: string comparisons against every table.
WordClass classify_slow(std::string_view w) {
  WordClass out;
  if (const int n = text::number_word_value(w); n >= 0) out.kind = WordClass::kNumberWord, out.value = n;
  if (w == "dozen") out.kind = WordClass::kScale, out.value = 12;
  if (w == "hundred") out.kind = WordClass::kScale, out.value = 100;
  if (w == "thousand") out.kind = WordClass::kScale, out.value = 1e3;
  if (w == "million" || w == "mn") out.kind = WordClass::kScale, out.value = 1e6;
  if (w == "billion" || w == "bn") out.kind = WordClass::kScale, out.value = 1e9;
  if (w == "trillion" || w == "tn") out.kind = WordClass::kScale, out.value = 1e12;
  if (w == "dozens") out.kind = WordClass::kVaguePlural, out.value = 12;
  if (w == "tens") out.kind = WordClass::kVaguePlural, out.value = 10;
  if (w == "hundreds") out.kind = WordClass::kVaguePlural, out.value = 100;
  if (w == "thousands") out.kind = WordClass::kVaguePlural, out.value = 1e3;
  if (w == "millions") out.kind = WordClass::kVaguePlural, out.value = 1e6;
  if (w == "billions") out.kind = WordClass::kVaguePlural, out.value = 1e9;
  if (w == "a" || w == "an") out.kind = WordClass::kArticle;
  for (const auto& [spelling, canonical] : kUnitSpellings) {
    if (spelling == w) out.unit = static_cast<int16_t>(unit_index(canonical));
  }
  for (const auto& [spelling, canonical] : kMoreUnitSpellings) {
    if (spelling == w) out.unit = static_cast<int16_t>(unit_index(canonical));
  }
  out.month = contains(kMonths, w) || w == "dec";
  out.auxiliary = contains(kAuxiliaries, w);
  out.generic_person = contains(kGenericPersons, w);
  for (const EventWords& entry : kEvents) {
    if (!w.empty() && contains(entry.words, w)) out.event = entry.event;
  }
  return out;
}

// Every word of the tables with its class, built once: a lookup is one hash.
const std::unordered_map<std::string_view, WordClass>& word_table() {
  static const std::unordered_map<std::string_view, WordClass> table = [] {
    std::vector<std::string_view> all = {"dozen", "hundred", "thousand", "million", "mn", "billion", "bn",
                                         "trillion", "tn", "dozens", "tens", "hundreds", "thousands",
                                         "millions", "billions", "a", "an", "dec"};
    for (const text::NumberWord& n : text::kNumberWords) all.push_back(n.word);
    all.insert(all.end(), kMonths.begin(), kMonths.end());
    all.insert(all.end(), kAuxiliaries.begin(), kAuxiliaries.end());
    all.insert(all.end(), kGenericPersons.begin(), kGenericPersons.end());
    for (const auto& [spelling, canonical] : kUnitSpellings) all.push_back(spelling);
    for (const auto& [spelling, canonical] : kMoreUnitSpellings) all.push_back(spelling);
    for (const EventWords& entry : kEvents) all.insert(all.end(), entry.words.begin(), entry.words.end());
    std::unordered_map<std::string_view, WordClass> out;
    for (std::string_view word : all) {
      if (!word.empty()) out.emplace(word, classify_slow(word));
    }
    return out;
  }();
  return table;
}

}  // namespace

WordClass classify_word(std::string_view w) {
  const auto& table = word_table();
  const auto it = table.find(w);
  return it == table.end() ? WordClass{} : it->second;
}

ApproximatorMatch match_approximator(const std::string_view* words, int count) {
  // Longest phrases first; `words[count - 1]` is the word right before the number.
  struct Phrase {
    std::array<std::string_view, 3> words;  // in reading order, unused slots empty
    Approximation approximation;
  };
  static constexpr std::array<Phrase, 33> kPhrases{{
      {{"no", "more", "than"}, Approximation::kBelow},
      {{"no", "fewer", "than"}, Approximation::kAbove},
      {{"no", "less", "than"}, Approximation::kAbove},
      {{"as", "many", "as"}, Approximation::kBelow},
      {{"as", "much", "as"}, Approximation::kBelow},
      {{"as", "high", "as"}, Approximation::kBelow},
      {{"in", "excess", "of"}, Approximation::kAbove},
      {{"more", "than"}, Approximation::kAbove},
      {{"greater", "than"}, Approximation::kAbove},
      {{"at", "least"}, Approximation::kAbove},
      {{"upwards", "of"}, Approximation::kAbove},
      {{"well", "over"}, Approximation::kAbove},
      {{"just", "over"}, Approximation::kAbove},
      {{"less", "than"}, Approximation::kBelow},
      {{"fewer", "than"}, Approximation::kBelow},
      {{"up", "to"}, Approximation::kBelow},
      {{"at", "most"}, Approximation::kBelow},
      {{"just", "under"}, Approximation::kNearly},
      {{"close", "to"}, Approximation::kNearly},
      {{"an", "estimated"}, Approximation::kAbout},
      {{"over"}, Approximation::kAbove},
      {{"above"}, Approximation::kAbove},
      {{"nearly"}, Approximation::kNearly},
      {{"almost"}, Approximation::kNearly},
      {{"under"}, Approximation::kBelow},
      {{"about"}, Approximation::kAbout},
      {{"around"}, Approximation::kAbout},
      {{"some"}, Approximation::kAbout},
      {{"roughly"}, Approximation::kAbout},
      {{"approximately"}, Approximation::kAbout},
      {{"estimated"}, Approximation::kAbout},
      {{"circa"}, Approximation::kAbout},
      {{"approx"}, Approximation::kAbout},
  }};
  for (const Phrase& phrase : kPhrases) {
    int length = 0;
    while (length < 3 && !phrase.words[length].empty()) ++length;
    if (length > count) continue;
    bool match = true;
    for (int k = 0; k < length && match; ++k) match = words[count - length + k] == phrase.words[k];
    if (match) return {length, phrase.approximation};
  }
  return {};
}

int currency_symbol(std::string_view gap) {
  // The symbol is the last thing before the number: "$1.5", "US$ 20", "€300".
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  if (gap.ends_with("$")) return unit_index("dollar");
  if (gap.ends_with("\u20ac")) return unit_index("euro");
  if (gap.ends_with("\u00a3")) return unit_index("pound");
  if (gap.ends_with("\u00a5")) return unit_index("yen");
  return -1;
}

QuantityWords::QuantityWords(const Lexicon& lexicon) : classes_(lexicon.size()) {
  for (uint32_t id = 0; id < lexicon.size(); ++id) {
    const std::string_view word = lexicon.str(id);
    // Cheap filter: every word of the tables is short and starts with a letter.
    if (word.empty() || word.size() > 13 || !(word[0] >= 'a' && word[0] <= 'z')) continue;
    classes_[id] = classify_word(word);
  }
}

}  // namespace chorus::figures

// The abbreviation and sentence-starter tables: the one place to add an
// abbreviation. Each entry is written as it appears in running text, with its
// final period; the all-capitals form ("GEN.") is matched too, for datelines
// and headlines.
#include "text/abbreviations.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace chorus::text {
namespace {

using Kind = AbbreviationKind;

struct Entry {
  std::string_view word;
  Kind kind;
};

// clang-format off
constexpr Entry kAbbreviations[] = {
    // Titles and ranks before a name, and the place prefixes Saint, Mount,
    // Fort. "St." could end a sentence ("on Main St. The"), but "St. Louis"
    // is far more common in news.
    {"Mr.", Kind::kTitle}, {"Mrs.", Kind::kTitle}, {"Ms.", Kind::kTitle},
    {"Messrs.", Kind::kTitle}, {"Mmes.", Kind::kTitle}, {"Dr.", Kind::kTitle},
    {"Drs.", Kind::kTitle}, {"Prof.", Kind::kTitle}, {"Rev.", Kind::kTitle},
    {"Msgr.", Kind::kTitle}, {"Fr.", Kind::kTitle}, {"Hon.", Kind::kTitle},
    {"Gen.", Kind::kTitle}, {"Gens.", Kind::kTitle}, {"Lt.", Kind::kTitle},
    {"Col.", Kind::kTitle}, {"Maj.", Kind::kTitle}, {"Capt.", Kind::kTitle},
    {"Cmdr.", Kind::kTitle}, {"Adm.", Kind::kTitle}, {"Brig.", Kind::kTitle},
    {"Sgt.", Kind::kTitle}, {"Cpl.", Kind::kTitle}, {"Pvt.", Kind::kTitle},
    {"Det.", Kind::kTitle}, {"Insp.", Kind::kTitle}, {"Supt.", Kind::kTitle},
    {"Gov.", Kind::kTitle}, {"Govs.", Kind::kTitle}, {"Sen.", Kind::kTitle},
    {"Sens.", Kind::kTitle}, {"Rep.", Kind::kTitle}, {"Reps.", Kind::kTitle},
    {"Pres.", Kind::kTitle}, {"Amb.", Kind::kTitle}, {"Atty.", Kind::kTitle},
    {"Rt.", Kind::kTitle}, {"St.", Kind::kTitle}, {"Ste.", Kind::kTitle},
    {"Mt.", Kind::kTitle}, {"Ft.", Kind::kTitle},

    // Before a number.
    {"No.", Kind::kBeforeNumber}, {"Nos.", Kind::kBeforeNumber},
    {"Vol.", Kind::kBeforeNumber}, {"Vols.", Kind::kBeforeNumber},
    {"Art.", Kind::kBeforeNumber}, {"Fig.", Kind::kBeforeNumber},
    {"p.", Kind::kBeforeNumber}, {"pp.", Kind::kBeforeNumber},

    // Months, AP style plus the common variants ("Sep.", "Sept.").
    {"Jan.", Kind::kMonth}, {"Feb.", Kind::kMonth}, {"Mar.", Kind::kMonth},
    {"Apr.", Kind::kMonth}, {"Jun.", Kind::kMonth}, {"Jul.", Kind::kMonth},
    {"Aug.", Kind::kMonth}, {"Sep.", Kind::kMonth}, {"Sept.", Kind::kMonth},
    {"Oct.", Kind::kMonth}, {"Nov.", Kind::kMonth}, {"Dec.", Kind::kMonth},

    // Can end a sentence but usually modify what follows. Post-nominal
    // "Jr."/"Sr." are here rather than among the titles: "Martin Luther King
    // Jr. The ..." ends a sentence as often as "Jr. Day" goes on.
    {"U.S.", Kind::kAmbiguous}, {"U.N.", Kind::kAmbiguous},
    {"U.K.", Kind::kAmbiguous}, {"E.U.", Kind::kAmbiguous},
    {"a.m.", Kind::kAmbiguous}, {"p.m.", Kind::kAmbiguous},
    {"Jr.", Kind::kAmbiguous}, {"Sr.", Kind::kAmbiguous},
    {"Assn.", Kind::kAmbiguous}, {"Dept.", Kind::kAmbiguous},
    {"Univ.", Kind::kAmbiguous}, {"Ph.D.", Kind::kAmbiguous},
    {"M.D.", Kind::kAmbiguous},

    // Never end a sentence.
    {"vs.", Kind::kNeverFinal}, {"v.", Kind::kNeverFinal},
    {"e.g.", Kind::kNeverFinal}, {"i.e.", Kind::kNeverFinal},
    {"cf.", Kind::kNeverFinal}, {"viz.", Kind::kNeverFinal},
    {"approx.", Kind::kNeverFinal},

    // Company suffixes: AP writes "Apple Inc. chairman", and in the DUC 2004
    // news a capitalized word after one ("Chevron Corp. British Petroleum
    // ...") starts a new sentence four times in five.
    {"Inc.", Kind::kCompany}, {"Co.", Kind::kCompany},
    {"Cos.", Kind::kCompany}, {"Corp.", Kind::kCompany},
    {"Ltd.", Kind::kCompany}, {"Bros.", Kind::kCompany},
    {"Plc.", Kind::kCompany},

    // Usually final before a capitalized word (before a lower-case word any
    // abbreviation goes on): "etc." and the AP state abbreviations, which a
    // comma follows when the sentence continues.
    {"etc.", Kind::kUsuallyFinal},
    {"Ala.", Kind::kUsuallyFinal}, {"Ariz.", Kind::kUsuallyFinal},
    {"Ark.", Kind::kUsuallyFinal}, {"Calif.", Kind::kUsuallyFinal},
    {"Colo.", Kind::kUsuallyFinal}, {"Conn.", Kind::kUsuallyFinal},
    {"Del.", Kind::kUsuallyFinal}, {"Fla.", Kind::kUsuallyFinal},
    {"Ga.", Kind::kUsuallyFinal}, {"Ill.", Kind::kUsuallyFinal},
    {"Ind.", Kind::kUsuallyFinal}, {"Kan.", Kind::kUsuallyFinal},
    {"Ky.", Kind::kUsuallyFinal}, {"La.", Kind::kUsuallyFinal},
    {"Md.", Kind::kUsuallyFinal}, {"Mass.", Kind::kUsuallyFinal},
    {"Mich.", Kind::kUsuallyFinal}, {"Minn.", Kind::kUsuallyFinal},
    {"Miss.", Kind::kUsuallyFinal}, {"Mo.", Kind::kUsuallyFinal},
    {"Mont.", Kind::kUsuallyFinal}, {"Neb.", Kind::kUsuallyFinal},
    {"Nev.", Kind::kUsuallyFinal}, {"N.H.", Kind::kUsuallyFinal},
    {"N.J.", Kind::kUsuallyFinal}, {"N.M.", Kind::kUsuallyFinal},
    {"N.Y.", Kind::kUsuallyFinal}, {"N.C.", Kind::kUsuallyFinal},
    {"N.D.", Kind::kUsuallyFinal}, {"Okla.", Kind::kUsuallyFinal},
    {"Ore.", Kind::kUsuallyFinal}, {"Pa.", Kind::kUsuallyFinal},
    {"R.I.", Kind::kUsuallyFinal}, {"S.C.", Kind::kUsuallyFinal},
    {"S.D.", Kind::kUsuallyFinal}, {"Tenn.", Kind::kUsuallyFinal},
    {"Tex.", Kind::kUsuallyFinal}, {"Vt.", Kind::kUsuallyFinal},
    {"Va.", Kind::kUsuallyFinal}, {"Wash.", Kind::kUsuallyFinal},
    {"W.Va.", Kind::kUsuallyFinal}, {"Wis.", Kind::kUsuallyFinal},
    {"Wyo.", Kind::kUsuallyFinal}, {"D.C.", Kind::kUsuallyFinal},
};

// Capitalized function words that open sentences. Deliberately small: each
// must be a word that is almost never a name or part of one, because after
// "U.S." or an initial it decides for a break.
constexpr std::string_view kSentenceStarters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
    "His", "Her", "Its", "Their", "Our", "My", "Your",
    "This", "That", "These", "Those", "There", "Here", "Then", "Thus",
    "But", "And", "Or", "Nor", "So", "Yet", "Still", "Also", "Instead",
    "However", "Meanwhile", "Now", "Later", "Earlier", "Even", "Only",
    "In", "On", "At", "For", "From", "With", "By", "To", "Of", "As",
    "After", "Before", "During", "Since", "Until", "Under", "Over",
    "Despite", "Among", "According", "Once",
    "When", "While", "If", "Although", "Though", "Because",
    "What", "Who", "Why", "How", "Where", "Which",
    "Some", "Many", "Most", "Several", "All", "Both", "Each", "Every",
    "Such", "Other", "Another", "Neither", "Either",
};
// clang-format on

std::string to_upper_ascii(std::string_view word) {
  std::string upper(word);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

// A sorted table with each form and its all-capitals twin, so a lookup is one
// binary search with no case folding at the call site.
template <typename Value>
class FormTable {
 public:
  void add(std::string_view word, Value value) {
    rows_.emplace_back(std::string(word), value);
    // No capitals twin for a one-letter entry: "P." is an initial, not "p.".
    std::string upper = to_upper_ascii(word);
    if (upper != word && word.size() > 2) rows_.emplace_back(std::move(upper), value);
  }
  void seal() { std::sort(rows_.begin(), rows_.end()); }

  const Value* find(std::string_view word) const {
    auto it = std::lower_bound(
        rows_.begin(), rows_.end(), word,
        [](const std::pair<std::string, Value>& row, std::string_view key) {
          return std::string_view(row.first) < key;
        });
    if (it == rows_.end() || it->first != word) return nullptr;
    return &it->second;
  }

 private:
  std::vector<std::pair<std::string, Value>> rows_;
};

const FormTable<Kind>& abbreviation_table() {
  static const FormTable<Kind> table = [] {
    FormTable<Kind> t;
    for (const Entry& e : kAbbreviations) t.add(e.word, e.kind);
    t.seal();
    return t;
  }();
  return table;
}

const FormTable<bool>& starter_table() {
  static const FormTable<bool> table = [] {
    FormTable<bool> t;
    for (std::string_view w : kSentenceStarters) t.add(w, true);
    t.seal();
    return t;
  }();
  return table;
}

}  // namespace

std::optional<AbbreviationKind> find_abbreviation(std::string_view word) {
  if (const Kind* kind = abbreviation_table().find(word)) return *kind;
  return std::nullopt;
}

bool is_initials(std::string_view word) {
  if (word.empty() || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    if (word[i] < 'A' || word[i] > 'Z' || word[i + 1] != '.') return false;
  }
  return true;
}

bool is_sentence_starter(std::string_view word) {
  return starter_table().find(word) != nullptr;
}

}  // namespace chorus::text

#include "entities/entity_names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <vector>

namespace chorus::entities {
namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Letters that do not decompose into a base letter and a mark.
UChar32 base_letter(UChar32 c) {
  switch (c) {
    case 0x0131: return 'i';  // dotless i
    case 0x0259: return 'a';  // schwa: Azerbaijani names write it "a" in English
    case 0x00F8: return 'o';
    case 0x0111: return 'd';
    case 0x0142: return 'l';
    case 0x00F0: return 'd';
    default: return c;
  }
}

// Lower case and diacritics off, through ICU (NFD, marks dropped).
std::string fold_unicode(std::string_view text) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  in.foldCase(U_FOLD_CASE_DEFAULT);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(in, status) : in;
  if (U_FAILURE(status)) decomposed = in;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    const UChar32 base = base_letter(c);
    if (base == 0x00E6) out.append(icu::UnicodeString("ae"));
    else if (base == 0x0153) out.append(icu::UnicodeString("oe"));
    else if (base == 0x00FE) out.append(icu::UnicodeString("th"));
    else out.append(base);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The key of one folded word (see name_key).
void word_key(std::string_view w, std::string& out) {
  std::string s;
  size_t i = 0;
  // Initial "ye", "yu", "ya" transliterate one Cyrillic letter written "e", "u", "a" too.
  if (w.size() > 1 && w[0] == 'y' && is_vowel(w[1])) i = 1;
  for (; i < w.size(); ++i) {
    const std::string_view rest = w.substr(i);
    if (rest.starts_with("dzh")) s += 'j', i += 2;
    else if (rest.starts_with("dj") || rest.starts_with("zh") || rest.starts_with("ch")) s += 'j', ++i;
    else if (rest.starts_with("ck")) s += 'k', ++i;
    else if (rest.starts_with("gh")) s += 'g', ++i;
    else if (rest.starts_with("kh")) s += 'h', ++i;
    else if (rest.starts_with("ph")) s += 'f', ++i;
    else if (w[i] == 'c') s += 'j';
    else if (w[i] == 'x') s += 'h';
    else if (w[i] == 'w') s += 'v';
    else if (w[i] == 'q') s += 'k';
    else s += w[i];
  }
  // Doubled letters collapse as written ("rr"), before vowels go, so
  // "Delalic" and "Delic" keep different keys.
  for (size_t k = 0; k < s.size(); ++k) {
    if (k > 0 && s[k] == s[k - 1]) continue;
    if (k > 0 && is_vowel(s[k])) continue;
    out += s[k];
  }
}

struct Title {
  std::string_view written;
  std::string_view role;  // "" for honorifics
};

// Longer entries first, so "Prime Minister" wins over "Minister".
constexpr std::array kTitles = {
    Title{"Deputy Prime Minister", "Deputy Prime Minister"}, Title{"Secretary of State", "Secretary of State"},
    Title{"Secretary-General", "Secretary-General"}, Title{"Secretary General", "Secretary-General"},
    Title{"Vice President", "Vice President"}, Title{"Prime Minister", "Prime Minister"},
    Title{"Foreign Minister", "Foreign Minister"}, Title{"Defence Minister", "Defence Minister"},
    Title{"Defense Minister", "Defense Minister"}, Title{"Interior Minister", "Interior Minister"},
    Title{"Finance Minister", "Finance Minister"}, Title{"Chief Executive", "Chief Executive"},
    Title{"Lt. Gen.", "Lieutenant General"}, Title{"Maj. Gen.", "Major General"},
    Title{"President", "President"}, Title{"Minister", "Minister"}, Title{"Chancellor", "Chancellor"},
    Title{"Premier", "Premier"}, Title{"Governor", "Governor"}, Title{"Gov.", "Governor"},
    Title{"Mayor", "Mayor"}, Title{"Senator", "Senator"}, Title{"Sen.", "Senator"},
    Title{"Representative", "Representative"}, Title{"Rep.", "Representative"},
    Title{"General", "General"}, Title{"Gen.", "General"}, Title{"Colonel", "Colonel"}, Title{"Col.", "Colonel"},
    Title{"Lieutenant", "Lieutenant"}, Title{"Lt.", "Lieutenant"}, Title{"Major", "Major"},
    Title{"Maj.", "Major"}, Title{"Captain", "Captain"}, Title{"Capt.", "Captain"}, Title{"Sgt.", "Sergeant"},
    Title{"Admiral", "Admiral"}, Title{"Adm.", "Admiral"}, Title{"Commander", "Commander"},
    Title{"Professor", "Professor"}, Title{"Prof.", "Professor"}, Title{"Dr.", "Dr."}, Title{"Judge", "Judge"},
    Title{"Justice", "Justice"}, Title{"Ambassador", "Ambassador"}, Title{"Secretary", "Secretary"},
    Title{"King", "King"}, Title{"Queen", "Queen"}, Title{"Prince", "Prince"}, Title{"Princess", "Princess"},
    Title{"Pope", "Pope"}, Title{"Sheikh", "Sheikh"}, Title{"Rev.", "Reverend"}, Title{"Chairman", "Chairman"},
    Title{"Chairwoman", "Chairwoman"}, Title{"Speaker", "Speaker"}, Title{"Spokesman", "spokesman"},
    Title{"Spokeswoman", "spokeswoman"}, Title{"Mr.", ""}, Title{"Mrs.", ""}, Title{"Ms.", ""},
    Title{"Mr", ""}, Title{"Mrs", ""}, Title{"Ms", ""}, Title{"Miss", ""}, Title{"Sir", ""}, Title{"Dame", ""},
    Title{"Dr", "Dr."}, Title{"Prof", "Professor"}, Title{"Lord", "Lord"}, Title{"Lady", "Lady"},
    Title{"Detective", "Detective"}, Title{"Det.", "Detective"}, Title{"Sergeant", "Sergeant"}, Title{"Sgt", "Sergeant"},
    Title{"Inspector", "Inspector"}, Title{"Insp.", "Inspector"}, Title{"Constable", "Constable"},
    Title{"Officer", "Officer"}, Title{"Sheriff", "Sheriff"}, Title{"Deputy", "Deputy"},
    Title{"Councillor", "Councillor"}, Title{"Cllr", "Councillor"}, Title{"Councilman", "Councilman"},
    Title{"Councilwoman", "Councilwoman"}, Title{"Bishop", "Bishop"}, Title{"Archbishop", "Archbishop"},
    Title{"Cardinal", "Cardinal"}, Title{"Father", "Father"}, Title{"Rabbi", "Rabbi"}, Title{"Imam", "Imam"},
    Title{"Coach", "Coach"}, Title{"CEO", "chief executive"},
};

// Roles written in apposition, lower case (", the spokesman", ", chief executive of").
constexpr std::array<std::string_view, 20> kAppositionRoles = {
    "chief executive", "chief engineer", "spokesman", "spokeswoman", "spokesperson", "president",
    "prime minister", "governor", "mayor", "minister", "director", "chairman", "chairwoman", "leader",
    "head", "commander", "founder", "ambassador", "secretary", "chief"};

constexpr std::array<std::string_view, 57> kPlaceNouns = {
    "district", "districts", "region", "regions", "province", "provinces", "city", "town", "village",
    "county", "river", "lake", "valley", "mountain", "mountains", "corridor", "border", "island",
    "islands", "peninsula", "capital", "street", "square", "bay", "coast", "oblast", "prefecture",
    "municipality", "neighbourhood", "neighborhood", "dam", "bridge", "airport", "canal", "sea",
    "strait", "hills", "heights", "avenue", "road", "lane", "terrace", "boulevard", "highway",
    "motorway", "quay", "harbour", "harbor", "reservoir", "spaceport", "estate", "forest", "moor",
    "hill", "park", "gardens", "crescent"};

bool is_letter_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string fold_name(std::string_view name) {
  const std::string lower = is_ascii(name) ? std::string(name) : fold_unicode(name);
  std::string out;
  out.reserve(lower.size());
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '.' || c == '\'' || c == '"') continue;
    // Right single quotation mark; double ones, as around a nickname.
    if (lower.compare(i, 3, "\xE2\x80\x99") == 0 || lower.compare(i, 3, "\xE2\x80\x9C") == 0 ||
        lower.compare(i, 3, "\xE2\x80\x9D") == 0) {
      i += 2;
      continue;
    }
    if (c == '-' || c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string name_key(std::string_view folded) {
  std::string out;
  size_t begin = 0;
  while (begin < folded.size()) {
    size_t end = folded.find(' ', begin);
    if (end == std::string_view::npos) end = folded.size();
    if (!out.empty()) out += ' ';
    word_key(folded.substr(begin, end - begin), out);
    begin = end + 1;
  }
  return out;
}

bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);  // one substitution
  return a.substr(i) == b.substr(i + 1);                                 // one insertion
}

size_t letter_count(std::string_view folded) {
  return static_cast<size_t>(std::count_if(folded.begin(), folded.end(), [](char c) { return c != ' '; }));
}

size_t title_prefix(std::string_view text, std::string_view& role) {
  if (text.empty()) return 0;
  for (const Title& title : kTitles) {
    if (title.written[0] != text[0]) continue;  // cheap test first: this runs for every name
    if (text.size() > title.written.size() + 1 && text.starts_with(title.written) &&
        text[title.written.size()] == ' ') {
      role = title.role;
      return title.written.size() + 1;
    }
  }
  return 0;
}

bool is_title(std::string_view text) {
  return std::any_of(kTitles.begin(), kTitles.end(), [&](const Title& t) { return t.written == text; });
}

std::string_view title_before(std::string_view text, size_t at) {
  if (at == 0 || text[at - 1] != ' ') return "";
  const std::string_view before = text.substr(0, at - 1);
  if (before.empty()) return "";
  for (const Title& title : kTitles) {
    if (title.written.back() != before.back() || !before.ends_with(title.written)) continue;
    const size_t start = before.size() - title.written.size();
    if (start > 0 && is_letter_byte(before[start - 1])) continue;
    // "Hun Sen. Hun Sen said": an abbreviation right after a capitalized
    // word ends a name, it is no title.
    if (title.written.ends_with('.') && start >= 2 && before[start - 1] == ' ') {
      size_t word = start - 1;
      while (word > 0 && is_letter_byte(before[word - 1])) --word;
      if (word < start - 1 && before[word] >= 'A' && before[word] <= 'Z') continue;
    }
    return title.role;
  }
  return "";
}

std::string_view role_after(std::string_view text, size_t at) {
  std::string_view rest = text.substr(std::min(at, text.size()));
  if (!rest.starts_with(", ")) return "";
  rest.remove_prefix(2);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (rest.starts_with(article)) {
      rest.remove_prefix(article.size());
      break;
    }
  }
  // An owner before the role: "the agency's spokesman", "Veska Hydro's chief engineer".
  for (int words = 0; words < 3; ++words) {
    const size_t space = rest.find(' ');
    if (space == std::string_view::npos) break;
    const std::string_view word = rest.substr(0, space);
    if (word.ends_with("'s") || word.ends_with("\xE2\x80\x99s")) {
      rest.remove_prefix(space + 1);
      break;
    }
    if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) break;
  }
  for (std::string_view role : kAppositionRoles) {
    if (!rest.starts_with(role)) continue;
    const std::string_view after = rest.substr(role.size());
    if (after.empty() || after.starts_with(" of") || after[0] == ',' || after[0] == '.' || after[0] == ' ')
      if (after.empty() || !is_letter_byte(after[0])) return role;
  }
  return "";
}

bool is_place_noun(std::string_view word) {
  return std::find(kPlaceNouns.begin(), kPlaceNouns.end(), word) != kPlaceNouns.end();
}

namespace {

// Last words of organizations' names, newspapers' among them.
constexpr std::array<std::string_view, 53> kOrganizationHeads = {
    "agency", "council", "commission", "committee", "company", "corporation", "corp", "inc",
    "ltd", "llc", "plc", "group", "bank", "party", "ministry", "department", "authority",
    "association", "union", "federation", "institute", "university", "team", "league", "club",
    "foundation", "organization", "organisation", "service", "services", "airlines", "airways",
    "times", "post", "herald", "tribune", "journal", "gazette", "news", "daily", "voice",
    "chronicle", "telegraph", "observer", "police", "court", "fm", "radio", "television", "courier",
    "ledger", "press", "brands"};
// First words of places' names.
constexpr std::array<std::string_view, 7> kPlaceOpeners = {"lake", "mount", "cape", "fort", "gulf", "port", "river"};

std::string_view first_word(std::string_view s) { return s.substr(0, s.find(' ')); }
std::string_view last_word(std::string_view s) {
  const size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

}  // namespace

bool names_organization(std::string_view folded) {
  if (folded.find(' ') == std::string_view::npos) return false;
  const std::string_view last = last_word(folded);
  return std::find(kOrganizationHeads.begin(), kOrganizationHeads.end(), last) != kOrganizationHeads.end();
}

bool names_place(std::string_view folded) {
  if (folded.find(' ') == std::string_view::npos) return false;
  const std::string_view first = first_word(folded);
  return is_place_noun(last_word(folded)) ||
         std::find(kPlaceOpeners.begin(), kPlaceOpeners.end(), first) != kPlaceOpeners.end();
}

}  // namespace chorus::entities

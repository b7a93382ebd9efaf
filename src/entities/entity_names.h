// Entity names as forms to compare: folded spellings, a transliteration key,
// one-edit tests, and the titles and roles written before or inside a name.
// General rules only: no list of any event's names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chorus::entities {

// Lower case, diacritics folded ("Kəlbəcər" -> "kalbacar"), hyphens as spaces,
// periods and apostrophes dropped ("R.D.C." -> "rdc"), spaces collapsed.
std::string fold_name(std::string_view name);

// A transliteration key of a folded name, word by word: j/dj/dzh/zh/c/ch as
// one letter, gh -> g, kh/x -> h, ph -> f, w -> v, ck/q -> k, initial "ye"/"yu"
// /"ya" without the y, doubled letters collapsed, vowels (and y) dropped after
// the first letter. "Yevgeny Kharlov", "Evgeni Harlov" -> "evgn hrlv".
std::string name_key(std::string_view folded);

// Whether a and b differ by at most one insertion, deletion or substitution.
bool within_one_edit(std::string_view a, std::string_view b);

// Letters in a folded name (spaces left out).
size_t letter_count(std::string_view folded);

// A title or role at the start of `text` ("Gov. ", "Prime Minister ",
// "President "): its length in bytes including the space after it, or 0.
// `role` gets the role's full name ("Governor"); honorifics (Mr., Ms.) give "".
// Roles are views of static tables: they live as long as the program.
size_t title_prefix(std::string_view text, std::string_view& role);

// Whether `text` is a title alone ("Ms.", "Rep."), no name.
bool is_title(std::string_view text);

// A title or role ending right before byte `at` of `text` ("... Azerbaijani
// President |Ilham Aliyev"): its full name, or "" when none.
std::string_view title_before(std::string_view text, size_t at);

// A role in apposition after a name (", the spokesman", ", chief executive
// of"): its name, or "" when none. `at` is the byte after the name.
std::string_view role_after(std::string_view text, size_t at);

// Whether `word` (folded) is a head noun that makes the name before it a
// place: "district", "region", "province", "city", "river", ...
bool is_place_noun(std::string_view word);

// Whether a multi-word name (folded) says by its own words what it names:
// the last word of "Civil Protection Agency", "Valley Voice" (a paper) makes
// an organization; "Lake Sorrin", "Mount Elgon", "Kalbajar District" a place.
bool names_organization(std::string_view folded);
bool names_place(std::string_view folded);

}  // namespace chorus::entities

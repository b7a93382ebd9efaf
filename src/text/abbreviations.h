// Abbreviations that end in a period, and what each kind implies for a
// sentence boundary after it. The sentence splitter consults these when ICU
// proposes a break after "Gen." or "U.S."; the data lives in abbreviations.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace chorus::text {

// How an abbreviation behaves before the next word. "Capitalized" means the
// next word starts with an upper-case letter (ICU already keeps a sentence
// together before a lower-case word, and so does the splitter).
enum class AbbreviationKind : uint8_t {
  // Precedes a name: never ends a sentence before a capitalized word or a
  // number ("Gen. Augusto Pinochet", "St. Louis", "Rev. Jesse Jackson").
  kTitle,
  // Precedes a number: never ends a sentence before a digit ("No. 1",
  // "Vol. 3"); before anything else it is an ordinary word ("said no.").
  kBeforeNumber,
  // A month: never ends a sentence before a digit ("Dec. 5"); before a
  // capitalized word it ends one only if that word is a sentence starter.
  kMonth,
  // Can end a sentence ("...sold to the U.S. The deal"), but more often
  // modifies what follows ("U.S. Army", "9 a.m. Tuesday", "Jr. Day"): ends
  // a sentence only before a sentence starter.
  kAmbiguous,
  // Never ends a sentence ("Roe v. Wade", "vs.", "e.g.").
  kNeverFinal,
  // A company suffix ("Inc.", "Corp.", "Ltd."): like kUsuallyFinal, except
  // before another suffix ("Daewoo Co. Ltd.").
  kCompany,
  // Ends a sentence before a capitalized word, like an ordinary word:
  // "etc." and the AP state abbreviations, after which a comma follows when
  // the sentence goes on ("Palo Alto, Calif., said"), so "...in Hewlett,
  // N.Y. He said" is two sentences. Listed so the initials rule (which would
  // treat "N.Y." like "U.S.") leaves them alone.
  kUsuallyFinal,
};

// The kind of `word`, which includes its final period ("Mr.", "U.S.",
// "a.m."). Matches the listed spelling or its all-capitals form ("ST." in
// the dateline "ST. LOUIS"; none for one-letter entries, as "P." is an
// initial), nothing else: "ill." is not "Ill.".
std::optional<AbbreviationKind> find_abbreviation(std::string_view word);

// True for one or more single upper-case letters each followed by a period:
// "F." in "John F. Kennedy", "J.R.R.", "U.S.". Such initials are treated as
// kAmbiguous unless listed otherwise.
bool is_initials(std::string_view word);

// True when `word` is a capitalized function word that commonly opens a
// sentence ("The", "He", "But", "In"): after an ambiguous abbreviation it
// signals a new sentence, since names and titles rarely take these forms.
// Matches the capitalized or all-capitals form only.
bool is_sentence_starter(std::string_view word);

}  // namespace chorus::text

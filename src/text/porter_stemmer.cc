// ROUGE-1.5.5's Porter stemmer, re-derived from its output (see the header).
//
// ROUGE's Perl stemmer is Porter's algorithm written as regular expressions.
// Two things make it differ from the reference C implementation, and both are
// reproduced here:
//
//  1. The measure m is the regex reading of [C](VC)^m[V], with
//     C = [^aeiou][^aeiouy]* and V = [aeiouy][aeiou]*, applied from the start
//     of the word (an initial 'y' is upper-cased first, so it is a consonant).
//     Anything that is not a vowel, digits included, is a consonant; that is
//     why "1990s" becomes "1990".
//
//  2. Step 4 is not one "longest suffix wins" rule. One test handles the
//     suffixes al|ance|ence|er|ic|able|ible|ant|ou|ism|ate|iti|ous|ive|ize,
//     then "ement", "ment", "ent" and "(s|t)ion" are each tried in turn, each
//     on the result of the previous ones. So when "ement" and "ment" leave too
//     short a stem, "ent" may still go (agreement -> agreem, argument ->
//     argum), and one suffix can follow another (continental -> continent ->
//     contin, commissioner -> commission -> commiss). This rule reproduces
//     all 15,699 words of ROUGE's output that the tests check.
//
// Every rule only ever shortens the word or replaces a suffix by one no longer
// than itself, so the stemmer works in place on one copy of the word.

#include "text/porter_stemmer.h"

#include <cstddef>
#include <cstring>
#include <string_view>

namespace chorus::text {
namespace {

constexpr bool is_strict_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// 'y' starts a vowel sequence after a consonant; the upper-case 'Y' that
// stands for an initial y never does.
constexpr bool is_vowel_or_y(char c) { return is_strict_vowel(c) || c == 'y'; }

// Skips the optional leading consonant sequence [^aeiou][^aeiouy]*.
std::size_t skip_leading_consonants(const char* s, std::size_t n) {
  std::size_t i = 0;
  if (i < n && !is_strict_vowel(s[i])) {
    for (++i; i < n && !is_vowel_or_y(s[i]); ++i) {
    }
  }
  return i;
}

// Porter's m for s[0, n): the number of vowel-consonant pairs. Once the
// optional leading consonants are skipped, the regex tokens are forced: a
// vowel sequence runs over the following strict vowels, a consonant sequence
// over the following non-vowels other than 'y'.
int measure(const char* s, std::size_t n) {
  int m = 0;
  std::size_t i = skip_leading_consonants(s, n);
  while (i < n) {
    for (++i; i < n && is_strict_vowel(s[i]); ++i) {
    }
    if (i == n) break;
    for (++i; i < n && !is_vowel_or_y(s[i]); ++i) {
    }
    ++m;
  }
  return m;
}

// *v*: the stem contains a vowel.
bool has_vowel(const char* s, std::size_t n) { return skip_leading_consonants(s, n) < n; }

// The whole of s[0, n) is C v c with the last c not w, x or y: Perl's
// /^${C}${v}[^aeiouwxy]$/. Note: the whole stem, not just its end ("hop"
// qualifies, "ahop" does not).
bool is_short_cvc(const char* s, std::size_t n) {
  if (n < 3 || is_strict_vowel(s[0])) return false;
  for (std::size_t i = 1; i + 2 < n; ++i) {
    if (is_vowel_or_y(s[i])) return false;
  }
  const char last = s[n - 1];
  return is_vowel_or_y(s[n - 2]) && !is_strict_vowel(last) && last != 'w' && last != 'x' &&
         last != 'y';
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Steps 2 and 3. Where one suffix ends another, the longer comes first: the
// Perl regex takes the shortest stem, i.e. the longest suffix.
constexpr Rule kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
    {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
    {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
    {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
    {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
    {"logi", "log"},
};
constexpr Rule kStep3[] = {
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
    {"ical", "ic"},  {"ful", ""},   {"ness", ""},
};
// Step 4's first test; no suffix here ends another.
constexpr std::string_view kStep4[] = {"al", "ance", "ence", "er",  "ic",  "able", "ible", "ant",
                                       "ou", "ism",  "ate",  "iti", "ous", "ive",  "ize"};

// Step 4's later tests, each on the result of the ones before.
constexpr std::string_view kStep4Ent[] = {"ement", "ment", "ent"};

// A word being stemmed: a buffer and its current length.
class Word {
 public:
  Word(char* data, std::size_t size) : s_(data), n_(size) {}

  std::size_t size() const { return n_; }
  char at(std::size_t i) const { return s_[i]; }
  char back() const { return s_[n_ - 1]; }

  // Perl's /suffix$/.
  bool ends_with(std::string_view suffix) const {
    // The last character first: it rules out most suffixes cheaply.
    return n_ >= suffix.size() && s_[n_ - 1] == suffix.back() &&
           std::memcmp(s_ + n_ - suffix.size(), suffix.data(), suffix.size()) == 0;
  }
  // Perl's /^(.+?)suffix$/: the suffix and a stem of at least one character.
  bool stem_plus(std::string_view suffix) const {
    return n_ > suffix.size() && ends_with(suffix);
  }

  // Tests on the stem left when the last `len` characters go.
  int measure_without(std::size_t len) const { return measure(s_, n_ - len); }
  bool vowel_without(std::size_t len) const { return has_vowel(s_, n_ - len); }
  bool short_cvc_without(std::size_t len) const { return is_short_cvc(s_, n_ - len); }

  void drop(std::size_t len) { n_ -= len; }
  void push(char c) { s_[n_++] = c; }  // only ever after dropping more
  void set_back(char c) { s_[n_ - 1] = c; }
  void replace(std::size_t len, std::string_view replacement) {
    // replacement.size() <= len for every rule
    std::memcpy(s_ + n_ - len, replacement.data(), replacement.size());
    n_ = n_ - len + replacement.size();
  }

 private:
  char* s_;
  std::size_t n_;
};

// Step 1a: plurals.
void step1a(Word& w) {
  if (w.stem_plus("sses") || w.stem_plus("ies")) {
    w.drop(2);  // sses -> ss, ies -> i
  } else if (w.size() >= 3 && w.back() == 's' && w.at(w.size() - 2) != 's') {
    w.drop(1);
  }
}

// Step 1b: -eed, -ed, -ing, then tidying the stem they leave.
void step1b(Word& w) {
  if (w.stem_plus("eed")) {
    if (w.measure_without(3) > 0) w.drop(1);
    return;  // "-eed" that keeps its d is not then read as "-ed"
  }
  std::size_t len = 0;
  if (w.stem_plus("ed")) {
    len = 2;
  } else if (w.stem_plus("ing")) {
    len = 3;
  }
  if (len == 0 || !w.vowel_without(len)) return;
  w.drop(len);
  const std::size_t n = w.size();
  const char last = w.back();
  if (w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz")) {
    w.push('e');  // conflat(ed) -> conflate
  } else if (n >= 2 && w.at(n - 2) == last && !is_vowel_or_y(last) && last != 'l' &&
             last != 's' && last != 'z') {
    w.drop(1);  // hopp(ing) -> hop
  } else if (w.short_cvc_without(0)) {
    w.push('e');  // fil(ing) -> file
  }
}

// Step 1c: a final y after a vowel-bearing stem becomes i.
void step1c(Word& w) {
  if (w.stem_plus("y") && w.vowel_without(1)) w.set_back('i');
}

// Steps 2 and 3: the longest listed suffix is replaced when its stem has m > 0.
template <std::size_t N>
void replace_suffix(Word& w, const Rule (&rules)[N]) {
  for (const Rule& rule : rules) {
    if (!w.stem_plus(rule.suffix)) continue;
    if (w.measure_without(rule.suffix.size()) > 0) w.replace(rule.suffix.size(), rule.replacement);
    return;  // no fall-back to a shorter suffix in these steps
  }
}

// Step 4: drops suffixes when the stem has m > 1, as explained at the top.
void step4(Word& w) {
  for (const std::string_view suffix : kStep4) {
    if (!w.stem_plus(suffix)) continue;
    if (w.measure_without(suffix.size()) > 1) w.drop(suffix.size());
    break;
  }
  for (const std::string_view suffix : kStep4Ent) {
    if (w.stem_plus(suffix) && w.measure_without(suffix.size()) > 1) w.drop(suffix.size());
  }
  // /^(.+?)(s|t)(ion)$/ keeps the s or t: the stem tested ends with it.
  if (w.size() >= 5 && w.ends_with("ion")) {
    const char st = w.at(w.size() - 4);
    if ((st == 's' || st == 't') && w.measure_without(3) > 1) w.drop(3);
  }
}

// Step 5: a final e, then a final double l.
void step5(Word& w) {
  if (w.stem_plus("e")) {
    const int m = w.measure_without(1);
    if (m > 1 || (m == 1 && !w.short_cvc_without(1))) w.drop(1);
  }
  if (w.ends_with("ll") && w.measure_without(0) > 1) w.drop(1);
}

bool is_stemmable_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string rouge_porter_stem(std::string_view word) {
  std::string out(word);
  if (word.size() <= 3) return out;
  for (const char c : word) {
    if (!is_stemmable_char(c)) return out;
  }
  // An initial y is a consonant; upper case keeps every test from reading it
  // as a vowel, as in the Perl original.
  const bool initial_y = out[0] == 'y';
  if (initial_y) out[0] = 'Y';

  Word w(out.data(), out.size());
  step1a(w);
  step1b(w);
  step1c(w);
  replace_suffix(w, kStep2);
  replace_suffix(w, kStep3);
  step4(w);
  step5(w);

  out.resize(w.size());
  if (initial_y) out[0] = 'y';
  return out;
}

}  // namespace chorus::text

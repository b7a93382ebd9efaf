// Tests for rouge_porter_stem: ROUGE-1.5.5's own output for 15,699 words,
// hand-written cases, and a slow twin that follows the Perl regexes literally.

#include "text/porter_stemmer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "test_support.h"

namespace chorus::text {
namespace {

TEST(RougePorterStem, MatchesRougeOutputForEveryWord) {
  const auto path = chorus::testing::shared_dir() / "data/rouge-parity/porter-stems.tsv";
  CHORUS_REQUIRE_SHARED(path);
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::string line;
  int rows = 0;
  int wrong = 0;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "bad row: " << line;
    const std::string word = line.substr(0, tab);
    const std::string expected = line.substr(tab + 1);
    ++rows;
    const std::string got = rouge_porter_stem(word);
    if (got != expected && ++wrong <= 20) {
      ADD_FAILURE() << word << ": ROUGE " << expected << ", ours " << got;
    }
  }
  EXPECT_EQ(rows, 15699);
  EXPECT_EQ(wrong, 0);
}

TEST(RougePorterStem, ClassicPorterExamples) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"caresses", "caress"}, {"ponies", "poni"},     {"cats", "cat"},
      {"caress", "caress"},   {"feed", "feed"},       {"agreed", "agre"},
      {"plastered", "plaster"}, {"motoring", "motor"}, {"sing", "sing"},
      {"conflated", "conflat"}, {"hopping", "hop"},   {"falling", "fall"},
      {"filing", "file"},     {"happy", "happi"},     {"relational", "relat"},
      {"conditional", "condit"}, {"digitizer", "digit"}, {"hopeful", "hope"},
      {"goodness", "good"},   {"revival", "reviv"},   {"adoption", "adopt"},
      {"controll", "control"}, {"roll", "roll"},      {"rate", "rate"},
      {"generalizations", "gener"}, {"oscillators", "oscil"},
  };
  for (const auto& [word, stem] : cases) EXPECT_EQ(rouge_porter_stem(word), stem) << word;
}

// Where ROUGE's stemmer departs from the reference Porter algorithm.
TEST(RougePorterStem, RougeStepFourVariant) {
  // "ement" and "ment" leave m <= 1, but "ent" is still tried.
  EXPECT_EQ(rouge_porter_stem("agreement"), "agreem");
  EXPECT_EQ(rouge_porter_stem("argument"), "argum");
  EXPECT_EQ(rouge_porter_stem("placement"), "placem");
  EXPECT_EQ(rouge_porter_stem("replacement"), "replac");  // "ement" itself goes
  // A second suffix after the first.
  EXPECT_EQ(rouge_porter_stem("continental"), "contin");
  EXPECT_EQ(rouge_porter_stem("commissioner"), "commiss");
  EXPECT_EQ(rouge_porter_stem("documentation"), "docum");
  // But not every pair: "er" is not tried again after "able".
  EXPECT_EQ(rouge_porter_stem("considerable"), "consider");
  // And "ent" is tried before "ion", not after it.
  EXPECT_EQ(rouge_porter_stem("intervention"), "intervent");
  EXPECT_EQ(rouge_porter_stem("apology"), "apolog");
}

TEST(RougePorterStem, LeavesShortAndForeignWordsAlone) {
  for (const char* word : {"", "a", "is", "was", "sss", "Cats", "café", "don't", "u.s.",
                           "naïve", "RUNNING", "co-op"}) {
    EXPECT_EQ(rouge_porter_stem(word), word);
  }
}

TEST(RougePorterStem, DigitsAreConsonants) {
  EXPECT_EQ(rouge_porter_stem("1990s"), "1990");
  EXPECT_EQ(rouge_porter_stem("106th"), "106th");
  EXPECT_EQ(rouge_porter_stem("2020"), "2020");
  EXPECT_EQ(rouge_porter_stem("g20s"), "g20");
}

TEST(RougePorterStem, InitialYIsAConsonant) {
  EXPECT_EQ(rouge_porter_stem("youth"), "youth");
  EXPECT_EQ(rouge_porter_stem("yelling"), "yell");
  EXPECT_EQ(rouge_porter_stem("yearly"), "yearli");
  EXPECT_EQ(rouge_porter_stem("syzygy"), "syzygi");
}

// The slow twin: the stemmer written as the Perl patterns, with std::regex.
class RegexStemmer {
 public:
  std::string stem(std::string w) const {
    if (w.size() <= 3) return w;
    for (char c : w) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return w;
    }
    const bool initial_y = w[0] == 'y';
    if (initial_y) w[0] = 'Y';
    std::smatch m;
    // Step 1a.
    if (std::regex_match(w, m, step1a_es_)) {
      w = m.str(1) + m.str(2);
    } else if (std::regex_match(w, m, step1a_s_)) {
      w = m.str(1) + m.str(2);
    }
    // Step 1b.
    if (std::regex_match(w, m, eed_)) {
      if (std::regex_search(m.str(1), mgr0_)) w.pop_back();
    } else if (std::regex_match(w, m, ed_ing_) && std::regex_search(m.str(1), has_vowel_)) {
      w = m.str(1);
      if (std::regex_search(w, at_bl_iz_)) {
        w += 'e';
      } else if (std::regex_search(w, double_)) {
        w.pop_back();
      } else if (std::regex_search(w, cvc_)) {
        w += 'e';
      }
    }
    // Step 1c.
    if (std::regex_match(w, m, y_) && std::regex_search(m.str(1), has_vowel_)) w = m.str(1) + "i";
    // Steps 2 and 3.
    w = replace(w, step2_, kStep2);
    w = replace(w, step3_, kStep3);
    // Step 4.
    if (std::regex_match(w, m, step4_) && std::regex_search(m.str(1), mgr1_)) w = m.str(1);
    for (const std::regex* re : {&ement_, &ment_, &ent_}) {
      if (std::regex_match(w, m, *re) && std::regex_search(m.str(1), mgr1_)) w = m.str(1);
    }
    if (std::regex_match(w, m, ion_) && std::regex_search(m.str(1) + m.str(2), mgr1_)) {
      w = m.str(1) + m.str(2);
    }
    // Step 5.
    if (std::regex_match(w, m, e_)) {
      const std::string s = m.str(1);
      if (std::regex_search(s, mgr1_) ||
          (std::regex_search(s, meq1_) && !std::regex_search(s, cvc_))) {
        w = s;
      }
    }
    if (std::regex_search(w, ll_) && std::regex_search(w, mgr1_)) w.pop_back();
    if (initial_y) w[0] = 'y';
    return w;
  }

 private:
  using Table = std::vector<std::pair<std::string, std::string>>;
  static std::string alternation(const Table& table) {
    std::string out;
    for (const auto& [suffix, _] : table) out += (out.empty() ? "" : "|") + suffix;
    return out;
  }
  std::string replace(const std::string& w, const std::regex& re, const Table& table) const {
    std::smatch m;
    if (!std::regex_match(w, m, re) || !std::regex_search(m.str(1), mgr0_)) return w;
    for (const auto& [suffix, replacement] : table) {
      if (suffix == m.str(2)) return m.str(1) + replacement;
    }
    return w;
  }

  // Porter's Perl building blocks: consonant, vowel, their sequences.
  inline static const std::string kc = "[^aeiou]", kv = "[aeiouy]", kC = kc + "[^aeiouy]*",
                                   kV = kv + "[aeiou]*";
  inline static const Table kStep2 = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
      {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
      {"logi", "log"}};
  inline static const Table kStep3 = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"},
                                      {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                                      {"ness", ""}};

  std::regex mgr0_{"^(" + kC + ")?" + kV + kC};
  std::regex meq1_{"^(" + kC + ")?" + kV + kC + "(" + kV + ")?$"};
  std::regex mgr1_{"^(" + kC + ")?" + kV + kC + kV + kC};
  std::regex has_vowel_{"^(" + kC + ")?" + kv};
  std::regex cvc_{"^" + kC + kv + "[^aeiouwxy]$"};
  std::regex step1a_es_{"^(.+?)(ss|i)es$"};
  std::regex step1a_s_{"^(.+?)([^s])s$"};
  std::regex eed_{"^(.+?)eed$"};
  std::regex ed_ing_{"^(.+?)(ed|ing)$"};
  std::regex at_bl_iz_{"(at|bl|iz)$"};
  std::regex double_{"([^aeiouylsz])\\1$"};
  std::regex y_{"^(.+?)y$"};
  std::regex step2_{"^(.+?)(" + alternation(kStep2) + ")$"};
  std::regex step3_{"^(.+?)(" + alternation(kStep3) + ")$"};
  std::regex step4_{"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ou|ism|ate|iti|ous|ive|ize)$"};
  std::regex ement_{"^(.+?)ement$"};
  std::regex ment_{"^(.+?)ment$"};
  std::regex ent_{"^(.+?)ent$"};
  std::regex ion_{"^(.+?)(s|t)ion$"};
  std::regex e_{"^(.+?)e$"};
  std::regex ll_{"ll$"};
};

// Random words built to exercise the measure (runs of vowels, y, digits) and
// every suffix rule, checked against the literal regex version.
TEST(RougePorterStem, AgreesWithRegexTwinOnGeneratedWords) {
  const RegexStemmer twin;
  const std::vector<std::string> pieces = {
      "a",   "e",    "i",   "o",     "u",     "y",    "b",    "c",    "l",    "s",
      "t",   "w",    "x",   "z",     "2",     "ll",   "ss",   "yy",   "ay",   "ey",
      "ing", "ed",   "eed", "es",    "ies",   "sses", "ation", "ational", "tional",
      "izer", "bli", "alli", "entli", "eli",  "ousli", "alism", "iveness", "aliti",
      "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness",
      "al",  "ance", "ence", "er",    "ic",    "able", "ant",  "ement", "ment", "ent",
      "sion", "tion", "ou", "ism",   "ate",   "iti",  "ous",  "ive",  "ize",  "at",
      "bl",  "iz",  "hop", "fil"};
  std::mt19937 rng(20201201);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(1, 5);
  int checked = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string word(i % 4 == 0 ? "y" : "");  // an initial y is a consonant
    for (int k = count(rng); k > 0; --k) word += pieces[pick(rng)];
    const std::string fast = rouge_porter_stem(word);
    const std::string slow = twin.stem(word);
    ASSERT_EQ(fast, slow) << word;
    ++checked;
  }
  EXPECT_EQ(checked, 100000);
}

}  // namespace
}  // namespace chorus::text

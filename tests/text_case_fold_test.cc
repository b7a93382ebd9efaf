// Tests for fold_case.

#include "text/case_fold.h"

#include <gtest/gtest.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

namespace chorus::text {
namespace {

// The slow twin: ICU for every input, ASCII or not.
std::string icu_fold(const std::string& word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  text.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  text.toUTF8String(out);
  return out;
}

TEST(FoldCase, Ascii) {
  EXPECT_EQ(fold_case("Upper-SORRIN"), "upper-sorrin");
  EXPECT_EQ(fold_case("U.S."), "u.s.");
  EXPECT_EQ(fold_case("2,000 Troops"), "2,000 troops");
  EXPECT_EQ(fold_case(""), "");
  EXPECT_EQ(fold_case("@[`{"), "@[`{");  // the neighbours of A-Z and a-z
}

TEST(FoldCase, Unicode) {
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("ÉCOLE"), "école");
  EXPECT_EQ(fold_case("Ağdam"), "ağdam");
  EXPECT_EQ(fold_case("ŞUŞA"), "şuşa");
  EXPECT_EQ(fold_case("ΣΊΣΥΦΟΣ"), "σίσυφοσ");  // final sigma folds like any sigma
  EXPECT_EQ(fold_case("ﬁnal"), "final");       // the ligature expands
  EXPECT_EQ(fold_case("Лачин"), "лачин");
  EXPECT_EQ(fold_case("Լաչին"), "լաչին");
  EXPECT_EQ(fold_case("中文"), "中文");
  EXPECT_EQ(fold_case("İ"), "i\u0307");  // default (non-Turkic) folding
}

TEST(FoldCase, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(fold_case("A\xff" "B\xc3"), "a\uFFFD" "b\uFFFD");
}

TEST(FoldCase, AppendsToOutput) {
  std::string out = "x:";
  fold_case("AbC", out);
  fold_case("É", out);
  EXPECT_EQ(out, "x:abcé");
}

// The ASCII fast path must give exactly what ICU gives, and folding twice
// must change nothing.
TEST(FoldCase, AgreesWithIcuOnGeneratedWords) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "M", "0", "9", "-", "'", " ", "@", "[", "`", "{", "\x7f", "\t",
      "É", "ß", "ẞ", "İ", "ı", "Σ", "ς", "Ω", "ǅ", "ﬃ", "Ⅻ", "Ⓐ", "𐐀", "中", "😀",
      "\u0301", "Ә", "Ğ"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> count(0, 8);
  std::uniform_int_distribution<int> ascii_only(0, 1);
  for (int i = 0; i < 20000; ++i) {
    const bool ascii = ascii_only(rng) == 1;
    std::string word;
    for (int k = count(rng); k > 0; --k) {
      std::size_t p = pick(rng);
      if (ascii) p %= 15;  // the ASCII pieces come first
      word += pieces[p];
    }
    const std::string folded = fold_case(word);
    ASSERT_EQ(folded, icu_fold(word)) << word;
    ASSERT_EQ(fold_case(folded), folded) << word;
  }
}

}  // namespace
}  // namespace chorus::text

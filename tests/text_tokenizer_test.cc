// Tests for tokenize: ROUGE-compatible splits, Unicode, byte spans, and a
// slow twin (decode every code point with ICU, classify, group) checked on
// generated text.

#include "text/tokenizer.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "chorus/error.h"

namespace chorus::text {
namespace {

using Kind = TokenKind;

// Tokenizes all of `text` and returns each token's text and kind, checking
// on the way that every span lies within the text.
std::vector<std::pair<std::string, Kind>> tokens_of(std::string_view text) {
  std::vector<RawToken> raw;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, raw);
  std::vector<std::pair<std::string, Kind>> out;
  for (const RawToken& token : raw) {
    EXPECT_LT(token.span.begin, token.span.end);
    EXPECT_LE(token.span.end, text.size());
    out.emplace_back(std::string(token.span.of(text)), token.kind);
  }
  return out;
}

using Expected = std::vector<std::pair<std::string, Kind>>;

TEST(Tokenize, RougeCompatibleSplits) {
  EXPECT_EQ(tokens_of("Upper-Sorrin"),
            (Expected{{"Upper", Kind::kWord}, {"Sorrin", Kind::kWord}}));
  EXPECT_EQ(tokens_of("2,000"), (Expected{{"2", Kind::kNumber}, {"000", Kind::kNumber}}));
  EXPECT_EQ(tokens_of("Kestrava's"), (Expected{{"Kestrava", Kind::kWord}, {"s", Kind::kWord}}));
  EXPECT_EQ(tokens_of("Kestrava\u2019s"),
            (Expected{{"Kestrava", Kind::kWord}, {"s", Kind::kWord}}));
  EXPECT_EQ(tokens_of("U.S."), (Expected{{"U", Kind::kWord}, {"S", Kind::kWord}}));
  EXPECT_EQ(tokens_of("5-kilometer"),
            (Expected{{"5", Kind::kNumber}, {"kilometer", Kind::kWord}}));
  EXPECT_EQ(tokens_of("don't"), (Expected{{"don", Kind::kWord}, {"t", Kind::kWord}}));
}

TEST(Tokenize, NumbersAreAllDigits) {
  EXPECT_EQ(tokens_of("1990s 106th 2020 3.5"),
            (Expected{{"1990s", Kind::kWord},
                      {"106th", Kind::kWord},
                      {"2020", Kind::kNumber},
                      {"3", Kind::kNumber},
                      {"5", Kind::kNumber}}));
  // Other decimal digits count; superscripts and fractions are not digits.
  EXPECT_EQ(tokens_of("\u0662\u0660\u0662\u0660 x\u00b2 \u00bd"),
            (Expected{{"\u0662\u0660\u0662\u0660", Kind::kNumber},
                      {"x\u00b2", Kind::kWord},
                      {"\u00bd", Kind::kWord}}));
}

TEST(Tokenize, UnicodeLettersAndMarks) {
  EXPECT_EQ(tokens_of("Ağdam, Şuşa; Лачин (Լաչին)"),
            (Expected{{"Ağdam", Kind::kWord},
                      {"Şuşa", Kind::kWord},
                      {"Лачин", Kind::kWord},
                      {"Լաչին", Kind::kWord}}));
  // A combining accent stays with its letter, as does a precomposed one.
  EXPECT_EQ(tokens_of("cafe\u0301 café"),
            (Expected{{"cafe\u0301", Kind::kWord}, {"café", Kind::kWord}}));
  // No word segmentation for scripts without spaces: one run, one token.
  EXPECT_EQ(tokens_of("阿塞拜疆。拉钦"),
            (Expected{{"阿塞拜疆", Kind::kWord}, {"拉钦", Kind::kWord}}));
}

TEST(Tokenize, SymbolsSpacesAndInvalidBytesSeparate) {
  EXPECT_EQ(tokens_of("a\U0001F600b\u00a0c\u2014d\u201ce\u201d"),
            (Expected{{"a", Kind::kWord},
                      {"b", Kind::kWord},
                      {"c", Kind::kWord},
                      {"d", Kind::kWord},
                      {"e", Kind::kWord}}));
  EXPECT_EQ(tokens_of("ab\xff" "cd\xc3"), (Expected{{"ab", Kind::kWord}, {"cd", Kind::kWord}}));
  EXPECT_EQ(tokens_of("x\xe4\xb8y\xed\xa0\x80z"),  // truncated CJK, a surrogate
            (Expected{{"x", Kind::kWord}, {"y", Kind::kWord}, {"z", Kind::kWord}}));
  EXPECT_TRUE(tokens_of("").empty());
  EXPECT_TRUE(tokens_of(" ,.-'\n").empty());
}

TEST(Tokenize, StaysWithinRangeAndAppends) {
  const std::string text = "Portvale, 1 March. Kestravan troops entered Dunmarrow.";
  std::vector<RawToken> out(1);  // existing content is kept
  const Span sentence{18, static_cast<uint32_t>(text.size())};
  tokenize(text, sentence, out);
  ASSERT_EQ(out.size(), 5u);
  const std::vector<std::string> expected = {"Kestravan", "troops", "entered", "Dunmarrow"};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_TRUE(sentence.contains(out[i + 1].span));
    EXPECT_EQ(out[i + 1].span.of(text), expected[i]);
  }
  // A range that starts or ends inside a word cuts it; one that cuts a
  // multi-byte character leaves an invalid sequence, which separates.
  out.clear();
  tokenize(text, Span{4, 12}, out);  // "vale, 1 "
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].span.of(text), "vale");
  EXPECT_EQ(out[1].span.of(text), "1");
  const std::string accented = "éa";
  out.clear();
  tokenize(accented, Span{1, 3}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span.of(accented), "a");
}

TEST(Tokenize, RejectsRangeOutsideText) {
  std::vector<RawToken> out;
  EXPECT_THROW(tokenize("abc", Span{0, 4}, out), Error);
  EXPECT_THROW(tokenize("abc", Span{2, 1}, out), Error);
  EXPECT_NO_THROW(tokenize("abc", Span{3, 3}, out));
  EXPECT_TRUE(out.empty());
}

// The slow twin: decode every code point of text[range], classify it from its
// general category, and group runs.
std::vector<RawToken> slow_tokenize(const std::string& text, Span range) {
  struct Char {
    uint32_t begin, end;
    int type;  // UCharCategory, or -1 for an invalid sequence
  };
  std::vector<Char> chars;
  for (uint32_t i = range.begin; i < range.end;) {
    const uint32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, range.end, c);
    chars.push_back({begin, i, c < 0 ? -1 : u_charType(c)});
  }
  const auto in_word = [](int type) {
    switch (type) {
      case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
      case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_NON_SPACING_MARK:
      case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK: case U_DECIMAL_DIGIT_NUMBER:
      case U_LETTER_NUMBER: case U_OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  };
  std::vector<RawToken> out;
  for (std::size_t i = 0; i < chars.size();) {
    if (!in_word(chars[i].type)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool digits = true;
    for (; j < chars.size() && in_word(chars[j].type); ++j) {
      digits = digits && chars[j].type == U_DECIMAL_DIGIT_NUMBER;
    }
    out.push_back({Span{chars[i].begin, chars[j - 1].end}, digits ? Kind::kNumber : Kind::kWord});
    i = j;
  }
  return out;
}

TEST(Tokenize, AgreesWithSlowTwinOnGeneratedText) {
  const std::vector<std::string> pieces = {
      "a", "Z", "k", "7", "0", " ", "-", "'", ",", ".", "\n", "\"", "_", "$",
      "é", "Ş", "ğ", "ß", "Ж", "Լ", "ع", "\u0301", "\u0308", "\u20dd",  // letters, marks
      "中", "拉", "\u3002", "\U0001F600", "\U0001F44D\U0001F3FD",       // CJK, emoji
      "\u0663", "\u00b2", "\u00bd", "\u2167", "\u2019", "\u00a0", "\u2014", "\u00ab",
      "\xff", "\x80", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80"};
  std::mt19937 rng(1201);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::size_t tokens = 0;
  for (int i = 0; i < 100000; ++i) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    const auto size = static_cast<uint32_t>(text.size());
    // Half the time the whole text, else a random range (which may cut a
    // multi-byte character).
    Span range{0, size};
    if (i % 2 == 1) {
      std::uniform_int_distribution<uint32_t> offset(0, size);
      const uint32_t a = offset(rng), b = offset(rng);
      range = Span{std::min(a, b), std::max(a, b)};
    }
    std::vector<RawToken> fast;
    tokenize(text, range, fast);
    const std::vector<RawToken> slow = slow_tokenize(text, range);
    ASSERT_EQ(fast.size(), slow.size()) << text;
    for (std::size_t t = 0; t < fast.size(); ++t) {
      ASSERT_EQ(fast[t].span, slow[t].span) << text;
      ASSERT_EQ(fast[t].kind, slow[t].kind) << text;
      ASSERT_TRUE(range.contains(fast[t].span));
    }
    tokens += fast.size();
  }
  EXPECT_GT(tokens, 250000u);
}

}  // namespace
}  // namespace chorus::text

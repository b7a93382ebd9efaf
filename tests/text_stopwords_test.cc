// Tests for the English stop list.

#include "text/stopwords.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace chorus::text {
namespace {

TEST(Stopwords, ListIsTheSnowballListSorted) {
  const auto list = stopword_list();
  // Snowball's English list has 174 words; allow for small package changes.
  EXPECT_GE(list.size(), 170u);
  EXPECT_LE(list.size(), 200u);
  EXPECT_TRUE(std::is_sorted(list.begin(), list.end(), [](const char* a, const char* b) {
    return std::string_view(a) < std::string_view(b);
  }));
  const auto contains = [&](std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  for (const char* word : {"the", "and", "of", "i", "yourselves", "don't", "we'll", "very"}) {
    EXPECT_TRUE(contains(word)) << word;
  }
  // Shipped as is: the contraction pieces are not in the list itself.
  EXPECT_FALSE(contains("don"));
  EXPECT_FALSE(contains("t"));
}

TEST(Stopwords, EveryListedWordIsAStopWord) {
  for (const char* word : stopword_list()) EXPECT_TRUE(is_stopword(word)) << word;
}

TEST(Stopwords, ContractionPiecesAreStopWords) {
  // What the tokenizer makes of "don't", "we'll", "they've", "isn't", "I'm".
  for (const char* word : {"don", "t", "we", "ll", "they", "ve", "isn", "m", "re", "s", "d",
                           "shouldn", "can", "let"}) {
    EXPECT_TRUE(is_stopword(word)) << word;
  }
}

TEST(Stopwords, ContentWordsAreNot) {
  for (const char* word : {"harbour", "troops", "won", "district", "2031", "ceasefire",
                           "", "tt", "dont", "don'", "'t", "a b"}) {
    EXPECT_FALSE(is_stopword(word)) << '"' << word << '"';
  }
}

TEST(Stopwords, ExpectsFoldedInput) {
  EXPECT_TRUE(is_stopword("the"));
  EXPECT_FALSE(is_stopword("The"));
  EXPECT_FALSE(is_stopword("THE"));
}

}  // namespace
}  // namespace chorus::text

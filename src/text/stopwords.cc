// The English stop list and its lookup.

#include "text/stopwords.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <vector>

#include "stopwords_en.inc"  // kEnglishStopwords, generated at build time

namespace chorus::text {
namespace {

// No stop word is longer ("ourselves", "yourselves"); longer words skip the lookup.
constexpr size_t kLongestStopword = 10;

// The shipped list plus the pieces of its contractions. The tokenizer splits
// at apostrophes, so "don't" reaches is_stopword as "don" and "t", and "we'll"
// as "we" and "ll"; without the pieces, "don", "t", "ll", "ve", "re", "m",
// "isn" and the like would count as content words. Some pieces are words of
// their own: "can" and "let" are function words anyway, but "won" (from
// "won't") is the past of "win", which news uses a lot, so it stays content.
std::vector<std::string_view> build_lookup() {
  std::vector<std::string_view> words;
  for (const char* entry : kEnglishStopwords) {
    const std::string_view word(entry);
    words.push_back(word);
    if (word.find('\'') == std::string_view::npos) continue;
    std::size_t begin = 0;
    while (begin <= word.size()) {
      std::size_t end = word.find('\'', begin);
      if (end == std::string_view::npos) end = word.size();
      const std::string_view piece = word.substr(begin, end - begin);
      if (!piece.empty() && piece != "won") words.push_back(piece);
      begin = end + 1;
    }
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

bool is_stopword(std::string_view folded) {
  // Built once, on first use, and never changed: safe to share across threads.
  // A hash set: this runs once per word of every line furniture removal reads.
  static const std::unordered_set<std::string_view> lookup = [] {
    const std::vector<std::string_view> words = build_lookup();
    return std::unordered_set<std::string_view>(words.begin(), words.end());
  }();
  if (folded.size() > kLongestStopword) return false;
  return lookup.count(folded) != 0;
}

std::span<const char* const> stopword_list() {
  return {std::begin(kEnglishStopwords), std::end(kEnglishStopwords)};
}

}  // namespace chorus::text

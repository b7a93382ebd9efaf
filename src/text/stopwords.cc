// The English stop list and its lookup.

#include "text/stopwords.h"

#include <algorithm>
#include <iterator>
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
  // Buckets by length and first byte hold a handful of words each: this runs
  // once per word of every line furniture removal reads, and no hash is needed.
  struct Buckets {
    std::vector<std::string_view> of[kLongestStopword + 1][256];
  };
  static const Buckets lookup = [] {
    Buckets buckets;
    for (std::string_view word : build_lookup()) {
      if (word.size() <= kLongestStopword) {
        buckets.of[word.size()][static_cast<unsigned char>(word[0])].push_back(word);
      }
    }
    return buckets;
  }();
  if (folded.empty() || folded.size() > kLongestStopword) return false;
  for (std::string_view word : lookup.of[folded.size()][static_cast<unsigned char>(folded[0])]) {
    if (word == folded) return true;
  }
  return false;
}

std::span<const char* const> stopword_list() {
  return {std::begin(kEnglishStopwords), std::end(kEnglishStopwords)};
}

}  // namespace chorus::text

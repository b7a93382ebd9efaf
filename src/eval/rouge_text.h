// How ROUGE-1.5.5 reads a summary, reproduced exactly: its lines, its
// truncation by words or bytes, its tokens, stop words and stems.
//
// ROUGE reads each summary twice. For n-grams and skip bigrams it joins the
// lines into one text ("readText"); for ROUGE-L it keeps the lines as units
// ("readText_LCS"). The two truncate differently under a byte limit: the
// joined text stops after N bytes of line content (the spaces that join lines
// are not counted), while the units keep every line shorter than N bytes until
// the first longer one, which is cut to N bytes. ROUGE-L's hits are then
// clipped by the unigram counts of the joined text, so the joined text still
// bounds them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eval/rouge_options.h"

namespace chorus::eval {

// The lines of `text` as ROUGE reads a one-sentence-per-line file: split at
// '\n', ASCII upper case lowered, empty lines dropped ('\r' is kept).
std::vector<std::string> rouge_lines(std::string_view text);

// The text ROUGE counts n-grams over: the lines joined by spaces, truncated
// to `word_limit` whitespace-separated words or `byte_limit` bytes (0 = none).
std::string rouge_joined_text(const std::vector<std::string>& lines, int word_limit, int byte_limit);

// The units ROUGE-L aligns, truncated as ROUGE truncates them (see above).
std::vector<std::string> rouge_lcs_units(const std::vector<std::string>& lines, int word_limit, int byte_limit);

// Calls `emit(token)` for each of ROUGE's tokens in `text`: maximal runs of
// [a-z0-9]. ROUGE turns every other byte into a space and splits '-' off as a
// token of its own that it then never counts, which comes to the same.
template <typename Emit>
void for_each_rouge_token(std::string_view text, Emit&& emit) {
  std::size_t start = 0;
  const std::size_t size = text.size();
  while (start < size) {
    while (start < size && !((text[start] >= 'a' && text[start] <= 'z') || (text[start] >= '0' && text[start] <= '9')))
      ++start;
    std::size_t end = start;
    while (end < size && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= '0' && text[end] <= '9'))) ++end;
    if (end > start) emit(text.substr(start, end - start));
    start = end;
  }
}

// Turns tokens into ids: stop words removed (-s), stems taken (-m), equal
// terms given equal ids. Per-evaluation scratch: it caches every token seen.
class RougeVocabulary {
 public:
  static constexpr std::uint32_t kRemoved = UINT32_MAX;

  explicit RougeVocabulary(const RougeOptions& options);

  // The id of `token`'s term, or kRemoved for a stop word.
  std::uint32_t id(std::string_view token);

  // Appends the ids of the terms of `text` (stop words left out).
  void append_ids(std::string_view text, std::vector<std::uint32_t>& ids);

  std::size_t size() const { return terms_.size(); }

 private:
  std::uint32_t term_id(const std::string& term);

  bool stem_;
  std::unordered_set<std::string> stopwords_;
  std::unordered_map<std::string, std::uint32_t> token_ids_;  // surface token -> id
  std::unordered_map<std::string, std::uint32_t> terms_;      // stemmed term -> id
};

// ROUGE's term for a token: the token itself, or for tokens longer than 3
// characters with `stem`, WordNet's base form if listed, else the Porter stem.
std::string rouge_term(std::string_view token, bool stem);

}  // namespace chorus::eval

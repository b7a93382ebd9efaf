#include "text/attribution.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace chorus::text {
namespace {

// Verbs that end a closing attribution (", the agency reported").
constexpr std::array<std::string_view, 14> kReportingVerbs{
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "reported",
    "announced", "confirmed", "explained", "insisted"};
// Verbs of an opening attribution: only those that are never the news itself
// ("Hamas claimed responsibility", "The firm reported a loss" are claims).
constexpr std::array<std::string_view, 5> kOpeningVerbs{"said", "says", "say", "told", "tells"};

// Longest clause (in words) that can be only an attribution.
constexpr uint32_t kClosingWords = 12;
// Words of an apposition after a closing attribution (", a spokeswoman").
constexpr uint32_t kAppositionWords = 6;
// Words before the verb of an opening attribution ("The provincial government says").
constexpr uint32_t kOpeningSubjectWords = 6;

}  // namespace

std::vector<bool> attribution_tokens(const Lexicon& lexicon, const Document& doc, const Sentence& sentence) {
  const uint32_t b = sentence.token_begin, e = sentence.token_end;
  std::vector<bool> marked(e - b, false);
  if (e - b < 4) return marked;
  const auto word = [&](uint32_t k) { return lexicon.str(doc.tokens[k].term); };
  const auto reporting = [&](uint32_t k) {
    return std::find(kReportingVerbs.begin(), kReportingVerbs.end(), word(k)) != kReportingVerbs.end();
  };
  // Clause boundaries: a comma or semicolon between two tokens.
  std::vector<uint32_t> starts{b};
  for (uint32_t k = b + 1; k < e; ++k) {
    const std::string_view gap = doc.at(Span{doc.tokens[k - 1].span.end, doc.tokens[k].span.begin});
    if (gap.find_first_of(",;") != std::string_view::npos) starts.push_back(k);
  }
  const auto mark = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) marked[k - b] = true;
  };
  const auto has_reporting = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k)
      if (reporting(k)) return true;
    return false;
  };
  // "according to the agency", up to the next boundary.
  for (size_t c = 0; c < starts.size(); ++c) {
    const uint32_t to = c + 1 < starts.size() ? starts[c + 1] : e;
    for (uint32_t k = starts[c]; k + 1 < to; ++k) {
      if (word(k) == "according" && word(k + 1) == "to") mark(k, to);
    }
  }
  // Closing: ", officials said on Tuesday" or ", said Jane Roe, a spokeswoman".
  if (starts.size() >= 2) {
    const uint32_t last = starts.back();
    if (e - last <= kClosingWords && has_reporting(last, e)) {
      mark(last, e);
    } else if (starts.size() >= 3 && e - last <= kAppositionWords) {
      const uint32_t previous = starts[starts.size() - 2];
      if (last - previous <= kClosingWords && has_reporting(previous, last)) mark(previous, e);
    }
  }
  // Opening: "The province says (that) 12 people died".
  const uint32_t first_end = starts.size() >= 2 ? starts[1] : e;
  for (uint32_t k = b + 1; k < first_end && k <= b + kOpeningSubjectWords; ++k) {
    if (std::find(kOpeningVerbs.begin(), kOpeningVerbs.end(), word(k)) == kOpeningVerbs.end()) continue;
    uint32_t to = k + 1;
    if (to < first_end && word(to) == "that") ++to;
    if (first_end - to >= 3) mark(b, to);
    break;
  }
  const auto kept = std::count(marked.begin(), marked.end(), false);
  if (kept < 3) std::fill(marked.begin(), marked.end(), false);
  return marked;
}

}  // namespace chorus::text

// Sentence segmentation: ICU's sentence break iterator, then rules that fix
// what it gets wrong on news text (abbreviations such as "Dec.", "U.S.",
// "Gen.", initials, decimals, quotations, datelines).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace chorus::text {

// Not thread-safe (it owns an ICU iterator): one per thread.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of text[paragraph] to `out`, each trimmed of
  // surrounding white space; never empty spans. A paragraph without terminal
  // punctuation (a headline) is one sentence.
  void split(std::string_view text, Span paragraph, std::vector<Span>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chorus::text

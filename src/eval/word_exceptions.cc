#include "eval/word_exceptions.h"

#include <algorithm>
#include <iterator>

namespace chorus::eval {
namespace {
#include "wordnet_exceptions.inc"
}  // namespace

std::span<const WordException> wordnet_exceptions() { return kWordNetExceptions; }

std::optional<std::string_view> wordnet_base_form(std::string_view word) {
  const auto* end = std::end(kWordNetExceptions);
  const auto* found = std::lower_bound(
      std::begin(kWordNetExceptions), end, word,
      [](const WordException& entry, std::string_view key) { return std::string_view(entry.word) < key; });
  if (found == end || std::string_view(found->word) != word) return std::nullopt;
  return std::string_view(found->base);
}

}  // namespace chorus::eval

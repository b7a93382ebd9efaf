// Case folding for matching (not for display).
#pragma once

#include <string>
#include <string_view>

namespace chorus::text {

// Appends the Unicode case fold of `word` to `out` (ASCII fast path, ICU
// otherwise). "Straße" -> "strasse", "ÉCOLE" -> "école".
void fold_case(std::string_view word, std::string& out);

inline std::string fold_case(std::string_view word) {
  std::string out;
  fold_case(word, out);
  return out;
}

}  // namespace chorus::text

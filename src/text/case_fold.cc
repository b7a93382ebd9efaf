// Case folding: ASCII in place, everything else through ICU.

#include "text/case_fold.h"

#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace chorus::text {

void fold_case(std::string_view word, std::string& out) {
  // Most news words are ASCII; their fold is plain lower-casing, with no
  // locale involved (std::tolower would consult the C locale).
  bool ascii = true;
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const std::size_t start = out.size();
    out.append(word);
    for (std::size_t i = start; i < out.size(); ++i) {
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
    }
    return;
  }
  // Full (not simple) folding, so "ß" becomes "ss" and matches "SS"; invalid
  // UTF-8 becomes U+FFFD on the way in, so the output is always valid UTF-8.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.foldCase(U_FOLD_CASE_DEFAULT);
  text.toUTF8String(out);  // appends
}

}  // namespace chorus::text

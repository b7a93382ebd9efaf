// Word tokenization with byte offsets.
//
// A token is a maximal run of letters, digits and combining marks (Unicode
// general categories L*, N*, M*). Everything else separates tokens, as in
// ROUGE, which maps every non-alphanumeric character to a space: "Upper-
// Sorrin" is two tokens, "2,000" is "2" and "000", "Kestrava's" is
// "Kestrava" and "s". Keeping this identical to ROUGE means what the summarizer
// optimizes is what ROUGE counts.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"

namespace chorus::text {

struct RawToken {
  Span span;
  TokenKind kind;  // kNumber when every character is a digit
};

// Appends the tokens of text[range] to `out`. No allocation per token.
void tokenize(std::string_view text, Span range, std::vector<RawToken>& out);

// Words as a reader counts them, and as ROUGE's -l does when it truncates a
// summary: runs of characters between ASCII white space ("U.S.-led" is one
// word, though two tokens). Summary budgets are in these words.
uint32_t count_words(std::string_view text);

}  // namespace chorus::text

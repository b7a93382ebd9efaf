// The Porter stemmer exactly as ROUGE-1.5.5 implements it.
//
// ROUGE's Perl stemmer differs from the reference Porter (and Snowball's
// `porter`) on a few words, e.g. agreement -> agreem, argument -> argum. Using
// its variant means the summarizer optimizes the units ROUGE counts. Checked
// against ROUGE's own output for 15,699 words (tests/text_porter_stemmer_test.cc).
#pragma once

#include <string>
#include <string_view>

namespace chorus::text {

// Stems a lower-case ASCII word. Like ROUGE, words of 3 characters or fewer,
// and words with characters outside [a-z0-9], are returned unchanged. Digits
// are consonants, as in ROUGE ("1990s" -> "1990").
std::string rouge_porter_stem(std::string_view word);

}  // namespace chorus::text

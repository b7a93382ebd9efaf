// Tokens the way CoNLL-2003 (Penn Treebank style) writes them, with byte spans,
// so the tagger sees running text as it saw its training data: punctuation and
// quotes apart ("(AP)" is "(", "AP", ")"), the clitics "'s" and "n't" apart,
// but initials, abbreviations and hyphenated words whole ("U.S.", "Gen.",
// "Anglo-French"). The engine's own tokenizer (text/tokenizer.h) splits as
// ROUGE does, which loses these distinctions.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace chorus::entities {

// Appends the tokens of text[range] to `out`.
void ner_tokenize(std::string_view text, Span range, std::vector<Span>& out);

}  // namespace chorus::entities

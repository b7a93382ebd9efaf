// Match model: everything the comparison of sentences across outlets reads -
// background term weights and word relations (text/), and the learned pair
// weights (pair_model.h). Immutable once loaded; an Engine loads it once and
// shares it across threads.
#pragma once

#include <string>

#include "compare/pair_model.h"
#include "compare/sentence_facts.h"

namespace chorus::compare {

struct MatchModel {
  LexicalModel lexical;
  PairModel pairs;
};

// The tables chorus ships (data/lexical/), embedded in the library.
LexicalModel builtin_lexical_model();
// Those and the shipped pair weights (data/claims/pair_model.tsv).
MatchModel builtin_match_model();
// The shipped tables with the pair weights of `pair_model` (a file `chorus
// train pairs` wrote), or the shipped ones when it is empty. Throws
// chorus::Error naming the file when it cannot be read or parsed.
MatchModel load_match_model(const std::string& pair_model);

}  // namespace chorus::compare

// Attribution: the words of a news sentence that say who says it, not what
// is said. "Twelve people died, the agency said on Tuesday." claims the
// deaths; two outlets that quote different sources for it still agree.
#pragma once

#include <vector>

#include "core/cluster.h"

namespace chorus::text {

// For each token of `sentence` (index - token_begin), whether it belongs to
// an attribution: a closing clause with a reporting verb (", officials said
// on Tuesday", ", said Jane Roe, a spokeswoman"), an opening one ("The
// province says (that) ..."), or "according to ..." up to the next comma.
// What is left always keeps at least three words; otherwise nothing is marked.
std::vector<bool> attribution_tokens(const Lexicon& lexicon, const Document& doc, const Sentence& sentence);

}  // namespace chorus::text

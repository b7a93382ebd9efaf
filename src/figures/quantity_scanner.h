// Finding quantities in a Document: numerals ("2,940", "3.5", "5km"), number
// words ("two thousand", "a dozen", "twenty-five"), scale words ("1.5
// million"), vague amounts ("hundreds of"), ranges ("15 to 20", "between 15
// and 20", "15-20"), approximators ("nearly", "more than", "up to"), units
// and currencies. Dates, years, clock times, ordinals, phone numbers and
// numbered names ("Flight 17") are left out.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/lexicon.h"
#include "figures/quantity.h"
#include "figures/quantity_lexicon.h"

namespace chorus::figures {

struct QuantityOptions {
  // Relative half-width of "about N" (and of a round figure's implicit
  // approximation when compared): "about 2,000" allows 1,800-2,200.
  double about_tolerance = 0.10;
  // How far below N "nearly N" / "almost N" reaches: "nearly 2,000" allows 1,800-2,000.
  double nearly_tolerance = 0.10;
};

// Appends the quantities of `doc`'s body sentences to `out`, in text order.
// `words` must have been built from the lexicon the document was annotated with.
void find_quantities(const Document& doc, const Lexicon& lexicon, const QuantityWords& words,
                     const QuantityOptions& options, std::vector<Quantity>& out);

// Fills q.thing, q.head, q.predicate and q.event from the tokens around the
// quantity [first, after) of the sentence [begin, end) (token indexes).
void find_subject(const Document& doc, const Lexicon& lexicon, const QuantityWords& words,
                  uint32_t begin, uint32_t end, uint32_t first, uint32_t after, Quantity& q);

}  // namespace chorus::figures

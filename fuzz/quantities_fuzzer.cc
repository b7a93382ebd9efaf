// The quantity scanner (figures/quantity_scanner.h) on the decoded input,
// one paragraph a line, annotated as the pipeline annotates it: every
// quantity lies in its sentence, is non-empty, trimmed, not NaN, and its
// interval holds its value; what it counts lies in the sentence too.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "cluster_support.h"
#include "figures/quantity_scanner.h"
#include "fuzz_support.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const std::optional<std::string> decoded = fuzz::decoded_text(data, size);
  if (!decoded) return 0;
  const std::string& text = *decoded;
  const Cluster cluster = testing::annotated_cluster({text});
  const Document& doc = cluster.documents.front();
  const figures::QuantityWords words(cluster.lexicon);
  std::vector<figures::Quantity> quantities;
  figures::find_quantities(doc, cluster.lexicon, words, {}, quantities);
  for (const figures::Quantity& q : quantities) {
    FUZZ_CHECK(q.sentence < doc.sentences.size());
    const Span sentence = doc.sentences[q.sentence].span;
    FUZZ_CHECK(!q.span.empty() && sentence.contains(q.span));
    FUZZ_CHECK(!fuzz::is_space(doc.text[q.span.begin]) && !fuzz::is_space(doc.text[q.span.end - 1]));
    FUZZ_CHECK(q.thing.empty() || sentence.contains(q.thing));
    FUZZ_CHECK(q.head == figures::kNoStem || q.thing.contains(q.head_span));
    FUZZ_CHECK(q.token < doc.tokens.size());
    FUZZ_CHECK(!std::isnan(q.value) && !std::isnan(q.low) && !std::isnan(q.high));
    const double slack = std::abs(q.value) * 1e-12;  // rounding in the interval's arithmetic
    FUZZ_CHECK(q.low <= q.value + slack && q.high >= q.value - slack);
  }
  return 0;
}

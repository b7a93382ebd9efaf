// The time tagger (time/timex.h) on the decoded input, with a reference date
// and without one, with and without anchoring to the previous date: timexes
// are non-empty, in text order, inside the text, not overlapping, with a
// value, and a range's start is an earlier timex.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "text/decode.h"
#include "time/timex.h"

namespace {

void check(const std::vector<chorus::time::Timex>& timexes, std::size_t size) {
  uint32_t previous_end = 0;
  for (std::size_t i = 0; i < timexes.size(); ++i) {
    const chorus::time::Timex& timex = timexes[i];
    FUZZ_CHECK(!timex.span.empty() && chorus::fuzz::span_in(timex.span, size));
    FUZZ_CHECK(previous_end <= timex.span.begin);
    FUZZ_CHECK(!timex.value.empty());
    FUZZ_CHECK(chorus::fuzz::is_valid_utf8(timex.value));
    FUZZ_CHECK(timex.range_from < static_cast<int>(i));
    previous_end = timex.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const std::optional<std::string> decoded = fuzz::decoded_text(data, size);
  if (!decoded) return 0;
  const std::string& text = *decoded;
  static const time::TimexTagger anchored;
  static const time::TimexTagger plain(time::TimexOptions{.anchor_to_previous = false, .vague_references = false});
  static time::TimexScratch scratch;
  const time::CivilDate reference{2021, 3, 14};
  check(anchored.tag(text, reference, scratch), text.size());
  check(anchored.tag(text, std::nullopt, scratch), text.size());
  check(plain.tag(text, reference, scratch), text.size());
  return 0;
}

// The sentence splitter (text/sentence_splitter.h) on each line of the
// decoded input as a paragraph, as the pipeline gives it body paragraphs:
// sentences are non-empty, in order, inside their paragraph, start and end
// on a character boundary and are trimmed of white space.
#include <cstdint>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "text/decode.h"
#include "text/sentence_splitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const std::optional<std::string> decoded = fuzz::decoded_text(data, size);
  if (!decoded) return 0;
  const std::string& text = *decoded;
  static text::SentenceSplitter splitter;  // reused, as the pipeline reuses one per thread
  std::vector<Span> sentences;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const Span paragraph{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    sentences.clear();
    splitter.split(text, paragraph, sentences);
    uint32_t previous_end = paragraph.begin;
    for (const Span& sentence : sentences) {
      FUZZ_CHECK(!sentence.empty());
      FUZZ_CHECK(paragraph.contains(sentence));
      FUZZ_CHECK(previous_end <= sentence.begin);
      FUZZ_CHECK(!fuzz::is_space(text[sentence.begin]) && !fuzz::is_space(text[sentence.end - 1]));
      FUZZ_CHECK(fuzz::is_valid_utf8(sentence.of(text)));
      previous_end = sentence.end;
    }
    start = end + 1;
  }
  return 0;
}

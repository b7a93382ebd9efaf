// A document's text as HTML, with byte spans of the text made addressable:
// the report highlights a supporting sentence by the byte offsets the Digest
// gives, so every byte of such a span must land in an element we can find.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace chorus::render {

struct ByteRange {
  uint32_t start = 0;  // byte offsets into the text, half-open
  uint32_t end = 0;
};

struct MarkSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string token;      // names the span in data-ev (no spaces)
  std::string anchor_id;  // id of an empty element placed where the span begins
};

// One <p> per line with visible text; bytes inside `hidden` ranges (removed
// furniture) are left out. Each run of bytes covered by marks is wrapped in
// <span class="ev" data-ev="T1 T2">, listing the token of every mark that
// covers it, so a script finds a span's pieces with [data-ev~="T1"] even when
// spans overlap or cross lines. Offsets past the end are clamped, and an
// offset inside a UTF-8 sequence moves to the sequence's start.
std::string document_html(std::string_view text, std::span<const ByteRange> hidden,
                          std::span<const MarkSpan> marks);

}  // namespace chorus::render

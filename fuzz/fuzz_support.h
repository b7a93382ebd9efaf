// Helpers shared by the fuzz targets: an invariant check that stops the run
// (a failed check is a finding, like a crash), and the splitting of one fuzz
// input into several texts. Plain C++, so the targets also build without
// libFuzzer for the regression replay (replay_main.cc).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/error.h"
#include "core/diagnostics.h"
#include "core/span.h"
#include "text/decode.h"
#include "text/utf8.h"

// Aborts with the failed condition: libFuzzer saves the input as a crash.
#define FUZZ_CHECK(condition)                                                            \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

namespace chorus::fuzz {

// The input as text, without copying.
inline std::string_view as_text(const uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The input decoded as every reader decodes text; nothing when the decoder
// refuses it (that refusal is the decoder's own target's concern).
inline std::optional<std::string> decoded_text(const uint8_t* data, std::size_t size) {
  try {
    Diagnostics diagnostics;
    return text::decode_text(as_text(data, size), "fuzz", diagnostics);
  } catch (const Error&) {
    return std::nullopt;
  }
}

// The separators the sentence splitter and scanners trim from their spans.
inline bool is_space(char c) { return c == ' ' || c == '\n'; }

// Several texts from one input: the pieces between form feeds ('\f'), at
// most `max_pieces` (the last piece keeps any further form feeds). The
// decoder removes form feeds, so no piece loses text a reader could keep.
inline std::vector<std::string_view> split_pieces(std::string_view input, std::size_t max_pieces) {
  std::vector<std::string_view> pieces;
  while (pieces.size() + 1 < max_pieces) {
    const std::size_t feed = input.find('\f');
    if (feed == std::string_view::npos) break;
    pieces.push_back(input.substr(0, feed));
    input.remove_prefix(feed + 1);
  }
  pieces.push_back(input);
  return pieces;
}

// True when `text` is well-formed UTF-8 (what JSON output needs).
inline bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const text::Utf8Step step = text::decode_utf8(text, at);
    if (!step.valid) return false;
    at += step.length;
  }
  return true;
}

// A span lies in a text of `size` bytes and does not run backwards.
inline bool span_in(const Span& span, std::size_t size) {
  return span.begin <= span.end && span.end <= size;
}

// Spans (in any order) lie in the text and none overlaps another.
inline void check_disjoint(std::vector<Span> spans, std::size_t size) {
  for (const Span& span : spans) FUZZ_CHECK(span_in(span, size));
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < spans.size(); ++i) FUZZ_CHECK(spans[i - 1].end <= spans[i].begin);
}

}  // namespace chorus::fuzz

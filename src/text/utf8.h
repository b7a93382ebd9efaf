// UTF-8 decoding and encoding of single code points, header-only so hot loops
// (the decoder, tokenizers) can inline them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chorus::text {

// One step of UTF-8 decoding: the code point at a position and how many bytes
// it took. For ill-formed input `valid` is false and `length` covers the
// maximal subpart (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal
// Subparts"): the longest prefix of a well-formed sequence, at least one byte.
// Replacing each such subpart by one U+FFFD is what ICU, WHATWG and the W3C do,
// so our offsets and counts match what other tools report.
struct Utf8Step {
  char32_t code_point = 0;  // meaningful only when valid
  uint32_t length = 1;
  bool valid = false;
};

// Decodes the sequence starting at `text[pos]` (pos < text.size()).
inline Utf8Step decode_utf8(std::string_view text, std::size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  const unsigned lead = bytes[pos];
  if (lead < 0x80) return {lead, 1, true};

  // Table 3-7 of the Unicode standard: the number of trail bytes and the
  // allowed range of the first trail byte depend on the lead byte; this is
  // what rules out overlongs (E0 80..9F, F0 80..8F), surrogates (ED A0..BF)
  // and code points above U+10FFFF (F4 90..BF, F5..FF).
  unsigned trail_count = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  char32_t code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail_count = 1;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail_count = 2;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail_count = 3;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {0, 1, false};  // stray trail byte, C0/C1 overlong lead, or F5..FF
  }

  uint32_t length = 1;
  for (unsigned i = 0; i < trail_count; ++i) {
    if (pos + length >= size) return {0, length, false};  // truncated
    const unsigned byte = bytes[pos + length];
    if (byte < low || byte > high) return {0, length, false};
    code_point = (code_point << 6) | (byte & 0x3F);
    ++length;
    low = 0x80;  // only the first trail byte has a narrowed range
    high = 0xBF;
  }
  return {code_point, length, true};
}

// Start of the code point that ends just before `end` (0 < end <= size).
inline std::size_t previous_utf8_start(std::string_view text, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The longest prefix of `text` of at most `limit` bytes that ends on a whole
// character (a cut never splits a multi-byte sequence).
inline std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  std::size_t size = text.size() < limit ? text.size() : limit;
  while (size > 0 && size < text.size() && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  return text.substr(0, size);
}

// Appends the UTF-8 encoding of a Unicode scalar value.
inline void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace chorus::text

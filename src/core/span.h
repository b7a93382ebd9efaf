// Span: a half-open byte range [begin, end) into a Document's text.
#pragma once

#include <cstdint>
#include <string_view>

namespace chorus {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(const Span& other) const {
    return begin <= other.begin && other.end <= end;
  }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace chorus

// Small set operations on ascending vectors or views, as the comparison
// keeps its stems, names and documents and date anchoring its sentences' words.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace chorus {

// How many values both ascending, duplicate-free vectors hold.
template <typename T>
size_t count_shared(std::span<const T> a, std::span<const T> b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

template <typename T>
size_t count_shared(const std::vector<T>& a, const std::vector<T>& b) {
  return count_shared(std::span<const T>(a), std::span<const T>(b));
}

// Any two sorted random-access ranges (vectors, spans).
template <typename A, typename B>
bool disjoint(const A& a, const B& b) {
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return false;
    a[i] < b[j] ? ++i : ++j;
  }
  return true;
}

}  // namespace chorus

// ListPool: many small lists stored once and read in place, without an
// allocation and a vector header each (sentence facts, figure descriptors).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace chorus::compare {

// Storage for many small lists that never move once stored: each list inside
// one block, blocks allocated as the lists come.
template <typename T>
class ListPool {
 public:
  std::span<T> store(const std::vector<T>& items) {
    const std::span<T> at = allocate(items.size());
    std::copy(items.begin(), items.end(), at.begin());
    return at;
  }

  // Room for `n` elements in one block, value-initialized.
  std::span<T> allocate(size_t n) {
    if (n == 0) return {};
    if (n > left_) {
      // Blocks grow with what is stored (a small cluster takes little), up to
      // kMaxBlock elements; a longer list gets a block of its size.
      const size_t block = std::max(n, std::min(kMaxBlock, std::max(kMinBlock, stored_)));
      current_ = blocks_.emplace_back(std::make_unique<T[]>(block)).get();
      left_ = block;
    }
    T* at = current_;
    current_ += n;
    left_ -= n;
    stored_ += n;
    return {at, n};
  }

 private:
  static constexpr size_t kMinBlock = 64, kMaxBlock = 16384;
  std::vector<std::unique_ptr<T[]>> blocks_;
  T* current_ = nullptr;
  size_t left_ = 0, stored_ = 0;
};

}  // namespace chorus::compare

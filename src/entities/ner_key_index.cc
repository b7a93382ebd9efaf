#include "entities/ner_key_index.h"

#include <cstddef>

namespace chorus::entities {

void KeyIndex::grow(uint32_t capacity) {
  std::vector<uint32_t> old_keys = std::move(keys_);
  std::vector<uint32_t> old_rows = std::move(rows_);
  keys_.assign(capacity, 0);
  rows_.assign(capacity, kMissing);
  mask_ = capacity - 1;
  for (size_t slot = 0; slot < old_rows.size(); ++slot) {
    if (old_rows[slot] == kMissing) continue;
    uint32_t s = mix(old_keys[slot]) & mask_;
    while (rows_[s] != kMissing) s = (s + 1) & mask_;
    keys_[s] = old_keys[slot];
    rows_[s] = old_rows[slot];
  }
}

void KeyIndex::reserve(uint32_t count) {
  uint32_t capacity = 16;
  while (capacity < 2 * count) capacity *= 2;  // load factor at most one half
  if (capacity > rows_.size()) grow(capacity);
}

uint32_t KeyIndex::insert(uint32_t key) {
  if (2 * (size_ + 1) > rows_.size()) grow(rows_.empty() ? 1024 : static_cast<uint32_t>(rows_.size() * 2));
  uint32_t slot = mix(key) & mask_;
  for (; rows_[slot] != kMissing; slot = (slot + 1) & mask_)
    if (keys_[slot] == key) return rows_[slot];
  keys_[slot] = key;
  rows_[slot] = size_;
  return size_++;
}

}  // namespace chorus::entities

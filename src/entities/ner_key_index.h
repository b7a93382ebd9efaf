// An open-addressing table from 32-bit keys to dense row numbers (flat
// arrays, no per-lookup allocation), for tables being built: under the
// trainer's weights, the NerWeights of a training pass, and the
// GazetteerBuilder. A loaded model reads KeyTables instead (ner_key_table.h).
#pragma once

#include <cstdint>
#include <vector>

namespace chorus::entities {

class KeyIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Row of `key`, or kMissing.
  uint32_t find(uint32_t key) const {
    if (size_ == 0) return kMissing;
    for (uint32_t slot = mix(key) & mask_;; slot = (slot + 1) & mask_) {
      const uint32_t row = rows_[slot];
      if (row == kMissing) return kMissing;
      if (keys_[slot] == key) return row;
    }
  }
  // Row of `key`, adding it as row size() when absent.
  uint32_t insert(uint32_t key);
  uint32_t size() const { return size_; }
  void reserve(uint32_t count);

 private:
  static uint32_t mix(uint32_t key) { return key * 0x9E3779B1u; }
  void grow(uint32_t capacity);

  std::vector<uint32_t> keys_;
  std::vector<uint32_t> rows_;
  uint32_t mask_ = 0;
  uint32_t size_ = 0;
};

}  // namespace chorus::entities

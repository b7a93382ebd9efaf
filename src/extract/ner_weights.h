// Perceptron weights: one row of kLabelCount scores per feature key, found
// through an open-addressing table of 32-bit keys (flat arrays, no per-lookup
// allocation). KeyIndex is the growable table under both the trainer's
// weights and the immutable NerWeights a model holds.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "extract/ner_labels.h"

namespace chorus::extract {

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

// Immutable weights of a trained model.
class NerWeights {
 public:
  NerWeights() = default;
  // `rows` holds keys.size() * kLabelCount weights, row i for keys[i]; keys unique.
  NerWeights(std::vector<uint32_t> keys, std::vector<float> rows);

  // Adds each known key's row to scores[0 .. kLabelCount).
  void add_scores(std::span<const uint32_t> keys, float* scores) const {
    for (const uint32_t key : keys) {
      const uint32_t row = index_.find(key);
      if (row == KeyIndex::kMissing) continue;
      const float* weights = &rows_[static_cast<size_t>(row) * kLabelCount];
      for (int l = 0; l < kLabelCount; ++l) scores[l] += weights[l];
    }
  }

  size_t size() const { return keys_.size(); }
  const std::vector<uint32_t>& keys() const { return keys_; }
  const std::vector<float>& rows() const { return rows_; }

 private:
  std::vector<uint32_t> keys_;
  std::vector<float> rows_;
  KeyIndex index_;
};

// The best label allowed after `previous` (see allowed_after); ties go to
// the lower label.
Label best_allowed_label(const float* scores, Label previous);

}  // namespace chorus::extract

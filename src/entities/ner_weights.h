// Perceptron weights as training makes them: one row of kLabelCount float
// scores per feature key, found through a KeyIndex (ner_key_index.h); and
// their 16-bit form, which a model file stores (ner_model.h) and a model
// reads in place (ner_weights_view.h).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "entities/ner_key_index.h"
#include "entities/ner_labels.h"

namespace chorus::entities {

// Immutable weights of a training pass.
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

// Weights quantized to 16 bits: keys ascending, row i (kLabelCount values)
// for key i, weight = value * scale.
struct QuantizedWeights {
  std::vector<uint32_t> keys;
  std::vector<int16_t> rows;
  float scale = 1.0f;
};

// Sorts by key and maps the largest magnitude to 32767.
QuantizedWeights quantize(const NerWeights& weights);

// The best label allowed after `previous` (see allowed_after); ties go to
// the lower label.
Label best_allowed_label(const float* scores, Label previous);

}  // namespace chorus::entities

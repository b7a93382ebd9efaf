// NerWeightsView: a trained model's perceptron weights read in place from
// the model's bytes (ner_model.h): a KeyTable of feature keys and, per key,
// kLabelCount 16-bit weights that a scale turns back into floats.
#pragma once

#include <cstdint>
#include <span>

#include "entities/ner_key_table.h"
#include "entities/ner_labels.h"

namespace chorus::entities {

class NerWeightsView {
 public:
  NerWeightsView() = default;
  // `rows` holds keys.size() * kLabelCount weights, row i for key i.
  NerWeightsView(KeyTable keys, std::span<const int16_t> rows, float scale)
      : keys_(keys), rows_(rows), scale_(scale) {}

  // Adds each known key's row to scores[0 .. kLabelCount). Each weight is
  // the i16 times the scale in float, as NerWeights held them before the
  // model file was read in place, so the scores are the same bits.
  void add_scores(std::span<const uint32_t> keys, float* scores) const {
    for (const uint32_t key : keys) {
      const uint32_t row = keys_.find(key);
      if (row == KeyTable::kMissing) continue;
      const int16_t* weights = &rows_[static_cast<size_t>(row) * kLabelCount];
      for (int l = 0; l < kLabelCount; ++l) scores[l] += static_cast<float>(weights[l]) * scale_;
    }
  }

  size_t size() const { return keys_.size(); }
  const KeyTable& keys() const { return keys_; }
  std::span<const int16_t> rows() const { return rows_; }
  float scale() const { return scale_; }

 private:
  KeyTable keys_;
  std::span<const int16_t> rows_;
  float scale_ = 1.0f;
};

}  // namespace chorus::entities

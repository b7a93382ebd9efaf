// NerWeightsView: a trained model's perceptron weights read in place from
// the model's bytes (ner_model.h): a KeyTable of feature keys and, per key,
// kLabelCount 16-bit weights that a scale turns back into floats.
#pragma once

#include <algorithm>
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
  // The keys are looked up in batches, each step's memory fetched for the
  // whole batch before it is read (the model does not fit in cache); the
  // rows are then added in the keys' order, so the sums are the same.
  void add_scores(std::span<const uint32_t> keys, float* scores) const {
    constexpr size_t kBatch = 32;
    uint32_t rows[kBatch];
    for (size_t from = 0; from < keys.size(); from += kBatch) {
      const size_t n = std::min(kBatch, keys.size() - from);
      const uint32_t* batch = keys.data() + from;
      for (size_t i = 0; i < n; ++i) keys_.prefetch(batch[i]);
      for (size_t i = 0; i < n; ++i) keys_.prefetch_bucket(batch[i]);
      for (size_t i = 0; i < n; ++i) {
        rows[i] = keys_.find(batch[i]);
        if (rows[i] != KeyTable::kMissing) __builtin_prefetch(&rows_[static_cast<size_t>(rows[i]) * kLabelCount]);
      }
      for (size_t i = 0; i < n; ++i) {
        if (rows[i] == KeyTable::kMissing) continue;
        const int16_t* weights = &rows_[static_cast<size_t>(rows[i]) * kLabelCount];
        for (int l = 0; l < kLabelCount; ++l) scores[l] += static_cast<float>(weights[l]) * scale_;
      }
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

#include "entities/ner_weights.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "chorus/error.h"

namespace chorus::entities {

NerWeights::NerWeights(std::vector<uint32_t> keys, std::vector<float> rows)
    : keys_(std::move(keys)), rows_(std::move(rows)) {
  if (rows_.size() != keys_.size() * kLabelCount) throw Error("NER weights: row count does not match key count");
  index_.reserve(static_cast<uint32_t>(keys_.size()));
  for (size_t i = 0; i < keys_.size(); ++i)
    if (index_.insert(keys_[i]) != i) throw Error("NER weights: duplicate feature key");
}

QuantizedWeights quantize(const NerWeights& weights) {
  const auto& keys = weights.keys();
  const auto& rows = weights.rows();
  std::vector<uint32_t> order(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  float largest = 0;
  for (const float w : rows) largest = std::max(largest, std::abs(w));
  QuantizedWeights out;
  out.scale = largest > 0 ? largest / 32767.0f : 1.0f;
  out.keys.reserve(keys.size());
  out.rows.reserve(rows.size());
  for (const uint32_t i : order) {
    out.keys.push_back(keys[i]);
    for (int l = 0; l < kLabelCount; ++l) {
      const long q = std::lround(rows[static_cast<size_t>(i) * kLabelCount + l] / out.scale);
      out.rows.push_back(static_cast<int16_t>(std::clamp(q, -32767L, 32767L)));
    }
  }
  return out;
}

Label best_allowed_label(const float* scores, Label previous) {
  Label best = kOutside;
  bool found = false;
  for (int l = 0; l < kLabelCount; ++l) {
    const Label label = static_cast<Label>(l);
    if (!allowed_after(previous, label)) continue;
    if (!found || scores[l] > scores[best]) best = label;
    found = true;
  }
  return best;
}

}  // namespace chorus::entities

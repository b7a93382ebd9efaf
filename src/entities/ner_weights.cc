#include "entities/ner_weights.h"

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

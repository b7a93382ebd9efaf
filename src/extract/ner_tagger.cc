#include "extract/ner_tagger.h"

#include <array>

namespace chorus::extract {

void decode_document(const NerDocument& doc, NerFeatures& features, const NerWeights& weights,
                     std::span<const Label> first_pass, std::vector<Label>& labels, std::vector<uint32_t>& keys) {
  labels.assign(doc.words.size(), kOutside);
  features.start_document(doc, first_pass);
  uint32_t begin = 0;
  for (const uint32_t end : doc.sentence_ends) {
    features.start_sentence(doc, begin, end);
    Label previous = kOutside, before_previous = kOutside;
    for (uint32_t i = 0; i < end - begin; ++i) {
      features.token_features(i, previous, before_previous, keys);
      std::array<float, kLabelCount> scores{};
      weights.add_scores(keys, scores.data());
      const Label label = best_allowed_label(scores.data(), previous);
      labels[begin + i] = label;
      features.record(i, label);
      before_previous = previous;
      previous = label;
    }
    begin = end;
  }
}

std::vector<Label> NerTagger::tag(const NerDocument& doc) {
  std::vector<Label> labels;
  decode_document(doc, features_, model_.first(), {}, labels, keys_);
  if (model_.second().size() == 0) return labels;
  first_pass_.swap(labels);
  decode_document(doc, features_, model_.second(), first_pass_, labels, keys_);
  return labels;
}

}  // namespace chorus::extract

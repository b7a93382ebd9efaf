#include "entities/ner_tagger.h"

namespace chorus::entities {

void decode_document(const NerDocument& doc, NerFeatures& features, const NerWeights& weights,
                     std::span<const Label> first_pass, std::vector<Label>& labels, std::vector<uint32_t>& keys) {
  labels.assign(doc.words.size(), kOutside);
  decode_greedy(doc, features, weights, first_pass, keys,
                [&](uint32_t word, const std::vector<uint32_t>&, Label label) { labels[word] = label; });
}

std::vector<Label> NerTagger::tag(const NerDocument& doc) {
  std::vector<Label> labels;
  decode_document(doc, features_, model_.first(), {}, labels, keys_);
  if (model_.second().size() == 0) return labels;
  first_pass_.swap(labels);
  decode_document(doc, features_, model_.second(), first_pass_, labels, keys_);
  return labels;
}

}  // namespace chorus::entities

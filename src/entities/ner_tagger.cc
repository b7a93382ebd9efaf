#include "entities/ner_tagger.h"

#include "chorus/error.h"

namespace chorus::entities {

void decode_document(const NerDocument& doc, NerFeatures& features, const NerWeights& weights,
                     std::span<const Label> first_pass, std::vector<Label>& labels, std::vector<uint32_t>& keys,
                     std::stop_token stop) {
  labels.assign(doc.words.size(), kOutside);
  decode_greedy(doc, features, weights, first_pass, keys,
                [&](uint32_t word, const std::vector<uint32_t>&, Label label) {
                  labels[word] = label;
                  if ((word & 4095) == 0 && stop.stop_requested()) throw Cancelled();
                });
}

std::vector<Label> NerTagger::tag(const NerDocument& doc, std::stop_token stop) {
  std::vector<Label> labels;
  decode_document(doc, features_, model_.first(), {}, labels, keys_, stop);
  if (model_.second().size() == 0) return labels;
  first_pass_.swap(labels);
  decode_document(doc, features_, model_.second(), first_pass_, labels, keys_, stop);
  return labels;
}

}  // namespace chorus::entities

#include "entities/ner_tagger.h"

namespace chorus::entities {

std::vector<Label> NerTagger::tag(const NerDocument& doc) {
  std::vector<Label> labels;
  decode_document(doc, features_, model_.first(), {}, labels, keys_);
  if (model_.second().size() == 0) return labels;
  first_pass_.swap(labels);
  decode_document(doc, features_, model_.second(), first_pass_, labels, keys_);
  return labels;
}

}  // namespace chorus::entities

#include "entities/ner_tagger.h"

namespace chorus::entities {

std::vector<Label> NerTagger::tag(const NerDocument& doc, std::stop_token stop) {
  std::vector<Label> labels;
  decode_document(doc, features_, model_.first(), {}, labels, keys_, stop, &first_scores_);
  if (model_.second().size() == 0) return labels;
  first_pass_.swap(labels);
  decode_document(doc, features_, model_.second(), first_pass_, labels, keys_, stop, &second_scores_);
  return labels;
}

}  // namespace chorus::entities

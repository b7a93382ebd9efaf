// NerTagger: tagging a document with a NerModel, greedily left to right; with
// a two-pass model, a second pass sees the first pass's labels of the whole
// document. The model is shared and read-only; the tagger holds the per-call
// scratch, so use one tagger per thread.
#pragma once

#include <span>
#include <vector>

#include "extract/ner_features.h"
#include "extract/ner_model.h"

namespace chorus::extract {

// One greedy pass over `doc` with `weights`: a label per word into `labels`.
// `first_pass` as in NerFeatures::start_document. `keys` is scratch.
void decode_document(const NerDocument& doc, NerFeatures& features, const NerWeights& weights,
                     std::span<const Label> first_pass, std::vector<Label>& labels, std::vector<uint32_t>& keys);

class NerTagger {
 public:
  explicit NerTagger(const NerModel& model) : model_(model), features_(model.gazetteer()) {}

  // One IOB2 label per word of `doc`.
  std::vector<Label> tag(const NerDocument& doc);

 private:
  const NerModel& model_;
  NerFeatures features_;
  std::vector<Label> first_pass_;
  std::vector<uint32_t> keys_;
};

}  // namespace chorus::extract

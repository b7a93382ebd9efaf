// Training the entity tagger: an averaged perceptron over the features of
// ner_features.h, decoding greedily with its own predictions as history (as
// at tagging time), documents in a seeded shuffled order each epoch, so the
// same corpus and options always give the same model bytes.
#pragma once

#include <functional>
#include <cstdint>
#include <vector>

#include "entities/ner_corpus.h"
#include "entities/ner_features.h"
#include "entities/ner_model.h"

namespace chorus::entities {

struct NerTrainOptions {
  int epochs = 20;          // passes over the corpus (cross-validated on eng.train)
  uint64_t seed = 20031;    // shuffles the document order of each epoch
  // Features whose averaged weights are all below this in magnitude are
  // dropped: they barely change a score and would bloat the model file.
  float prune_below = 0.05f;
  // A second pass that sees the first pass's labels of the whole document
  // (Ratinov and Roth 2009's two-stage prediction aggregation), trained on
  // first-pass labels from this many folds (a model trained without the
  // document labels it); 0 or 1: one pass only.
  int second_pass_folds = 5;
  // Called after each training pass over the corpus with the passes done and
  // the passes in all (1, or 2 + second_pass_folds with a second pass); may be empty.
  std::function<void(size_t done, size_t total)> progress;
};

struct NerTrainReport {
  std::vector<double> epoch_accuracy;  // token accuracy of the greedy predictions in each epoch of the last pass
  size_t features_seen = 0;            // features with a weight before pruning (both passes)
  size_t features_kept = 0;
};

// Builds NerDocuments over the corpus's words (views into `corpus`).
std::vector<NerDocument> ner_documents(const ConllCorpus& corpus);

// Trains on every sentence of `corpus`. The returned model is read from the
// file format (NerModel's constructor), so it tags exactly as the saved file
// will.
NerModel train_ner(const ConllCorpus& corpus, Gazetteer gazetteer, const NerTrainOptions& options,
                   NerTrainReport* report = nullptr);

}  // namespace chorus::entities

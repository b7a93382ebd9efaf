// NerTagger: tagging a document with a NerModel, greedily left to right; with
// a two-pass model, a second pass sees the first pass's labels of the whole
// document. The model is shared and read-only; the tagger holds the per-call
// scratch, so use one tagger per thread.
#pragma once

#include <array>
#include <span>
#include <stop_token>
#include <unordered_map>
#include <vector>

#include "chorus/error.h"
#include "entities/ner_features.h"
#include "entities/ner_model.h"

namespace chorus::entities {

// The scores of the keys that depend on a word alone (NerFeatures::
// word_key_count), per word as written, for one fixed set of weights: a word
// is looked up in the model once, not at every occurrence. The scores are
// the partial sums the full sum starts with, so they are the same bits.
// Words are told apart by their 64-bit hash (two words of one hash would
// share scores, as two features of one 32-bit key share a weight). Bounded
// (about 5 MB): past kMaxWords words, new words are scored without being kept.
class WordScores {
 public:
  using Scores = std::array<float, kLabelCount>;
  // Adds the scores of `keys` (a word's own) to `scores`, which start at zero.
  template <typename Weights>
  void add(uint64_t word, std::span<const uint32_t> keys, const Weights& weights, Scores& scores) {
    if (const auto found = kept_.find(word); found != kept_.end()) {
      scores = found->second;
      return;
    }
    weights.add_scores(keys, scores.data());
    if (kept_.size() < kMaxWords) kept_.emplace(word, scores);
  }

 private:
  static constexpr size_t kMaxWords = size_t{1} << 16;
  std::unordered_map<uint64_t, Scores> kept_;
};

// One greedy pass over `doc`, left to right: each word's label is the best
// the weights score for its features, given the labels before it.
// `decided(word, keys, label)` sees each decision with the word's feature
// keys before the next word is scored (training updates its weights there).
// `first_pass` as in NerFeatures::start_document; `keys` is scratch. With
// `word_scores` (only for weights that do not change), each word's own keys
// are scored once per word.
template <typename Weights, typename Decided>
void decode_greedy(const NerDocument& doc, NerFeatures& features, const Weights& weights,
                   std::span<const Label> first_pass, std::vector<uint32_t>& keys, Decided&& decided,
                   WordScores* word_scores = nullptr) {
  features.start_document(doc, first_pass);
  uint32_t begin = 0;
  for (const uint32_t end : doc.sentence_ends) {
    features.start_sentence(doc, begin, end);
    Label previous = kOutside, before_previous = kOutside;
    for (uint32_t i = 0; i < end - begin; ++i) {
      features.token_features(i, previous, before_previous, keys);
      WordScores::Scores scores{};
      const std::span<const uint32_t> all(keys);
      size_t scored = 0;
      if (word_scores) {
        scored = features.word_key_count(i);
        word_scores->add(features.word_hash(i), all.first(scored), weights, scores);
      }
      weights.add_scores(all.subspan(scored), scores.data());
      const Label label = best_allowed_label(scores.data(), previous);
      decided(begin + i, keys, label);
      features.record(i, label);
      before_previous = previous;
      previous = label;
    }
    begin = end;
  }
}

// One greedy pass over `doc` with `weights` (a model's NerWeightsView, or a
// training pass's NerWeights): a label per word into `labels`. `first_pass`
// as in NerFeatures::start_document. `keys` is scratch. Throws
// chorus::Cancelled once `stop` is requested.
template <typename Weights>
void decode_document(const NerDocument& doc, NerFeatures& features, const Weights& weights,
                     std::span<const Label> first_pass, std::vector<Label>& labels, std::vector<uint32_t>& keys,
                     std::stop_token stop = {}, WordScores* word_scores = nullptr) {
  labels.assign(doc.words.size(), kOutside);
  decode_greedy(
      doc, features, weights, first_pass, keys,
      [&](uint32_t word, const std::vector<uint32_t>&, Label label) {
        labels[word] = label;
        if ((word & 4095) == 0 && stop.stop_requested()) throw Cancelled();
      },
      word_scores);
}

class NerTagger {
 public:
  explicit NerTagger(const NerModel& model) : model_(model), features_(model.gazetteer()) {}

  // One IOB2 label per word of `doc`; throws chorus::Cancelled once `stop` is requested.
  std::vector<Label> tag(const NerDocument& doc, std::stop_token stop = {});

 private:
  const NerModel& model_;
  NerFeatures features_;
  std::vector<Label> first_pass_;
  std::vector<uint32_t> keys_;
  WordScores first_scores_, second_scores_;  // per pass: each has its own weights
};

}  // namespace chorus::entities

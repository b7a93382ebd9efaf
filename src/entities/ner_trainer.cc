#include "entities/ner_trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "chorus/error.h"
#include "entities/ner_features.h"
#include "entities/ner_tagger.h"

namespace chorus::entities {
namespace {

// Weights being learned, with the sums for averaging: after c steps, the
// average of a weight is w - u / c when every update at step t adds t*delta to u.
class AveragedWeights {
 public:
  void add_scores(std::span<const uint32_t> keys, float* scores) const {
    for (const uint32_t key : keys) {
      const uint32_t row = index_.find(key);
      if (row == KeyIndex::kMissing) continue;
      for (int l = 0; l < kLabelCount; ++l) scores[l] += w_[static_cast<size_t>(row) * kLabelCount + l];
    }
  }
  void update(std::span<const uint32_t> keys, Label label, float delta, double step) {
    for (const uint32_t key : keys) {
      const uint32_t row = index_.insert(key);
      if (row == keys_.size()) {
        keys_.push_back(key);
        w_.resize(w_.size() + kLabelCount, 0.0f);
        u_.resize(u_.size() + kLabelCount, 0.0);
      }
      const size_t at = static_cast<size_t>(row) * kLabelCount + label;
      w_[at] += delta;
      u_[at] += step * delta;
    }
  }
  size_t size() const { return index_.size(); }
  // Averaged weights of the rows whose largest magnitude reaches `threshold`.
  NerWeights averaged(double steps, float threshold) const {
    std::vector<uint32_t> keys;
    std::vector<float> rows;
    for (size_t row = 0; row < index_.size(); ++row) {
      std::array<float, kLabelCount> avg{};
      float largest = 0;
      for (int l = 0; l < kLabelCount; ++l) {
        const size_t at = row * kLabelCount + l;
        avg[l] = static_cast<float>(w_[at] - u_[at] / steps);
        largest = std::max(largest, std::abs(avg[l]));
      }
      if (largest < threshold) continue;
      keys.push_back(keys_[row]);
      rows.insert(rows.end(), avg.begin(), avg.end());
    }
    return NerWeights(std::move(keys), std::move(rows));
  }

 private:
  KeyIndex index_;
  std::vector<uint32_t> keys_;  // key of each row
  std::vector<float> w_;
  std::vector<double> u_;
};

// SplitMix64: a fixed generator, so shuffles are the same on every platform.
uint64_t next_random(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

std::vector<NerDocument> ner_documents(const ConllCorpus& corpus) {
  std::vector<NerDocument> docs;
  docs.reserve(corpus.documents.size());
  for (const ConllDocument& document : corpus.documents) {
    NerDocument doc;
    for (const ConllSentence& sentence : document.sentences) {
      for (const std::string& word : sentence.words) doc.words.push_back(word);
      doc.sentence_ends.push_back(static_cast<uint32_t>(doc.words.size()));
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

namespace {

// One perceptron over `docs` (those with `use[d]`), with second-pass features
// when `first_pass` is given (a label per word of every document).
NerWeights train_pass(const std::vector<NerDocument>& docs, const std::vector<std::vector<Label>>& gold,
                      const std::vector<bool>& use, const std::vector<std::vector<Label>>* first_pass,
                      const Gazetteer& gazetteer, const NerTrainOptions& options, NerTrainReport* report) {
  AveragedWeights weights;
  NerFeatures features(gazetteer);
  std::vector<uint32_t> keys;
  std::vector<size_t> order;
  for (size_t d = 0; d < docs.size(); ++d)
    if (use[d]) order.push_back(d);
  uint64_t random = options.seed;
  double step = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next_random(random) % i]);
    size_t correct = 0, total = 0;
    for (const size_t d : order) {
      const std::span<const Label> first = first_pass ? std::span<const Label>((*first_pass)[d]) : std::span<const Label>();
      decode_greedy(docs[d], features, weights, first, keys,
                    [&](uint32_t word, const std::vector<uint32_t>& word_keys, Label predicted) {
                      const Label truth = gold[d][word];
                      if (predicted != truth) {
                        weights.update(word_keys, truth, 1.0f, step);
                        weights.update(word_keys, predicted, -1.0f, step);
                      } else {
                        ++correct;
                      }
                      ++total;
                      ++step;
                    });
    }
    if (report) report->epoch_accuracy.push_back(static_cast<double>(correct) / static_cast<double>(total));
  }
  NerWeights averaged = weights.averaged(step, options.prune_below);
  if (report) {
    report->features_seen += weights.size();
    report->features_kept += averaged.size();
  }
  return averaged;
}

}  // namespace

NerModel train_ner(const ConllCorpus& corpus, Gazetteer gazetteer, const NerTrainOptions& options,
                   NerTrainReport* report) {
  if (corpus.token_count == 0) throw Error("NER training: the training corpus has no tokens");
  if (options.epochs < 1) throw Error("NER training: epochs must be at least 1");
  const std::vector<NerDocument> docs = ner_documents(corpus);
  std::vector<std::vector<Label>> gold;
  for (const ConllDocument& document : corpus.documents) {
    std::vector<Label> labels;
    for (const ConllSentence& sentence : document.sentences) {
      const auto sentence_labels = labels_from_chunks(conll_chunks(sentence.tags), sentence.tags.size());
      labels.insert(labels.end(), sentence_labels.begin(), sentence_labels.end());
    }
    gold.push_back(std::move(labels));
  }
  const std::vector<bool> all(docs.size(), true);
  const size_t passes = options.second_pass_folds > 1 ? 2 + static_cast<size_t>(options.second_pass_folds) : 1;
  size_t passes_done = 0;
  const auto passed = [&] {
    if (options.progress) options.progress(++passes_done, passes);
  };
  NerWeights first = train_pass(docs, gold, all, nullptr, gazetteer, options, report);
  passed();
  NerWeights second;
  if (options.second_pass_folds > 1) {
    // The second pass must learn from first-pass labels as good as on unseen
    // text, so each document's come from a model trained without it.
    std::vector<std::vector<Label>> first_pass(docs.size());
    NerFeatures features(gazetteer);
    std::vector<uint32_t> keys;
    const auto folds = static_cast<size_t>(options.second_pass_folds);
    for (size_t fold = 0; fold < folds; ++fold) {
      std::vector<bool> use(docs.size());
      for (size_t d = 0; d < docs.size(); ++d) use[d] = d % folds != fold;
      const NerWeights held_out = train_pass(docs, gold, use, nullptr, gazetteer, options, nullptr);
      passed();
      for (size_t d = fold; d < docs.size(); d += folds)
        decode_document(docs[d], features, held_out, {}, first_pass[d], keys);
    }
    if (report) report->epoch_accuracy.clear();
    second = train_pass(docs, gold, all, &first_pass, gazetteer, options, report);
    passed();
  }
  return NerModel(gazetteer, first, second);
}

}  // namespace chorus::entities

// The pair model: the probability that two sentences state the same fact, a
// logistic regression over the pair features of both directions
// (pair_features.h), each feature taken as the smaller and the larger of
// its two directed values, so the model is symmetric. Learned
// (`chorus train pairs`, data/claims/README.md) from two kinds of labelled
// pairs: the sentence pairs of clusters with hand-labelled claims (same =
// they state one claim), and the MSR Paraphrase Corpus (same = labelled
// equivalent), weighted less: a corpus of look-alike pairs says little
// about the many pairs of one story that share its names and state other
// facts.
#pragma once

#include <array>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "compare/pair_features.h"

namespace chorus::compare {

inline constexpr int kModelInputs = 2 * kFeatureCount;  // min, then max, of each feature
using ModelInputs = std::array<double, kModelInputs>;

// The model's inputs for a pair: min and max of (A,B) and (B,A).
ModelInputs model_inputs(const PairFeatures& ab, const PairFeatures& ba);
// Its stable name in the model file: "min_word_cover", "max_cosine".
std::string input_name(int input);

class PairModel {
 public:
  struct Weights {
    double bias = 0;
    ModelInputs mean{};   // inputs are standardized: (x - mean) / scale
    ModelInputs scale{};
    ModelInputs weight{};
  };

  PairModel() = default;
  explicit PairModel(Weights weights) : weights_(weights) {}
  // Reads the text format save() writes. Throws chorus::Error naming
  // `origin` and the line when malformed or when its inputs are not the ones
  // this build computes.
  static PairModel parse(std::string_view text, std::string_view origin);
  void save(std::ostream& out) const;

  // P(the two sentences state the same fact).
  double probability(const PairFeatures& ab, const PairFeatures& ba) const;

 private:
  Weights weights_;
};

// One labelled pair: the features of (A, B) and of (B, A).
struct PairExample {
  PairFeatures forward{};
  PairFeatures backward{};
  bool same = false;    // labelled as stating the same fact
  double weight = 1.0;  // its weight in the likelihood
};

struct PairTrainOptions {
  double l2 = 1e-3;        // ridge penalty on the standardized weights
  int iterations = 3000;   // full-batch gradient steps
  double learning_rate = 0.5;
};

// Fits the weights by gradient descent on the weighted log-likelihood.
// Deterministic.
PairModel train_pair_model(const std::vector<PairExample>& examples, const PairTrainOptions& options = {});

}  // namespace chorus::compare

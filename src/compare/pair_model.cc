#include "compare/pair_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iomanip>
#include <ostream>

#include "chorus/error.h"
#include "core/table_text.h"

namespace chorus::compare {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

double parse_double(std::string_view field, std::string_view origin, size_t line) {
  double value = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (error != std::errc() || end != field.data() + field.size() || !std::isfinite(value))
    table_error(origin, line, "expected a finite number, got \"" + std::string(field) + "\"");
  return value;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return fields;
    line.remove_prefix(tab + 1);
  }
}

}  // namespace

ModelInputs model_inputs(const PairFeatures& ab, const PairFeatures& ba) {
  ModelInputs x{};
  for (int i = 0; i < kFeatureCount; ++i) {
    x[i] = std::min(ab[i], ba[i]);
    x[kFeatureCount + i] = std::max(ab[i], ba[i]);
  }
  return x;
}

std::string input_name(int input) {
  return (input < kFeatureCount ? "min_" : "max_") +
         std::string(pair_feature_name(static_cast<PairFeature>(input % kFeatureCount)));
}

PairModel PairModel::parse(std::string_view text, std::string_view origin) {
  Weights weights;
  std::array<bool, kModelInputs> seen{};
  bool has_bias = false;
  size_t lines = 0;
  for_each_line(text, [&](std::string_view line, size_t number) {
    lines = number;
    if (line.empty() || line[0] == '#') return;
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields[0] == "bias") {
      if (fields.size() != 2) table_error(origin, number, "expected \"bias<TAB>value\"");
      weights.bias = parse_double(fields[1], origin, number);
      has_bias = true;
      return;
    }
    if (fields.size() != 4) table_error(origin, number, "expected \"input<TAB>mean<TAB>scale<TAB>weight\"");
    int input = -1;
    for (int i = 0; i < kModelInputs; ++i)
      if (input_name(i) == fields[0]) input = i;
    if (input < 0) table_error(origin, number, "unknown input \"" + std::string(fields[0]) + "\"");
    if (seen[input]) table_error(origin, number, "input listed twice");
    seen[input] = true;
    weights.mean[input] = parse_double(fields[1], origin, number);
    weights.scale[input] = parse_double(fields[2], origin, number);
    weights.weight[input] = parse_double(fields[3], origin, number);
    if (weights.scale[input] <= 0) table_error(origin, number, "scale must be positive");
  });
  if (!has_bias) table_error(origin, lines, "no bias line");
  for (int i = 0; i < kModelInputs; ++i)
    if (!seen[i]) table_error(origin, lines, "input \"" + input_name(i) + "\" missing");
  return PairModel(weights);
}

void PairModel::save(std::ostream& out) const {
  out << "# chorus pair model: P(same fact) = sigmoid(bias + sum weight * (input - mean) / scale)\n"
      << "# inputs: min and max over both directions of the pair features (src/compare/pair_features.h)\n"
      << "# made by `chorus train pairs` (data/claims/README.md)\n";
  out << std::setprecision(9) << "bias\t" << weights_.bias << '\n';
  for (int i = 0; i < kModelInputs; ++i)
    out << input_name(i) << '\t' << weights_.mean[i] << '\t' << weights_.scale[i] << '\t' << weights_.weight[i] << '\n';
}

double PairModel::probability(const PairFeatures& ab, const PairFeatures& ba) const {
  const ModelInputs x = model_inputs(ab, ba);
  double z = weights_.bias;
  for (int i = 0; i < kModelInputs; ++i) z += weights_.weight[i] * (x[i] - weights_.mean[i]) / weights_.scale[i];
  return sigmoid(z);
}

PairModel train_pair_model(const std::vector<PairExample>& examples, const PairTrainOptions& options) {
  if (examples.empty()) throw Error("no training pairs");
  PairModel::Weights w;
  const size_t n = examples.size();
  std::vector<ModelInputs> x(n);
  double total = 0;
  for (size_t k = 0; k < n; ++k) {
    x[k] = model_inputs(examples[k].forward, examples[k].backward);
    total += examples[k].weight;
  }
  if (total <= 0) throw Error("training pairs weigh nothing");
  // Standardize with the weighted mean and deviation.
  for (size_t k = 0; k < n; ++k)
    for (int i = 0; i < kModelInputs; ++i) w.mean[i] += examples[k].weight * x[k][i] / total;
  for (size_t k = 0; k < n; ++k)
    for (int i = 0; i < kModelInputs; ++i)
      w.scale[i] += examples[k].weight * (x[k][i] - w.mean[i]) * (x[k][i] - w.mean[i]) / total;
  for (int i = 0; i < kModelInputs; ++i) {
    w.scale[i] = std::sqrt(w.scale[i]);
    if (w.scale[i] < 1e-9) w.scale[i] = 1;  // a constant input
  }
  for (auto& row : x)
    for (int i = 0; i < kModelInputs; ++i) row[i] = (row[i] - w.mean[i]) / w.scale[i];
  for (int step = 0; step < options.iterations; ++step) {
    ModelInputs gradient{};
    double bias_gradient = 0;
    for (size_t k = 0; k < n; ++k) {
      double z = w.bias;
      for (int i = 0; i < kModelInputs; ++i) z += w.weight[i] * x[k][i];
      const double g = examples[k].weight * (sigmoid(z) - (examples[k].same ? 1.0 : 0.0));
      for (int i = 0; i < kModelInputs; ++i) gradient[i] += g * x[k][i];
      bias_gradient += g;
    }
    for (int i = 0; i < kModelInputs; ++i)
      w.weight[i] -= options.learning_rate * (gradient[i] / total + options.l2 * w.weight[i]);
    w.bias -= options.learning_rate * bias_gradient / total;
  }
  return PairModel(w);
}

}  // namespace chorus::compare

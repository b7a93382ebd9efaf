#include "eval/bootstrap.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

namespace chorus::eval {
namespace {

// ROUGE's interval end: linear interpolation between two ranks of the sorted
// resample means.
double rank_value(const std::vector<double>& sorted, std::size_t lower, double ratio) {
  const std::size_t last = sorted.size() - 1;
  const double a = sorted[std::min(lower, last)];
  const double b = sorted[std::min(lower + 1, last)];
  return a + (b - a) * ratio;
}

double mean(const std::vector<double>& values) {
  double sum = 0;
  for (double value : values) sum += value;
  return values.empty() ? 0.0 : sum / double(values.size());
}

}  // namespace

BootstrapInterval bootstrap_interval(std::span<const RougeScore> per_cluster, double confidence, int resamples) {
  BootstrapInterval result;
  if (per_cluster.empty() || resamples < 1) return result;
  const std::size_t n = per_cluster.size();
  std::vector<double> recall, precision, f;
  recall.reserve(resamples);
  precision.reserve(resamples);
  f.reserve(resamples);
  for (int k = 0; k < resamples; ++k) {
    std::mt19937_64 generator(static_cast<std::uint64_t>(k));
    RougeScore sum;
    for (std::size_t i = 0; i < n; ++i) {
      const double u = double(generator() >> 11) * 0x1.0p-53;
      const RougeScore& drawn = per_cluster[std::min(n - 1, static_cast<std::size_t>(u * double(n)))];
      sum.recall += drawn.recall;
      sum.precision += drawn.precision;
      sum.f += drawn.f;
    }
    recall.push_back(sum.recall / double(n));
    precision.push_back(sum.precision / double(n));
    f.push_back(sum.f / double(n));
  }
  std::sort(recall.begin(), recall.end());
  std::sort(precision.begin(), precision.end());
  std::sort(f.begin(), f.end());
  // ROUGE's ranks: delta = r * (100 - c) / 200; the lower end interpolates from
  // rank floor(delta), the upper from floor(r - delta - 1), both with the
  // fraction r - delta - 1 - floor(r - delta - 1).
  const double r = resamples;
  const double delta = r * ((100 - confidence) / 2.0) / 100.0;
  const double upper_at = std::max(0.0, r - delta - 1);
  const auto upper = static_cast<std::size_t>(upper_at);
  const auto lower = static_cast<std::size_t>(std::max(0.0, delta));
  const double ratio = upper_at - double(upper);
  result.recall = {rank_value(recall, lower, ratio), rank_value(recall, upper, ratio)};
  result.precision = {rank_value(precision, lower, ratio), rank_value(precision, upper, ratio)};
  result.f = {rank_value(f, lower, ratio), rank_value(f, upper, ratio)};
  result.resample_mean = {mean(recall), mean(precision), mean(f)};
  return result;
}

}  // namespace chorus::eval

#include "eval/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace chorus::eval {
namespace {

constexpr std::uint64_t kMask48 = (std::uint64_t{1} << 48) - 1;

// The sorted resample means at `index`; past the end Perl reads undef, 0.
double at(const std::vector<double>& sorted, std::size_t index) {
  return index < sorted.size() ? sorted[index] : 0.0;
}

// ROUGE's interval end: from rank `lower` towards the next by `ratio`.
double interpolate(const std::vector<double>& sorted, std::size_t lower, double ratio) {
  return at(sorted, lower) + (at(sorted, lower + 1) - at(sorted, lower)) * ratio;
}

// The mean of the sorted values, summed in ascending order as ROUGE does.
double mean_of_sorted(const std::vector<double>& sorted) {
  double sum = 0;
  for (const double value : sorted) sum += value;
  return sum / double(sorted.size());
}

}  // namespace

PerlRandom::PerlRandom(std::uint64_t seed) : state_(((seed << 16) + 0x330E) & kMask48) {}

double PerlRandom::next(double limit) {
  state_ = (0x5DEECE66Dull * state_ + 0xB) & kMask48;
  return limit * std::ldexp(double(state_), -48);
}

BootstrapInterval bootstrap_interval(std::span<const RougeScore> per_cluster, double confidence, int resamples) {
  BootstrapInterval result;
  if (per_cluster.empty() || resamples < 1) return result;
  const std::size_t n = per_cluster.size();
  std::vector<double> recall, precision, f;
  recall.reserve(resamples);
  precision.reserve(resamples);
  f.reserve(resamples);
  for (int k = 0; k < resamples; ++k) {
    PerlRandom random(static_cast<std::uint64_t>(k));
    RougeScore sum;
    for (std::size_t i = 0; i < n; ++i) {
      const auto index = static_cast<std::size_t>(random.next(double(n)));  // int(rand(n))
      const RougeScore& drawn = per_cluster[std::min(index, n - 1)];
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
  // ROUGE's ranks: delta = R (100 - c) / 200; the lower end starts at rank
  // int(delta), the upper at int(R - delta - 1), and both move towards the
  // next rank by the fraction R - delta - 1 - int(R - delta - 1).
  const double r = resamples;
  const double delta = r * ((100 - confidence) / 2.0) / 100.0;
  const double upper_at = std::trunc(r - delta - 1);
  const double ratio = r - delta - 1 - upper_at;
  const auto upper = static_cast<std::size_t>(std::max(0.0, upper_at));
  const auto lower = static_cast<std::size_t>(std::trunc(delta));
  result.recall = {interpolate(recall, lower, ratio), interpolate(recall, upper, ratio)};
  result.precision = {interpolate(precision, lower, ratio), interpolate(precision, upper, ratio)};
  result.f = {interpolate(f, lower, ratio), interpolate(f, upper, ratio)};
  result.resample_mean = {mean_of_sorted(recall), mean_of_sorted(precision), mean_of_sorted(f)};
  return result;
}

}  // namespace chorus::eval

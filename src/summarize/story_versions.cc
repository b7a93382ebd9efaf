#include "summarize/story_versions.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace chorus::summarize {
namespace {

// Per distinct bigram, the documents that have it, as bits: the shared
// bigrams of every pair of documents then come from one pass over the
// cluster's bigrams, not from a merge per pair. Open addressing over keys.
class DocumentMasks {
 public:
  explicit DocumentMasks(size_t expected) {
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, expected + expected / 2));
    keys_.assign(capacity, kEmpty);
    masks_.assign(capacity, 0);
    shift_ = 64 - std::countr_zero(capacity);
  }
  void add(uint64_t key, uint32_t doc) {
    const size_t mask = keys_.size() - 1;
    size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;
    while (keys_[i] != kEmpty && keys_[i] != key) i = (i + 1) & mask;
    keys_[i] = key;
    masks_[i] |= uint64_t{1} << doc;
  }
  const std::vector<uint64_t>& masks() const { return masks_; }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;  // no stem id is UINT32_MAX twice
  std::vector<uint64_t> keys_;
  std::vector<uint64_t> masks_;
  int shift_ = 0;
};

}  // namespace

std::vector<uint32_t> story_versions(const Cluster& cluster, const std::vector<Candidate>& candidates,
                                     double overlap) {
  const size_t n = cluster.documents.size();
  std::vector<uint32_t> group(n);
  std::iota(group.begin(), group.end(), 0u);
  // Bits name documents; a cluster of more than 64 keeps its documents apart
  // (feeds that large are for clustering, not for one digest's summary).
  if (n < 2 || n > 64) return group;

  size_t bigrams = 0;
  for (const Candidate& candidate : candidates) bigrams += candidate.bigrams.size();
  DocumentMasks table(bigrams);
  for (const Candidate& candidate : candidates) {
    for (uint64_t key : candidate.bigrams) table.add(key, candidate.doc);
  }
  std::vector<uint32_t> distinct(n, 0);      // per document: its distinct bigrams
  std::vector<uint32_t> common(n * n, 0);    // per pair a < b: bigrams both have
  for (uint64_t docs : table.masks()) {
    for (uint64_t rest = docs; rest != 0; rest &= rest - 1) {
      const auto a = static_cast<uint32_t>(std::countr_zero(rest));
      ++distinct[a];
      for (uint64_t later = rest & (rest - 1); later != 0; later &= later - 1) {
        ++common[a * n + static_cast<uint32_t>(std::countr_zero(later))];
      }
    }
  }

  const auto root = [&](uint32_t d) {
    while (group[d] != d) d = group[d];
    return d;
  };
  for (uint32_t a = 0; a < n; ++a) {
    for (uint32_t b = a + 1; b < n; ++b) {
      const double shared = common[a * n + b];
      const double all = distinct[a] + distinct[b] - shared;
      if (all == 0 || shared <= overlap * all) continue;
      const uint32_t ra = root(a), rb = root(b);
      group[std::max(ra, rb)] = std::min(ra, rb);
    }
  }
  for (uint32_t d = 0; d < n; ++d) group[d] = root(d);
  return group;
}

}  // namespace chorus::summarize

#include "eval/rouge_counts.h"

#include <algorithm>

namespace chorus::eval {
namespace {

// Sorts the keys and folds equal ones into counts.
GramCounts fold(std::vector<GramKey>& keys) {
  GramCounts counts;
  counts.total = keys.size();
  std::sort(keys.begin(), keys.end());
  for (const GramKey& key : keys) {
    if (!counts.entries.empty() && counts.entries.back().first == key) {
      ++counts.entries.back().second;
    } else {
      counts.entries.emplace_back(key, 1);
    }
  }
  return counts;
}

}  // namespace

GramCounts count_ngrams(std::span<const std::uint32_t> terms, int n) {
  std::vector<GramKey> keys;
  const auto size = static_cast<std::size_t>(n);
  if (n >= 1 && n <= 4 && terms.size() >= size) {
    keys.reserve(terms.size() - size + 1);
    for (std::size_t i = 0; i + size <= terms.size(); ++i) {
      GramKey key{kNoTerm, kNoTerm, kNoTerm, kNoTerm};
      for (std::size_t k = 0; k < size; ++k) key[k] = terms[i + k];
      keys.push_back(key);
    }
  }
  return fold(keys);
}

GramCounts count_skip_bigrams(std::span<const std::uint32_t> terms, int max_skip, bool unigrams) {
  std::vector<GramKey> keys;
  const std::size_t size = terms.size();
  for (std::size_t i = 0; i + 1 < size; ++i) {
    if (unigrams) keys.push_back({terms[i], kNoTerm, kNoTerm, kNoTerm});
    std::size_t last = size - 1;
    if (max_skip >= 0) last = std::min(last, i + static_cast<std::size_t>(max_skip) + 1);
    for (std::size_t j = i + 1; j <= last; ++j) keys.push_back({terms[i], terms[j], kNoTerm, kNoTerm});
  }
  return fold(keys);
}

std::uint64_t clipped_hits(const GramCounts& model, const GramCounts& peer) {
  std::uint64_t hits = 0;
  auto m = model.entries.begin();
  auto p = peer.entries.begin();
  while (m != model.entries.end() && p != peer.entries.end()) {
    if (m->first < p->first) {
      ++m;
    } else if (p->first < m->first) {
      ++p;
    } else {
      hits += std::min(m->second, p->second);
      ++m;
      ++p;
    }
  }
  return hits;
}

}  // namespace chorus::eval

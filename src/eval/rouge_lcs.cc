#include "eval/rouge_lcs.h"

#include <algorithm>

namespace chorus::eval {
namespace {

enum Move : std::uint8_t { kNone = 0, kDiagonal, kUp, kLeft };

// One LCS of `model` and `peer`, its model positions marked in `mask`.
void mark_lcs(std::span<const std::uint32_t> model, std::span<const std::uint32_t> peer, LcsScratch& scratch) {
  const std::size_t m = model.size();
  const std::size_t n = peer.size();
  if (m == 0 || n == 0) return;
  const std::size_t width = n + 1;
  scratch.lengths.assign((m + 1) * width, 0);
  scratch.moves.assign((m + 1) * width, kNone);
  auto& c = scratch.lengths;
  auto& b = scratch.moves;
  for (std::size_t i = 1; i <= m; ++i) {
    for (std::size_t j = 1; j <= n; ++j) {
      const std::size_t at = i * width + j;
      if (model[i - 1] == peer[j - 1]) {
        c[at] = c[at - width - 1] + 1;
        b[at] = kDiagonal;
      } else if (c[at - width] >= c[at - 1]) {
        c[at] = c[at - width];
        b[at] = kUp;
      } else {
        c[at] = c[at - 1];
        b[at] = kLeft;
      }
    }
  }
  std::size_t i = m;
  std::size_t j = n;
  while (i != 0 && j != 0) {
    switch (b[i * width + j]) {
      case kDiagonal:
        --i;
        --j;
        scratch.hit_mask[i] = 1;
        break;
      case kUp:
        --i;
        break;
      default:
        --j;
        break;
    }
  }
}

std::int64_t* find_count(UnigramCounts& counts, std::uint32_t term) {
  const auto it = std::lower_bound(counts.begin(), counts.end(), term,
                                   [](const auto& entry, std::uint32_t key) { return entry.first < key; });
  return it != counts.end() && it->first == term ? &it->second : nullptr;
}

}  // namespace

UnigramCounts count_unigrams(std::span<const std::uint32_t> terms) {
  std::vector<std::uint32_t> sorted(terms.begin(), terms.end());
  std::sort(sorted.begin(), sorted.end());
  UnigramCounts counts;
  for (std::uint32_t term : sorted) {
    if (!counts.empty() && counts.back().first == term) {
      ++counts.back().second;
    } else {
      counts.emplace_back(term, 1);
    }
  }
  return counts;
}

LcsResult union_lcs(const TermUnits& reference, const TermUnits& system, UnigramCounts reference_unigrams,
                    UnigramCounts system_unigrams, LcsScratch& scratch) {
  LcsResult result;
  for (std::size_t r = 0; r < reference.size(); ++r) {
    const auto model = reference.unit(r);
    result.reference_terms += model.size();
    scratch.hit_mask.assign(model.size(), 0);
    for (std::size_t s = 0; s < system.size(); ++s) mark_lcs(model, system.unit(s), scratch);
    for (std::size_t k = 0; k < model.size(); ++k) {
      if (!scratch.hit_mask[k]) continue;
      std::int64_t* in_model = find_count(reference_unigrams, model[k]);
      std::int64_t* in_peer = find_count(system_unigrams, model[k]);
      if (in_model && in_peer && *in_model > 0 && *in_peer > 0) {
        ++result.hits;
        --*in_model;
        --*in_peer;
      }
    }
  }
  return result;
}

}  // namespace chorus::eval

// The multisets ROUGE-N and ROUGE-S compare: n-grams and skip bigrams of term
// ids, kept as sorted (key, count) runs so two of them meet in one merge.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace chorus::eval {

// Up to four term ids; unused slots hold kNoTerm.
using GramKey = std::array<std::uint32_t, 4>;
inline constexpr std::uint32_t kNoTerm = UINT32_MAX;

struct GramCounts {
  std::vector<std::pair<GramKey, std::uint32_t>> entries;  // sorted by key, counts > 0
  std::uint64_t total = 0;                                 // ROUGE's "_cn_": all grams counted
};

// The n-grams (1 <= n <= 4) of `terms`.
GramCounts count_ngrams(std::span<const std::uint32_t> terms, int n);

// ROUGE-S: ordered pairs (terms[i], terms[j]) with j - i - 1 <= max_skip
// (max_skip < 0: no limit). With `unigrams` (ROUGE-SU) each term counts too,
// except the last one: ROUGE's loop stops before it, and so does this.
GramCounts count_skip_bigrams(std::span<const std::uint32_t> terms, int max_skip, bool unigrams);

// Sum over keys of min(model count, peer count): ROUGE's clipped hits.
std::uint64_t clipped_hits(const GramCounts& model, const GramCounts& peer);

}  // namespace chorus::eval

// ROUGE-L as ROUGE-1.5.5 computes it over sentences ("summary-level LCS").
//
// For each reference sentence, the LCS with every system sentence is traced
// back (with ROUGE's tie-breaking: a match goes diagonal, otherwise up when
// the upper cell is at least the left one) and the reference positions on any
// of those paths are united. A position then scores a hit only while its term
// still has a count left in both the reference's and the system's unigram
// counts, and each hit uses one count of each: so ROUGE-L never exceeds
// ROUGE-1. Which positions the trace picks matters for that clipping, hence
// the exact tie-breaking.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace chorus::eval {

// Sentences of term ids, flattened: sentence k is terms[offsets[k], offsets[k+1]).
struct TermUnits {
  std::vector<std::uint32_t> terms;
  std::vector<std::size_t> offsets{0};

  std::size_t size() const { return offsets.size() - 1; }
  std::span<const std::uint32_t> unit(std::size_t k) const {
    return std::span<const std::uint32_t>(terms).subspan(offsets[k], offsets[k + 1] - offsets[k]);
  }
};

// Unigram counts as sorted (term, count) pairs, consumed by the clipping.
using UnigramCounts = std::vector<std::pair<std::uint32_t, std::int64_t>>;
UnigramCounts count_unigrams(std::span<const std::uint32_t> terms);

struct LcsResult {
  std::uint64_t hits = 0;
  std::uint64_t reference_terms = 0;  // ROUGE's LCS base: terms in the reference units
};

// Reusable buffers for the dynamic programme (per-call scratch).
struct LcsScratch {
  std::vector<std::uint32_t> lengths;
  std::vector<std::uint8_t> moves;
  std::vector<std::uint8_t> hit_mask;
};

// `reference_unigrams` and `system_unigrams` are copies the call consumes.
LcsResult union_lcs(const TermUnits& reference, const TermUnits& system, UnigramCounts reference_unigrams,
                    UnigramCounts system_unigrams, LcsScratch& scratch);

}  // namespace chorus::eval

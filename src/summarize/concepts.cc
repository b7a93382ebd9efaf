#include "summarize/concepts.h"

#include <algorithm>
#include <bit>

namespace chorus::summarize {
namespace {

// Per distinct bigram: the documents it occurs in, those where it occurs in
// the lead, and its concept id once known.
struct BigramStats {
  uint64_t key;
  uint32_t documents = 0;
  uint32_t leads = 0;
  uint32_t last_doc = UINT32_MAX;
  uint32_t last_lead_doc = UINT32_MAX;
  uint32_t concept_id = UINT32_MAX;
};

// Open addressing with linear probing over bigram keys, the counts stored in
// the slot: counting runs once per bigram of the cluster, where
// std::unordered_map's node allocations, and sorting, both showed in profiles.
class BigramTable {
 public:
  explicit BigramTable(size_t expected) {
    // Fewer distinct bigrams than occurrences: the table stays under 2/3 full.
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, expected + expected / 2));
    slots_.assign(capacity, BigramStats{kEmpty});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
  }

  BigramStats& get(uint64_t key) {
    BigramStats& slot = slots_[position(key)];
    slot.key = key;
    return slot;
  }
  BigramStats* find(uint64_t key) {
    BigramStats& slot = slots_[position(key)];
    return slot.key == kEmpty ? nullptr : &slot;
  }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;  // no stem id is UINT32_MAX twice

  size_t position(uint64_t key) const {
    size_t i = (key * 0x9E3779B97F4A7C15ull) >> shift_;  // Fibonacci hashing: the top bits
    while (slots_[i].key != kEmpty && slots_[i].key != key) i = (i + 1) & mask_;
    return i;
  }

  std::vector<BigramStats> slots_;
  size_t mask_ = 0;
  int shift_ = 0;
};

}  // namespace

uint32_t min_document_frequency(size_t documents) {
  if (documents >= 6) return 3;
  if (documents >= 3) return 2;
  return 1;
}

Concepts extract_concepts(const Cluster& cluster, const std::vector<Candidate>& candidates,
                          const ConceptOptions& options, const std::vector<char>& counted) {
  size_t bigrams = 0;
  for (const Candidate& candidate : candidates) bigrams += candidate.bigrams.size();
  BigramTable table(bigrams);
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (!counted.empty() && !counted[c]) continue;
    const Candidate& candidate = candidates[c];
    const bool lead = candidate.position < options.lead_sentences;
    const uint32_t doc = options.document_group.empty() ? candidate.doc : options.document_group[candidate.doc];
    for (uint64_t key : candidate.bigrams) {
      BigramStats& stats = table.get(key);
      if (stats.last_doc != doc) {
        stats.last_doc = doc;
        ++stats.documents;
      }
      if (lead && stats.last_lead_doc != doc) {
        stats.last_lead_doc = doc;
        ++stats.leads;
      }
    }
  }

  // Concept ids in order of first occurrence, so the result is deterministic.
  const uint32_t min_df = min_document_frequency(cluster.documents.size());
  Concepts concepts;
  concepts.of_candidate.resize(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    std::vector<uint32_t>& ids = concepts.of_candidate[c];
    for (uint64_t key : candidates[c].bigrams) {
      BigramStats* stats = table.find(key);
      if (stats == nullptr || stats->documents < min_df) continue;
      if (stats->concept_id == UINT32_MAX) {
        stats->concept_id = static_cast<uint32_t>(concepts.weight.size());
        concepts.weight.push_back(stats->documents + options.lead_bonus * stats->leads);
      }
      ids.push_back(stats->concept_id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return concepts;
}

}  // namespace chorus::summarize

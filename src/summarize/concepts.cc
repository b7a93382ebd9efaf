#include "summarize/concepts.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace chorus::summarize {

uint32_t min_document_frequency(size_t documents) {
  if (documents >= 6) return 3;
  if (documents >= 3) return 2;
  return 1;
}

Concepts extract_concepts(const Cluster& cluster, const std::vector<Candidate>& candidates) {
  std::unordered_map<uint64_t, uint32_t> document_frequency;
  std::unordered_set<uint64_t> seen_in_doc;
  uint32_t current_doc = UINT32_MAX;
  for (const Candidate& candidate : candidates) {  // candidates are grouped by document
    if (candidate.doc != current_doc) {
      current_doc = candidate.doc;
      seen_in_doc.clear();
    }
    for (uint64_t key : candidate.bigrams) {
      if (seen_in_doc.insert(key).second) ++document_frequency[key];
    }
  }
  const uint32_t min_df = min_document_frequency(cluster.documents.size());
  Concepts concepts;
  concepts.of.resize(candidates.size());
  std::unordered_map<uint64_t, uint32_t> id_of;
  for (size_t i = 0; i < candidates.size(); ++i) {
    std::vector<uint32_t>& ids = concepts.of[i];
    for (uint64_t key : candidates[i].bigrams) {
      const uint32_t df = document_frequency[key];
      if (df < min_df) continue;
      const auto [it, added] = id_of.try_emplace(key, static_cast<uint32_t>(concepts.weight.size()));
      if (added) concepts.weight.push_back(static_cast<double>(df));
      ids.push_back(it->second);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return concepts;
}

}  // namespace chorus::summarize

#include "summarize/concepts.h"

#include <algorithm>

namespace chorus::summarize {

uint32_t min_document_frequency(size_t documents) {
  if (documents >= 6) return 3;
  if (documents >= 3) return 2;
  return 1;
}

Concepts extract_concepts(const Cluster& cluster, const std::vector<Candidate>& candidates,
                          const ConceptOptions& options, const std::vector<char>& counted) {
  // Every (bigram, document, in-lead) occurrence, sorted: counting documents
  // is then one pass, with no hash table in the way.
  struct Occurrence {
    uint64_t key;
    uint32_t doc;
    bool lead;
    bool operator<(const Occurrence& o) const {
      return key != o.key ? key < o.key : doc != o.doc ? doc < o.doc : lead > o.lead;
    }
  };
  std::vector<Occurrence> occurrences;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (!counted.empty() && !counted[c]) continue;
    const Candidate& candidate = candidates[c];
    const bool lead = candidate.position < options.lead_sentences;
    for (uint64_t key : candidate.bigrams) occurrences.push_back({key, candidate.doc, lead});
  }
  std::sort(occurrences.begin(), occurrences.end());

  const uint32_t min_df = min_document_frequency(cluster.documents.size());
  Concepts concepts;
  std::vector<uint64_t> keys;  // of the concepts, ascending; index = concept id
  for (size_t i = 0; i < occurrences.size();) {
    const uint64_t key = occurrences[i].key;
    uint32_t documents = 0, leads = 0;
    for (; i < occurrences.size() && occurrences[i].key == key;) {
      const uint32_t doc = occurrences[i].doc;
      ++documents;
      leads += occurrences[i].lead;  // sorted lead-first within a document
      for (; i < occurrences.size() && occurrences[i].key == key && occurrences[i].doc == doc;) ++i;
    }
    if (documents < min_df) continue;
    keys.push_back(key);
    concepts.weight.push_back(documents + options.lead_bonus * leads);
  }

  concepts.of_candidate.resize(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    std::vector<uint32_t>& ids = concepts.of_candidate[c];
    for (uint64_t key : candidates[c].bigrams) {
      const auto it = std::lower_bound(keys.begin(), keys.end(), key);
      if (it != keys.end() && *it == key) ids.push_back(static_cast<uint32_t>(it - keys.begin()));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return concepts;
}

}  // namespace chorus::summarize

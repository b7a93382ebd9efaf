#include "summarize/word_distribution.h"

namespace chorus::summarize {

WordDistribution word_distribution(const Cluster& cluster, const std::vector<Candidate>& candidates) {
  WordDistribution distribution;
  std::vector<uint32_t> dense(cluster.lexicon.size(), UINT32_MAX);  // stem id -> dense id
  const auto dense_id = [&](uint32_t stem) {
    if (stem >= dense.size()) dense.resize(stem + 1, UINT32_MAX);
    if (dense[stem] == UINT32_MAX) {
      dense[stem] = static_cast<uint32_t>(distribution.count.size());
      distribution.count.push_back(0);
    }
    return dense[stem];
  };
  for (const Document& doc : cluster.documents) {
    for (const Sentence& sentence : doc.sentences) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        if (doc.tokens[t].stop) continue;
        ++distribution.count[dense_id(doc.tokens[t].stem)];
        ++distribution.total;
      }
    }
  }
  distribution.probability.resize(distribution.count.size());
  for (size_t w = 0; w < distribution.count.size(); ++w) {
    distribution.probability[w] = static_cast<double>(distribution.count[w]) / distribution.total;
  }
  distribution.tokens.resize(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    distribution.tokens[i].reserve(candidates[i].content.size());
    for (uint32_t stem : candidates[i].content) distribution.tokens[i].push_back(dense[stem]);
  }
  return distribution;
}

}  // namespace chorus::summarize

#include "summarize/cluster_centroid.h"

#include <algorithm>
#include <cmath>

namespace chorus::summarize {

Centroid cluster_centroid(const Cluster& cluster, uint32_t min_words, double min_value) {
  const uint32_t stems = cluster.lexicon.size();
  std::vector<double> count(stems, 0);           // occurrences in the cluster
  std::vector<uint32_t> sentence_freq(stems, 0);  // sentences containing the stem
  std::vector<uint32_t> last_sentence(stems, UINT32_MAX);
  uint32_t sentences = 0;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& sentence : doc.sentences) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const Token& token = doc.tokens[t];
        if (token.stop) continue;
        count[token.stem] += 1;
        if (last_sentence[token.stem] != sentences) {
          last_sentence[token.stem] = sentences;
          ++sentence_freq[token.stem];
        }
      }
      ++sentences;
    }
  }

  Centroid centroid;
  centroid.weight.assign(stems, 0);
  const double documents = static_cast<double>(std::max<size_t>(cluster.documents.size(), 1));
  std::vector<uint32_t> present;
  for (uint32_t stem = 0; stem < stems; ++stem) {
    if (count[stem] == 0) continue;
    const double idf = std::log(static_cast<double>(sentences) / sentence_freq[stem]);
    centroid.weight[stem] = count[stem] / documents * idf;
    if (centroid.weight[stem] > 0) present.push_back(stem);
  }
  std::stable_sort(present.begin(), present.end(),
                   [&](uint32_t a, uint32_t b) { return centroid.weight[a] > centroid.weight[b]; });
  size_t kept = 0;
  while (kept < present.size() && (kept < min_words || centroid.weight[present[kept]] > min_value)) ++kept;
  for (size_t i = kept; i < present.size(); ++i) centroid.weight[present[i]] = 0;
  present.resize(kept);
  std::sort(present.begin(), present.end());
  centroid.vector.reserve(present.size());
  for (uint32_t stem : present) centroid.vector.emplace_back(stem, centroid.weight[stem]);
  return centroid;
}

}  // namespace chorus::summarize

// Centroid (MEAD; Radev, Jing, Styś and Tam 2004, "Centroid-based
// summarization of multiple documents", with MEAD's default classifier and
// reranker). A sentence scores
//   C + P,  C = the sum of the centroid values of its words (each occurrence),
//           P = (n - i + 1) / n * Cmax for the i-th of n sentences of its
//               document, Cmax the best C among that document's candidates,
// i.e. the default weights Centroid 1 and Position 1; first-sentence
// overlap has weight 0, as in MEAD's default classifier. Sentences shorter
// than 9 words score nothing (the default Length cutoff 9). Sentences are
// taken from the best score down, skipping any whose cosine with one already
// taken exceeds 0.7 (MEAD's default reranker threshold).
//
// The centroid (cluster_centroid.h) is MEAD's: mean count per document
// times idf, holding the top 8 words per document and every word valued
// above 3. Its idf comes from the cluster itself (ln of sentences over
// sentences with the word), as there is no background corpus; MEAD's value
// threshold was meant for its own idf table, but the result hardly depends
// on it (DUC 2004 R-1 37.2 to 37.5 for thresholds 2 to 5 or none).
#include <algorithm>

#include "summarize/cluster_centroid.h"
#include "summarize/method.h"
#include "summarize/ranked_selection.h"

namespace chorus::summarize {
namespace {

// MEAD's centroid (Essence::Centroid): the top 8 words per document, and
// beyond them every word valued above 3.
constexpr uint32_t kMinCentroidWordsPerDocument = 8;
constexpr double kMinCentroidValue = 3;
constexpr uint32_t kMinWords = 9;
constexpr double kMaxSimilarity = 0.7;

class CentroidMethod final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget,
                               const std::stop_token& stop) const override {
    const uint32_t min_words = kMinCentroidWordsPerDocument * static_cast<uint32_t>(cluster.documents.size());
    const Centroid centroid = cluster_centroid(cluster, min_words, kMinCentroidValue);
    std::vector<double> centrality(candidates.size(), 0);
    std::vector<double> best_in_doc(cluster.documents.size(), 0);  // Cmax
    for (size_t i = 0; i < candidates.size(); ++i) {
      for (uint32_t stem : candidates[i].content) centrality[i] += centroid.weight[stem];
      double& best = best_in_doc[candidates[i].doc];
      best = std::max(best, centrality[i]);
    }
    std::vector<double> scores(candidates.size(), 0);
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Candidate& candidate = candidates[i];
      if (candidate.words < kMinWords) continue;
      const double n = static_cast<double>(cluster.documents[candidate.doc].sentences.size());
      const double position = (n - candidate.position) / n * best_in_doc[candidate.doc];
      scores[i] = centrality[i] + position;
    }
    const text::SentenceVectors vectors(cluster);
    return select_ranked(candidates, scores, candidate_vectors(vectors, candidates), kMaxSimilarity, budget,
                         stop);
  }
};

}  // namespace

std::unique_ptr<Method> make_centroid() { return std::make_unique<CentroidMethod>(); }

}  // namespace chorus::summarize

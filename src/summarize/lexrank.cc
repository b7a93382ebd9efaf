// LexRank, continuous (Erkan and Radev 2004, "LexRank: Graph-based lexical
// centrality as salience in text summarization", Algorithm 3). The graph's
// nodes are the candidates, its edge weights their idf-modified cosine
// (text::SentenceVectors: tf-idf, unit length; each sentence's similarity
// with itself included, as in the paper's cosine matrix), rows normalized.
// Scores are the stationary distribution with damping 0.85 (the paper's
// d = 0.15 jump probability), by power iteration to an L1 change below 1e-9
// or 500 iterations (graph_rank.h). Sentences are taken from the best
// score down, skipping any whose cosine with one already taken exceeds
// 0.7: the paper's summaries were made inside MEAD, and this is MEAD's
// default reranker (centroid.cc).
//
// The graph is sparse (similarity_graph.h): sentences that share no term
// have cosine 0, so leaving their pair out changes nothing, and each
// sentence keeps its 512 most similar neighbours (a cap news clusters do
// not reach; it bounds the graph of a huge input).

#include "summarize/graph_rank.h"
#include "summarize/method.h"
#include "summarize/ranked_selection.h"
#include "summarize/similarity_graph.h"

namespace chorus::summarize {
namespace {

constexpr double kMaxSimilarity = 0.7;

class LexRank final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget, const std::stop_token& stop) const override {
    const text::SentenceVectors vectors(cluster);
    const auto candidate_vecs = candidate_vectors(vectors, candidates);
    GraphOptions graph_options;
    graph_options.self_loops = true;
    const SparseGraph graph = similarity_graph(
        candidate_vecs, vectors.term_bound(), [](uint32_t, uint32_t, double cosine) { return cosine; },
        graph_options, stop);
    const std::vector<double> scores = graph_rank(graph, {}, stop);
    return select_ranked(candidates, scores, candidate_vecs, kMaxSimilarity, budget, stop);
  }
};

}  // namespace

std::unique_ptr<Method> make_lexrank() { return std::make_unique<LexRank>(); }

}  // namespace chorus::summarize

// The candidate limit: a method whose cost grows faster than its input
// (sentence pairs, a solver, a greedy pass per chosen sentence) chooses
// among at most a fixed number of candidates, the ones a cheap linear score
// finds most central. News clusters stay far below the limit; it bounds the
// time and memory of a huge input, and the summary's warnings say so.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

// Each candidate's cosine with the cluster's tf-idf centroid (every content
// word kept; cluster_centroid.h), the relevance MMR uses: linear in the
// cluster's tokens.
std::vector<double> centrality(const Cluster& cluster, const std::vector<Candidate>& candidates);

// When there are more than `limit` candidates: first a sentence repeated
// word for word (the same stems and bigrams: copies of one article, wire
// copy run by many outlets) is kept once, at its first occurrence, since
// copies would crowd out everything else among the most central; then, if
// still more than `limit`, those of highest centrality (ties: the earlier).
// Kept candidates stay in their original order. Returns how many were
// dropped (0 when there were at most `limit`: `candidates` is untouched).
size_t limit_candidates(const Cluster& cluster, std::vector<Candidate>& candidates, uint32_t limit);

}  // namespace chorus::summarize

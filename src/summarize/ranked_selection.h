// The selection step shared by the methods that score sentences one by one
// (centroid, LexRank, TextRank): take sentences from the best score down,
// skipping those that do not fit the budget and those too similar to a
// sentence already taken (MEAD's reranker).
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

#include "summarize/candidate.h"
#include "summarize/method.h"
#include "text/sentence_vectors.h"

namespace chorus::summarize {

// Candidates in decreasing score, ties by candidate order (reading order).
std::vector<uint32_t> rank_by_score(const std::vector<double>& scores);

// Walks `scores` from the best down and takes each candidate that fits the
// budget and whose cosine (vectors[i]) with every taken one is at most
// `max_similarity`; 1 or more turns the check off. Throws chorus::Cancelled
// once `stop` is requested.
std::vector<uint32_t> select_ranked(const std::vector<Candidate>& candidates, const std::vector<double>& scores,
                                    const std::vector<const text::SparseVector*>& vectors, double max_similarity,
                                    const Budget& budget, const std::stop_token& stop = {});

// The cluster's sentence vector of each candidate.
std::vector<const text::SparseVector*> candidate_vectors(const text::SentenceVectors& vectors,
                                                         const std::vector<Candidate>& candidates);

}  // namespace chorus::summarize

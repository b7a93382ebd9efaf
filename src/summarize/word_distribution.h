// The cluster's unigram distribution over content stems (stop words left
// out), for the word-frequency methods (SumBasic, KL-greedy). Stems get dense
// ids so the methods index flat arrays.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

struct WordDistribution {
  // Dense word id -> count of its tokens in the cluster, and count / total.
  std::vector<uint32_t> count;
  std::vector<double> probability;
  uint32_t total = 0;  // content tokens in the cluster
  // Per candidate: the dense ids of its content tokens, in order, repeats kept.
  std::vector<std::vector<uint32_t>> tokens;
};

// Counts every content token of every body sentence of the cluster (not only
// the candidates: the input's distribution is what a summary should match).
WordDistribution word_distribution(const Cluster& cluster, const std::vector<Candidate>& candidates);

}  // namespace chorus::summarize

// The comparison sections of a Digest: figure groups with verdicts, and per
// source its unique sentences and distinctive terms.
#pragma once

#include "chorus/digest.h"
#include "chorus/options.h"
#include "core/cluster.h"
#include "text/sentence_vectors.h"

namespace chorus::digest {

// Fills digest.figures from the quantities of every document.
void add_figures(const Cluster& cluster, Digest& digest);

// Fills digest.sources: unique sentences (support threshold from `options`)
// and distinctive terms of each document.
void add_sources(const Cluster& cluster, const text::SentenceVectors& vectors, const Options& options,
                 Digest& digest);

}  // namespace chorus::digest

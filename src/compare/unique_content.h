// Unique content: the sentences of a document that state no claim another
// outlet states (claims.h).
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

#include "compare/claims.h"
#include "core/cluster.h"

namespace chorus::compare {

struct UniqueOptions {
  // Sentences with fewer content words (not stop words, not numbers) are
  // left out: fragments such as "It was not." say nothing on their own.
  uint32_t min_content_words = 4;
};

// For each document of the cluster, the indexes of its unique sentences, in
// text order. Linear in the tokens (a sentence's claims are looked up, never
// searched); throws chorus::Cancelled once `stop` is requested.
std::vector<std::vector<uint32_t>> unique_sentences(const Cluster& cluster, const ClaimSet& claims,
                                                    const UniqueOptions& options = {}, std::stop_token stop = {});

}  // namespace chorus::compare

// Distinctive terms: the words a document uses far more than the rest of the
// cluster, by the weighted log-odds ratio with an informative Dirichlet prior
// (Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5).
//
// Terms are stemmed content words (stop words, numbers and one-letter
// tokens left out) and pairs of adjacent content words in one sentence. For
// document i against the rest of the cluster j, with counts y, totals n and
// the prior alpha_w = prior_scale * y_w(cluster) / n(cluster), alpha_0 =
// prior_scale:
//
//   delta_w = ln((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
//           - ln((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
//   var     = 1 / (y_iw + a_w) + 1 / (y_jw + a_w),   z = delta / sqrt(var)
//
// The prior pulls rare words toward the cluster's own rates, so a word used
// once or twice is never distinctive. News articles are short (300-800
// content words), so the default prior is small: 100 pseudo-counts, about a
// fifth of one article. With it a word becomes distinctive when a document
// uses it three or more times and the others rarely; a prior the
// size of the cluster (thousands) would leave short articles with no terms.
// Terms are reported from z >= 1.645 (one-sided 5%).
// A word that occurs only inside a reported pair ("sea" in "sea-wall")
// is not reported again.
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

#include "core/cluster.h"

namespace chorus::compare {

struct DistinctiveOptions {
  // alpha_0: total pseudo-count of the prior, spread over terms by their
  // cluster frequency. Larger values need more evidence per term.
  double prior_scale = 100;
  // z-score at or above which a term is reported. The question is one-sided
  // (does this document use the term more?), so 1.645 is the 5% level; 1.96
  // (two-sided 5%) leaves most 300-word articles with no terms at all.
  double min_z = 1.645;
  // At most this many terms per document, highest z first.
  uint32_t max_terms = 10;
  // Count adjacent content-word pairs ("naval blockade") as terms too.
  bool bigrams = true;
};

struct TermScore {
  Span surface;        // the document's most frequent surface form of the term
  double z = 0;
  uint32_t count = 0;  // occurrences in the document
};

// For each document, its distinctive terms (z >= min_z), highest z first;
// ties by surface position. A document alone in its cluster has none.
// Linear in the tokens (terms and surface forms are counted by hashing);
// throws chorus::Cancelled once `stop` is requested.
std::vector<std::vector<TermScore>> distinctive_terms(const Cluster& cluster, const DistinctiveOptions& options,
                                                      std::stop_token stop = {});

}  // namespace chorus::compare

// Background term weights: the inverse document frequency of each word stem
// in a large body of general English (data/lexical/README.md). Weights from
// the cluster itself make the words every outlet of a story uses - its names,
// its verbs, the core that all of them corroborate - weigh nothing; weights
// from general English keep them informative while "year" or "say" count
// little.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chorus::text {

class TermWeights {
 public:
  TermWeights() = default;
  // Reads the table build_term_weights writes: a first line
  // "documents<TAB>N", then "stem<TAB>df" lines sorted by stem (bytewise).
  // `table` must outlive the object (the embedded table does). Throws
  // chorus::Error naming `origin` and the line when the table is malformed.
  static TermWeights parse(std::string_view table, std::string_view origin);

  // ln((N + 1) / (df + 1)): a stem the corpus never uses (a name, a rare
  // word) gets max_idf().
  double idf(std::string_view stem) const;
  double max_idf() const;
  uint64_t documents() const { return documents_; }
  size_t size() const { return entries_.size(); }

 private:
  uint64_t documents_ = 0;
  std::vector<std::pair<std::string_view, uint32_t>> entries_;  // sorted by stem
};

// Counts, for every stem, the documents of `corpus` (one document a line)
// whose words have it: tokens as the annotator makes them, case-folded,
// stemmed with the ROUGE Porter stemmer; numbers left out. Writes the table
// TermWeights::parse reads, keeping stems used by at least `min_documents`.
// Deterministic. Returns the number of documents read.
uint64_t build_term_weights(std::istream& corpus, std::ostream& table, uint32_t min_documents);

}  // namespace chorus::text

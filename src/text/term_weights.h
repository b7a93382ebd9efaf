// Background term weights: the inverse document frequency of each word stem
// in a large body of general English (data/lexical/README.md). Weights from
// the cluster itself make the words every outlet of a story uses - its names,
// its verbs, the core that all of them corroborate - weigh nothing; weights
// from general English keep them informative while "year" or "say" count
// little.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::text {

class TermWeights {
 public:
  // One stem: its bytes in the table's text, and its document frequency.
  struct Entry {
    uint32_t key_offset = 0;
    uint32_t key_size = 0;
    uint32_t count = 0;
  };

  TermWeights() = default;
  // Reads the table build_term_weights writes: a first line
  // "documents<TAB>N", then "stem<TAB>df" lines sorted by stem (bytewise).
  // `table` must outlive the object (the embedded table does). Throws
  // chorus::Error naming `origin` and the line when the table is malformed.
  static TermWeights parse(std::string_view table, std::string_view origin);
  // Over entries parse() made of `table` before (at build time, for the
  // embedded table: text/lexical_tables.h); both must outlive the object.
  static TermWeights view(std::string_view table, uint64_t documents, std::span<const Entry> entries) {
    return TermWeights(table, documents, entries);
  }

  // ln((N + 1) / (df + 1)): a stem the corpus never uses (a name, a rare
  // word) gets max_idf().
  double idf(std::string_view stem) const;
  double max_idf() const;
  uint64_t documents() const { return documents_; }
  size_t size() const { return entries_.size(); }
  std::span<const Entry> entries() const { return entries_; }

 private:
  TermWeights(std::string_view table, uint64_t documents, std::span<const Entry> entries)
      : table_(table), documents_(documents), entries_(entries) {}
  std::string_view key(const Entry& entry) const { return table_.substr(entry.key_offset, entry.key_size); }

  std::string_view table_;
  uint64_t documents_ = 0;
  std::span<const Entry> entries_;                    // sorted by stem
  std::shared_ptr<const std::vector<Entry>> owned_;  // what entries_ views, when parsed
};

// Counts, for every stem, the documents of `corpus` (one document a line)
// whose words have it: tokens as the annotator makes them, case-folded,
// stemmed with the ROUGE Porter stemmer; numbers left out. Writes the table
// TermWeights::parse reads, keeping stems used by at least `min_documents`.
// Deterministic. Returns the number of documents read.
uint64_t build_term_weights(std::istream& corpus, std::ostream& table, uint32_t min_documents);

}  // namespace chorus::text

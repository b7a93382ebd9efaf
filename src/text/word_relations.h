// Word relations: which word stems can stand for one another - synonyms and
// derivations from WordNet (data/lexical/README.md) - so that "called off",
// "cancelled" and "the cancellation" meet. Each stem belongs to sense
// classes; two stems are related when they share one. Only a word's most
// frequent senses count, so "scrub" (to rub) does not stand for "cancel".
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <span>
#include <string_view>
#include <vector>

namespace chorus::text {

class WordRelations {
 public:
  WordRelations() = default;
  // Reads the table build_word_relations writes: "key<TAB>class,class,..."
  // lines sorted by key (bytewise), a key being a stem ("cancel") or a stem
  // and a particle ("call off"). `table` must outlive the object. Throws
  // chorus::Error naming `origin` and the line when malformed.
  static WordRelations parse(std::string_view table, std::string_view origin);

  // The sense classes of `key`, ascending; empty when it has none.
  std::span<const uint32_t> classes(std::string_view key) const;
  size_t size() const { return keys_.size(); }

 private:
  struct Entry {
    std::string_view key;
    uint32_t first = 0;  // into classes_
    uint32_t count = 0;
  };
  std::vector<Entry> keys_;  // sorted by key
  std::vector<uint32_t> classes_;
};

// Whether two sorted class lists share a class.
bool share_class(std::span<const uint32_t> a, std::span<const uint32_t> b);

// Particles that make a phrasal verb with the word before them ("call off",
// "hand over"); keys of phrasal verbs are "stem particle".
bool is_particle(std::string_view folded);

// Builds the table from WordNet 3.0's dictionary files in `wordnet`
// (index.*, data.*, *.exc; Debian's wordnet-base installs them in
// /usr/share/wordnet): every word or phrasal verb joins the classes of its
// `senses` most frequent senses, words derived from it in those senses
// (cancel -> cancellation) join them too, and irregular forms (took) join
// their base's. Classes with one key only are dropped. Deterministic.
// Throws chorus::Error when a file is missing or malformed. Returns the
// number of keys written.
size_t build_word_relations(const std::filesystem::path& wordnet, std::ostream& table, int senses);

}  // namespace chorus::text

// Word relations: which word stems can stand for one another - synonyms and
// derivations from WordNet (data/lexical/README.md) - so that "called off",
// "cancelled" and "the cancellation" meet. Each stem belongs to sense
// classes; two stems are related when they share one. Only a word's most
// frequent senses count, so "scrub" (to rub) does not stand for "cancel".
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace chorus::text {

class WordRelations {
 public:
  // One key: its bytes in the table's text, and its classes.
  struct Entry {
    uint32_t key_offset = 0;
    uint32_t key_size = 0;
    uint32_t first = 0;  // into classes
    uint32_t count = 0;
  };

  WordRelations() = default;
  // Reads the table build_word_relations writes: "key<TAB>class,class,..."
  // lines sorted by key (bytewise), a key being a stem ("cancel") or a stem
  // and a particle ("call off"). `table` must outlive the object. Throws
  // chorus::Error naming `origin` and the line when malformed.
  static WordRelations parse(std::string_view table, std::string_view origin);
  // Over the arrays parse() made of `table` before (at build time, for the
  // embedded table: text/lexical_tables.h); all must outlive the object.
  static WordRelations view(std::string_view table, std::span<const Entry> keys, std::span<const uint32_t> classes) {
    return WordRelations(table, keys, classes);
  }

  // The sense classes of `key`, ascending; empty when it has none.
  std::span<const uint32_t> classes(std::string_view key) const;
  size_t size() const { return keys_.size(); }
  std::span<const Entry> keys() const { return keys_; }
  std::span<const uint32_t> all_classes() const { return classes_; }

 private:
  struct Arrays {
    std::vector<Entry> keys;
    std::vector<uint32_t> classes;
  };
  WordRelations(std::string_view table, std::span<const Entry> keys, std::span<const uint32_t> classes)
      : table_(table), keys_(keys), classes_(classes) {}
  std::string_view key(const Entry& entry) const { return table_.substr(entry.key_offset, entry.key_size); }

  std::string_view table_;
  std::span<const Entry> keys_;  // sorted by key
  std::span<const uint32_t> classes_;
  std::shared_ptr<const Arrays> owned_;  // what the spans view, when parsed
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

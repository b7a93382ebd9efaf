// Gazetteer: names from maintained Debian data, as features for the tagger.
//
// Phrases (countries, subdivisions, WordNet's proper nouns by lexicographer
// file) and single words (a spelling dictionary's proper and common words) are
// kept as 32-bit hashes of their lower-cased tokens with a bit set of classes,
// so the lists cost about seven bytes an entry in the model file (key, class
// byte, directory) and the tagger never depends on the packages being
// installed where it runs. The hashes are
// incremental over tokens, so a longest match costs one lookup per token.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "entities/ner_key_index.h"
#include "entities/ner_key_table.h"

namespace chorus::entities {

// Classes of a gazetteer entry (bits).
enum GazetteerClass : uint8_t {
  kGazCountry = 1 << 0,      // iso-codes ISO 3166-1 and 3166-3 names
  kGazSubdivision = 1 << 1,  // iso-codes ISO 3166-2 names
  kGazPerson = 1 << 2,       // WordNet noun.person proper nouns
  kGazLocation = 1 << 3,     // WordNet noun.location proper nouns
  kGazGroup = 1 << 4,        // WordNet noun.group proper nouns
  kGazProperWord = 1 << 5,   // a capitalized word of the spelling dictionary
  kGazCommonWord = 1 << 6,   // a lower-case word of the spelling dictionary
};
inline constexpr int kGazetteerClassCount = 7;
inline constexpr uint8_t kGazPhraseClasses = kGazCountry | kGazSubdivision | kGazPerson | kGazLocation | kGazGroup;
inline constexpr uint8_t kGazPrefixBit = 0x80;  // a longer phrase continues
inline constexpr size_t kGazMaxPhraseWords = 8;

// Where the Debian data lives; an empty path is skipped.
struct GazetteerSources {
  // iso-codes: JSON with names of countries, former countries, subdivisions.
  std::filesystem::path iso_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::filesystem::path iso_3166_3 = "/usr/share/iso-codes/json/iso_3166-3.json";
  std::filesystem::path iso_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json";
  // wordnet-base: noun synsets with their lexicographer file.
  std::filesystem::path wordnet_nouns = "/usr/share/wordnet/data.noun";
  // wamerican: one word a line, proper nouns capitalized (given names, places).
  std::filesystem::path words = "/usr/share/dict/american-english";
};

// The gazetteer the tagger reads: a KeyTable of phrase-prefix hashes and a
// class byte per key, read in place from a model's bytes or owning its
// arrays. Immutable; copies share the arrays.
class Gazetteer {
 public:
  Gazetteer() = default;
  // Reads every non-empty source (GazetteerBuilder::add_sources).
  static Gazetteer from_sources(const GazetteerSources& sources);
  // Sorted, unique (key, value) pairs, as entries() gives them.
  static Gazetteer from_entries(std::span<const std::pair<uint32_t, uint8_t>> entries);
  // Over arrays that `owner` keeps alive: `values[i]` belongs to key i.
  Gazetteer(KeyTable keys, std::span<const uint8_t> values, std::shared_ptr<const void> owner)
      : keys_(keys), values_(values), owner_(std::move(owner)) {}

  // For each word, the phrase classes of the longest phrases starting there
  // (`begins`) and of those covering it after their first word (`insides`).
  // A phrase must start with a word that is not all lower case.
  void match(std::span<const std::string_view> words, std::span<uint8_t> begins, std::span<uint8_t> insides) const;

  // Single-word classes of `word` (case-insensitive), e.g. kGazCommonWord.
  uint8_t word_classes(std::string_view word) const;

  size_t size() const { return keys_.size(); }
  const KeyTable& keys() const { return keys_; }
  std::span<const uint8_t> values() const { return values_; }

  // Flat form: sorted (key, value) pairs.
  std::vector<std::pair<uint32_t, uint8_t>> entries() const;

 private:
  // The value of `key`, or nullptr.
  const uint8_t* find(uint32_t key) const {
    const uint32_t row = keys_.find(key);
    return row == KeyTable::kMissing || row >= values_.size() ? nullptr : &values_[row];
  }

  KeyTable keys_;
  std::span<const uint8_t> values_;  // classes and kGazPrefixBit, by row
  std::shared_ptr<const void> owner_;
};

// Collects phrases into a Gazetteer, for training.
class GazetteerBuilder {
 public:
  // Reads every non-empty source; throws chorus::Error naming a file that is
  // missing or malformed (install iso-codes, wordnet-base, wamerican).
  void add_sources(const GazetteerSources& sources);
  // Adds a phrase (tokens separated by spaces or underscores) with `classes`.
  void add_phrase(std::string_view phrase, uint8_t classes);
  Gazetteer build() const;

 private:
  // The value of `key`, added as 0 when absent.
  uint8_t& value(uint32_t key);

  KeyIndex index_;               // key -> row
  std::vector<uint32_t> keys_;   // row -> key
  std::vector<uint8_t> values_;  // row -> classes and kGazPrefixBit
};

}  // namespace chorus::entities

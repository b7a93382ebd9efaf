// Buckets of name spellings for entity_groups: by transliteration key, and by
// the one-deletion variants of the key and of the folded form, so names one
// edit apart meet without comparing all pairs (symmetric deletion).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "compare/entity_groups.h"

namespace chorus::compare {

// The context similarity two folded names (with their keys) need to merge,
// from how their spellings relate: equal keys, keys one edit apart (same
// initials), or a typo one edit apart; above 1 when unrelated. A difference
// only at the end ("Serbia"/"Serbian", "Sweden"/"Swedes") is a derived word,
// not a variant, except a plural "s", or between two people's names
// ("Sokhon"/"Sokhonn": people's names do not inflect).
double spelling_threshold(const std::string& form_a, const std::string& key_a, const std::string& form_b,
                          const std::string& key_b, bool people, const EntityGroupOptions& options);

class NameIndex {
 public:
  // Files `id` under the buckets of its folded `form` and `key`; it is found
  // by `candidates` after the next `sort`.
  void add(const std::string& form, const std::string& key, uint32_t id, const EntityGroupOptions& options);
  void sort();
  // Ids sharing a bucket with `form` or `key`: same key, key or form within
  // one edit (and long enough); sorted, no repeats; may include false friends.
  std::vector<uint32_t> candidates(const std::string& form, const std::string& key,
                                   const EntityGroupOptions& options) const;

 private:
  std::vector<uint64_t> bucket_names(const std::string& form, const std::string& key,
                                     const EntityGroupOptions& options) const;
  // (bucket_hash of the name, id), sorted up to `sorted_`: one flat array, not
  // a map of small vectors (a large cluster files hundreds of thousands).
  std::vector<std::pair<uint64_t, uint32_t>> entries_;
  size_t sorted_ = 0;
};

}  // namespace chorus::compare

// Buckets of name spellings for entity_groups: by transliteration key, and by
// the one-deletion variants of the key and of the folded form, so names one
// edit apart meet without comparing all pairs (symmetric deletion).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/entity_groups.h"

namespace chorus::extract {

class NameIndex {
 public:
  // Files `id` under the buckets of its folded `form` and `key`.
  void add(const std::string& form, const std::string& key, uint32_t id, const EntityGroupOptions& options);
  // Ids sharing a bucket with `form` or `key`: same key, key or form within
  // one edit (and long enough); sorted, no repeats; may include false friends.
  std::vector<uint32_t> candidates(const std::string& form, const std::string& key,
                                   const EntityGroupOptions& options) const;

 private:
  std::vector<std::string> bucket_names(const std::string& form, const std::string& key,
                                        const EntityGroupOptions& options) const;
  std::unordered_map<std::string, std::vector<uint32_t>> buckets_;
};

}  // namespace chorus::extract

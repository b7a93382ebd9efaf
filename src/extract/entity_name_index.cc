#include "extract/entity_name_index.h"

#include <algorithm>

#include "extract/entity_names.h"

namespace chorus::extract {
namespace {

// A bucket this full holds a short, common pattern: no evidence of anything.
constexpr size_t kMaxBucket = 64;

void add_deletions(char tag, const std::string& text, std::vector<std::string>& out) {
  out.push_back(tag + text);
  for (size_t i = 0; i < text.size(); ++i) out.push_back(tag + text.substr(0, i) + text.substr(i + 1));
}

}  // namespace

std::vector<std::string> NameIndex::bucket_names(const std::string& form, const std::string& key,
                                                 const EntityGroupOptions& options) const {
  std::vector<std::string> names;
  const size_t key_letters = letter_count(key);
  if (key_letters >= options.key_min_letters) names.push_back('k' + key);
  if (key_letters >= options.key_min_letters + 1) add_deletions('d', key, names);
  if (letter_count(form) >= options.typo_min_letters) add_deletions('t', form, names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

void NameIndex::add(const std::string& form, const std::string& key, uint32_t id, const EntityGroupOptions& options) {
  for (std::string& name : bucket_names(form, key, options)) buckets_[std::move(name)].push_back(id);
}

std::vector<uint32_t> NameIndex::candidates(const std::string& form, const std::string& key,
                                            const EntityGroupOptions& options) const {
  std::vector<uint32_t> out;
  for (const std::string& name : bucket_names(form, key, options)) {
    const auto it = buckets_.find(name);
    if (it == buckets_.end() || it->second.size() > kMaxBucket) continue;
    out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chorus::extract

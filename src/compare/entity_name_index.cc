#include "compare/entity_name_index.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include "entities/entity_names.h"

namespace chorus::compare {

using entities::letter_count;
using entities::within_one_edit;

namespace {

// A bucket this full holds a short, common pattern: no evidence of anything.
constexpr size_t kMaxBucket = 64;

// A bucket is named by the 64-bit hash of its tag and text: no strings kept
// or allocated per name, and a collision only adds a false friend, which the
// spelling and context tests reject anyway.
uint64_t bucket_hash(char tag, std::string_view text, std::string& buffer) {
  buffer.assign(1, tag);
  buffer += text;
  return std::hash<std::string_view>{}(buffer);
}

void add_deletions(char tag, const std::string& text, std::vector<uint64_t>& out) {
  std::string buffer, deleted;
  out.push_back(bucket_hash(tag, text, buffer));
  for (size_t i = 0; i < text.size(); ++i) {
    deleted.assign(text, 0, i);
    deleted.append(text, i + 1);
    out.push_back(bucket_hash(tag, deleted, buffer));
  }
}

// Whether b derives from a by its ending: letters added at the end (other
// than a plural "s": "Serbia"/"Serbian"), or a last letter swapped for an
// ending "n" or "s" ("Sweden"/"Swedes"). A typo of the last letter
// ("Brannoch"/"Brannock") is not.
bool derived(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  size_t prefix = 0;
  while (prefix < a.size() && a[prefix] == b[prefix]) ++prefix;
  if (prefix == a.size()) return !(b.size() == a.size() + 1 && b.back() == 's');
  const auto ending = [](char c) { return c == 'n' || c == 's'; };
  return a.size() == b.size() && prefix + 1 == a.size() && (ending(a.back()) || ending(b.back()));
}

// Whether every word of two keys starts with the same letter.
bool same_initials(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  for (size_t i = a.find(' '), j = b.find(' '); i != std::string_view::npos || j != std::string_view::npos;
       i = a.find(' ', i + 1), j = b.find(' ', j + 1)) {
    if (i == std::string_view::npos || j == std::string_view::npos || i + 1 >= a.size() || j + 1 >= b.size() ||
        a[i + 1] != b[j + 1])
      return false;
  }
  return true;
}

}  // namespace

double spelling_threshold(const std::string& form_a, const std::string& key_a, const std::string& form_b,
                          const std::string& key_b, bool people, const EntityGroupOptions& options) {
  // Numbers name different things ("Windows 95"/"Windows 98", "G7"/"G8").
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (std::any_of(form_a.begin(), form_a.end(), digit) || std::any_of(form_b.begin(), form_b.end(), digit)) return 2;
  if (!people && derived(form_a, form_b)) return 2;  // "Portugal"/"Portuguese" by key below
  double needed = 2;
  const size_t key_letters = std::min(letter_count(key_a), letter_count(key_b));
  if (key_a == key_b && key_letters >= options.key_min_letters) {
    // Three-letter keys are common: they need the stronger context.
    needed = key_letters > options.key_min_letters ? options.same_key_context : options.near_key_context;
  } else if (key_letters >= options.key_min_letters + 2 && within_one_edit(key_a, key_b) &&
             same_initials(key_a, key_b) && (people || !derived(key_a, key_b))) {
    // Five letters at least: "Brazil"/"Brasilia" ("brzl"/"brsl") are too short to tell.
    needed = options.near_key_context;
  }
  if (std::min(letter_count(form_a), letter_count(form_b)) >= options.typo_min_letters &&
      within_one_edit(form_a, form_b))
    needed = std::min(needed, options.typo_context);
  return needed;
}

std::vector<uint64_t> NameIndex::bucket_names(const std::string& form, const std::string& key,
                                              const EntityGroupOptions& options) const {
  std::vector<uint64_t> names;
  std::string buffer;
  const size_t key_letters = letter_count(key);
  if (key_letters >= options.key_min_letters) names.push_back(bucket_hash('k', key, buffer));
  if (key_letters >= options.key_min_letters + 1) add_deletions('d', key, names);
  if (letter_count(form) >= options.typo_min_letters) add_deletions('t', form, names);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

void NameIndex::add(const std::string& form, const std::string& key, uint32_t id, const EntityGroupOptions& options) {
  for (uint64_t name : bucket_names(form, key, options)) entries_.emplace_back(name, id);
}

void NameIndex::sort() {
  std::sort(entries_.begin(), entries_.end());
  sorted_ = entries_.size();
}

std::vector<uint32_t> NameIndex::candidates(const std::string& form, const std::string& key,
                                            const EntityGroupOptions& options) const {
  std::vector<uint32_t> out;
  const auto end = entries_.begin() + static_cast<ptrdiff_t>(sorted_);
  for (uint64_t name : bucket_names(form, key, options)) {
    const auto first = std::lower_bound(entries_.begin(), end, std::pair<uint64_t, uint32_t>(name, 0));
    const auto last = std::upper_bound(first, end, std::pair<uint64_t, uint32_t>(name, UINT32_MAX));
    if (last - first > static_cast<ptrdiff_t>(kMaxBucket)) continue;
    for (auto it = first; it != last; ++it) out.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chorus::compare

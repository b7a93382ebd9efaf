// KeyTable: the read-only twin of KeyIndex (ner_key_index.h), laid out to be
// used in place from the bytes of a model file: the keys sorted ascending,
// and a directory of where each bucket of keys starts, a bucket being the
// keys that share their top `bits` bits. Feature keys are hashes, so buckets
// hold one or two keys and a lookup reads one directory entry and one cache
// line of keys; nothing is built when a model loads. A model's views (its
// gazetteer and weights) keep KeyTables over the model's bytes.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace chorus::entities {

class KeyTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;
  static constexpr uint32_t kMaxBits = 24;

  KeyTable() = default;
  // `keys` ascending; `directory` holds 2^bits + 1 ascending offsets into
  // `keys` (directory_for). Entries out of range are clamped, so a corrupt
  // table gives wrong rows, never a read outside the spans.
  KeyTable(std::span<const uint32_t> keys, std::span<const uint32_t> directory, uint32_t bits)
      : keys_(keys), directory_(directory), shift_(bits == 0 ? 32 : 32 - bits) {}

  // Row of `key` (its position among the sorted keys), or kMissing.
  uint32_t find(uint32_t key) const {
    if (directory_.empty()) return kMissing;
    const uint64_t bucket = shift_ == 32 ? 0 : key >> shift_;
    const auto size = static_cast<uint32_t>(keys_.size());
    const uint32_t end = std::min(directory_[bucket + 1], size);
    const uint32_t* first = keys_.data() + std::min(directory_[bucket], end);
    const uint32_t* last = keys_.data() + end;
    const uint32_t* found = std::lower_bound(first, last, key);  // binary, should keys crowd one bucket
    return found != last && *found == key ? static_cast<uint32_t>(found - keys_.data()) : kMissing;
  }
  // Asks the memory system for the directory entry of `key` ahead of find():
  // a token's features are looked up together, so their cache misses overlap.
  void prefetch(uint32_t key) const {
    if (directory_.empty()) return;
    __builtin_prefetch(directory_.data() + (shift_ == 32 ? 0 : key >> shift_));
  }
  // The same for the keys of its bucket (the directory entry must be at hand).
  void prefetch_bucket(uint32_t key) const {
    if (directory_.empty()) return;
    const uint64_t bucket = shift_ == 32 ? 0 : key >> shift_;
    const uint32_t at = std::min(directory_[bucket], static_cast<uint32_t>(keys_.size()));
    __builtin_prefetch(keys_.data() + at);
  }
  size_t size() const { return keys_.size(); }
  std::span<const uint32_t> keys() const { return keys_; }

  // Directory bits for `count` keys: about two keys a bucket.
  static uint32_t bits_for(size_t count);
  // The directory of ascending `keys` for `bits`: 2^bits + 1 offsets.
  static std::vector<uint32_t> directory_for(std::span<const uint32_t> keys, uint32_t bits);

 private:
  std::span<const uint32_t> keys_;
  std::span<const uint32_t> directory_;
  uint32_t shift_ = 32;
};

}  // namespace chorus::entities

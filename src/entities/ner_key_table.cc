#include "entities/ner_key_table.h"

namespace chorus::entities {

uint32_t KeyTable::bits_for(size_t count) {
  uint32_t bits = 0;
  while (bits < kMaxBits && (size_t{2} << bits) < count) ++bits;
  return bits;
}

std::vector<uint32_t> KeyTable::directory_for(std::span<const uint32_t> keys, uint32_t bits) {
  const size_t buckets = size_t{1} << bits;
  std::vector<uint32_t> directory(buckets + 1);
  size_t row = 0;
  for (size_t bucket = 0; bucket < buckets; ++bucket) {
    directory[bucket] = static_cast<uint32_t>(row);
    while (row < keys.size() && (bits == 0 ? 0 : keys[row] >> (32 - bits)) == bucket) ++row;
  }
  directory[buckets] = static_cast<uint32_t>(keys.size());
  return directory;
}

}  // namespace chorus::entities

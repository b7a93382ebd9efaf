// Stable 32-bit feature keys. The model file stores keys, not feature strings,
// so the hash must never change between builds or platforms: FNV-1a over the
// bytes, then a murmur-style finalizer to spread the bits.
#pragma once

#include <cstdint>
#include <string_view>

namespace chorus::entities {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

constexpr uint64_t hash_bytes(std::string_view bytes, uint64_t seed = kFnvOffset) {
  uint64_t h = seed;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

constexpr uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Combines a feature template id with one or two component hashes.
constexpr uint32_t feature_key(uint32_t templ, uint64_t a, uint64_t b = 0) {
  return static_cast<uint32_t>(mix64(a * 0x9e3779b97f4a7c15ULL ^ mix64(b + templ * 0x632be59bd9b4e019ULL) ^ templ));
}

}  // namespace chorus::entities

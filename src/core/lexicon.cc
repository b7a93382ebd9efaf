#include "core/lexicon.h"

namespace chorus {
namespace {

// FNV-1a, then a multiply to spread the low bits the mask keeps: terms are
// short, so a simple byte loop beats a general-purpose hash's setup.
uint64_t hash_term(std::string_view term) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : term) hash = (hash ^ c) * 0x100000001b3ull;
  return hash * 0x9E3779B97F4A7C15ull;
}

}  // namespace

size_t Lexicon::slot_of(std::string_view term, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t i = (hash >> 32) & mask;
  for (;;) {
    const uint32_t id = slots_[i];
    if (id == kUnset || (hashes_[id] == hash && strings_[id] == term)) return i;
    i = (i + 1) & mask;
  }
}

void Lexicon::grow() {
  std::vector<uint32_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, kUnset);
  const size_t mask = slots_.size() - 1;
  for (uint32_t id : old) {
    if (id == kUnset) continue;
    size_t i = (hashes_[id] >> 32) & mask;
    while (slots_[i] != kUnset) i = (i + 1) & mask;
    slots_[i] = id;
  }
}

uint32_t Lexicon::intern(std::string_view term) {
  if (2 * (strings_.size() + 1) > slots_.size()) grow();
  const uint64_t hash = hash_term(term);
  const size_t slot = slot_of(term, hash);
  if (slots_[slot] != kUnset) return slots_[slot];
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(term);
  info_.emplace_back();
  hashes_.push_back(hash);
  slots_[slot] = id;
  return id;
}

std::optional<uint32_t> Lexicon::find(std::string_view term) const {
  if (slots_.empty()) return std::nullopt;
  const uint32_t id = slots_[slot_of(term, hash_term(term))];
  if (id == kUnset) return std::nullopt;
  return id;
}

}  // namespace chorus

#include "core/lexicon.h"

namespace chorus {

uint32_t Lexicon::intern(std::string_view term) {
  if (auto it = ids_.find(term); it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(term);
  info_.emplace_back();
  ids_.emplace(strings_.back(), id);
  return id;
}

std::optional<uint32_t> Lexicon::find(std::string_view term) const {
  if (auto it = ids_.find(term); it != ids_.end()) return it->second;
  return std::nullopt;
}

}  // namespace chorus

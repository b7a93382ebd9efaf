#include "entities/entity_mention.h"

#include <array>

namespace chorus::entities {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kNames = {"PER", "ORG", "LOC", "MISC"};

}  // namespace

std::string_view entity_type_name(EntityType type) { return kNames[static_cast<size_t>(type)]; }

std::optional<EntityType> entity_type_from_name(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<EntityType>(i);
  return std::nullopt;
}

}  // namespace chorus::entities

// Entity mentions: a typed byte span into a Document's text (CoNLL-2003 types).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/span.h"

namespace chorus::entities {

// The four CoNLL-2003 types. Stable names: "PER", "ORG", "LOC", "MISC".
enum class EntityType : uint8_t { kPerson, kOrganization, kLocation, kMisc };
inline constexpr int kEntityTypeCount = 4;

std::string_view entity_type_name(EntityType type);
// The type named `name` ("PER", ...), or nothing.
std::optional<EntityType> entity_type_from_name(std::string_view name);

struct EntityMention {
  Span span;              // the mention's bytes in Document::text
  EntityType type;
  std::string_view text;  // the mention as written: a view of Document::text at `span`
  friend bool operator==(const EntityMention&, const EntityMention&) = default;
};

}  // namespace chorus::entities

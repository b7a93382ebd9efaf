// One entity, all its names, across the documents of a cluster: the tagged
// mentions grouped by general rules — the same name; acronyms and aliases the
// text states; short forms ("Aliyev" for "Ilham Aliyev"); transliteration
// variants and typos, confirmed by type and context. Titles and roles are
// taken off the names and kept as the entity's role.
//
// Work stays near-linear: names are bucketed by folded form, transliteration
// key and their one-deletion variants, and only names sharing a bucket are
// compared.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/cluster.h"
#include "entities/entity_mention.h"

namespace chorus::compare {

struct EntityGroupOptions {
  // Context confirmation: similarity of the words around two names (see
  // entity_context.h) needed to merge them when their transliteration keys
  // are equal (four letters or more; three need near_key_context), one edit
  // apart (five letters or more), or their spellings one edit apart (a typo).
  double same_key_context = 0.10;
  double near_key_context = 0.25;
  double typo_context = 0.10;
  // Names shorter than this (letters) never merge as typos.
  size_t typo_min_letters = 6;
  // Keys shorter than this (letters) never merge as transliterations.
  size_t key_min_letters = 3;
};

struct GroupedMention {
  uint32_t doc = 0;  // index into Cluster::documents
  Span span;         // the name as written, titles left out
};

struct EntityGroup {
  std::string name;                  // the most frequent full form
  entities::EntityType type = entities::EntityType::kMisc;
  std::vector<std::string> aliases;  // the other surface forms, most frequent first
  std::string role;                  // "President", "Governor", ...; "" when none
  std::vector<GroupedMention> mentions;  // by document, then text order; no overlaps
  uint32_t documents = 0;            // how many documents mention it
};

// Groups `mentions` (one list per document of `cluster`, as tag_entities
// gives them); groups in more documents first, then more mentions, then name.
std::vector<EntityGroup> group_entities(const Cluster& cluster,
                                        std::span<const std::vector<entities::EntityMention>> mentions,
                                        const EntityGroupOptions& options = {});

}  // namespace chorus::compare

// The entities of a cluster: each document's body tagged with the entity
// model, the mentions grouped across documents (compare/entity_groups.h).
#pragma once

#include <stop_token>
#include <vector>

#include "chorus/digest.h"
#include "compare/entity_groups.h"
#include "core/cluster.h"
#include "entities/ner_model.h"

namespace chorus::digest {

// Tags every document and groups the names across them.
std::vector<compare::EntityGroup> find_entities(const Cluster& cluster, const entities::NerModel& model,
                                                std::stop_token stop = {});

// Fills digest.entities from the groups.
void add_entities(const Cluster& cluster, const std::vector<compare::EntityGroup>& groups, Digest& digest);

}  // namespace chorus::digest

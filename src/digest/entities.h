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

// Tags every document, on up to `threads` threads (0: one per core), and
// groups the names across them.
std::vector<compare::EntityGroup> find_entities(const Cluster& cluster, const entities::NerModel& model,
                                                std::stop_token stop = {}, unsigned threads = 1);

// Fills digest.entities from the groups, releasing each group once copied.
void add_entities(const Cluster& cluster, std::vector<compare::EntityGroup>&& groups, Digest& digest);

}  // namespace chorus::digest

// The entities section of a Digest: each document's body tagged with the
// entity model, the mentions grouped across documents (compare/entity_groups.h).
#pragma once

#include <stop_token>

#include "chorus/digest.h"
#include "core/cluster.h"
#include "entities/ner_model.h"

namespace chorus::digest {

// Fills digest.entities.
void add_entities(const Cluster& cluster, const entities::NerModel& model, Digest& digest,
                  std::stop_token stop = {});

}  // namespace chorus::digest

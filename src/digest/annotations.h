// The per-document annotations the comparison reads (compare/sentence_facts.h):
// the names of each document numbered by the entity groups, its figures and
// its time expressions resolved against its own day.
#pragma once

#include <stop_token>
#include <vector>

#include "compare/entity_groups.h"
#include "compare/sentence_facts.h"
#include "core/cluster.h"
#include "time/timex.h"

namespace chorus::digest {

// Documents are read on up to `threads` threads (0: one per core). Throws
// chorus::Cancelled once `stop` is requested (checked between documents and
// between their figures and dates).
std::vector<compare::DocumentAnnotations> annotate_documents(const Cluster& cluster,
                                                             const std::vector<compare::EntityGroup>& groups,
                                                             const time::TimexTagger& tagger,
                                                             std::stop_token stop = {}, unsigned threads = 1);

}  // namespace chorus::digest

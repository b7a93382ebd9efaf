// Versions of one story: wire services send a report again with a few lines
// changed ("updates"), and feeds carry the same article twice. Such copies
// are not independent reports, so they must not count twice when a method
// weighs what "several documents" say.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

// Two documents are versions of one story when more than this share of
// their distinct bigrams (union) is common to both: rewrites of one event by
// different outlets share far less.
inline constexpr double kSameStoryOverlap = 0.5;

// Per document, the first document (lowest index) of its group of versions,
// linking documents whose candidates' bigram sets overlap by more than
// `overlap` (Jaccard), transitively. Clusters of more than 64 documents are
// left ungrouped.
std::vector<uint32_t> story_versions(const Cluster& cluster, const std::vector<Candidate>& candidates,
                                     double overlap = kSameStoryOverlap);

}  // namespace chorus::summarize

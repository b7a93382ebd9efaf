// The one place that wires the stages: articles -> Cluster -> Digest.
#pragma once

#include <stop_token>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"
#include "compare/claims.h"
#include "compare/match_model.h"
#include "core/cluster.h"
#include "core/diagnostics.h"
#include "entities/ner_model.h"

namespace chorus::digest {

// Ingest and annotate: decode each article, remove furniture across the
// batch, split sentences and tokens, date each document (metadata, dateline
// or inferred; see time/publication_date.h). An article that cannot be used adds a
// warning and is left out; throws chorus::Error when none is usable.
// Both steps throw chorus::Cancelled once `stop` is requested.
Cluster prepare_cluster(const std::vector<Article>& articles, const Options& options,
                        Diagnostics& diagnostics, std::stop_token stop = {});

// Analyse a prepared cluster into the Digest: entities when `ner_model` is
// given; the claims the outlets state (compare/claims.h), from which the
// summary's support, the unique content, the figure groups and the merging
// of the timeline are read; distinctive terms.
Digest analyse_cluster(const Cluster& cluster, const Options& options, const compare::MatchModel& match,
                       const entities::NerModel* ner_model = nullptr, std::stop_token stop = {});

// The timeline of a prepared cluster; with `claims`, statements of one claim
// are one event.
std::vector<TimelineEntry> build_timeline(const Cluster& cluster, const compare::ClaimSet* claims = nullptr);

}  // namespace chorus::digest

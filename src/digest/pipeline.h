// The one place that wires the stages: articles -> Cluster -> Digest.
#pragma once

#include <stop_token>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"
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

// Analyse a prepared cluster into the Digest (summary with support, documents,
// timeline, entities when `ner_model` is given, figure groups, per-source
// unique content and distinctive terms).
Digest analyse_cluster(const Cluster& cluster, const Options& options,
                       const entities::NerModel* ner_model = nullptr, std::stop_token stop = {});

// The timeline of a prepared cluster alone (what `chorus timeline` prints).
std::vector<TimelineEntry> build_timeline(const Cluster& cluster);

}  // namespace chorus::digest

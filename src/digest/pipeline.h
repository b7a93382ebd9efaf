// The one place that wires the stages: articles -> Cluster -> Digest.
#pragma once

#include <stop_token>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"
#include "compare/claims.h"
#include "compare/entity_groups.h"
#include "compare/figure_groups.h"
#include "compare/sentence_facts.h"
#include "compare/match_model.h"
#include "core/cluster.h"
#include "core/diagnostics.h"
#include "entities/ner_model.h"
#include "summarize/summarizer.h"

namespace chorus::digest {

// Ingest: decode each article (a web page read into its main text and
// metadata), remove furniture across the batch, name each outlet. An article
// that cannot be used adds a warning and is left out; throws chorus::Error
// when none is usable, chorus::Cancelled once `stop` is requested.
std::vector<Document> read_documents(const std::vector<Article>& articles, const Options& options,
                                     Diagnostics& diagnostics, std::stop_token stop = {});

// Dates each document on its own, as a page read alone (`chorus extract`):
// its metadata, date stamps, dateline or the days it tells, with the years
// it states (time/publication_date.h). Splits its sentences to do so.
void date_each_document(std::vector<Document>& documents, Diagnostics& diagnostics);

// Ingest and annotate: decode each article, remove furniture across the
// batch, split sentences and tokens, date each document (metadata, dateline
// or inferred; see time/publication_date.h). An article that cannot be used adds a
// warning and is left out; throws chorus::Error when none is usable.
// Both steps throw chorus::Cancelled once `stop` is requested.
Cluster prepare_cluster(const std::vector<Article>& articles, const Options& options,
                        Diagnostics& diagnostics, std::stop_token stop = {});

// What comparing the outlets finds: the names, figures and dates of each
// document, the claims the outlets state (figures of one measure included)
// and the figure groups.
struct Comparison {
  std::vector<compare::EntityGroup> entities;  // empty without `ner_model`
  std::vector<compare::DocumentAnnotations> annotations;
  compare::ClaimSet claims;
  std::vector<compare::FigureGroup> figures;
};
// Throws chorus::Cancelled once `stop` is requested; bounds on the work
// reached add warnings to `diagnostics`.
Comparison compare_outlets(const Cluster& cluster, const Options& options, const compare::MatchModel& match,
                           const entities::NerModel* ner_model, std::stop_token stop = {},
                           Diagnostics* diagnostics = nullptr);

// The summary of a prepared cluster as a digest makes it: each claim once.
// Throws chorus::Cancelled once `stop` is requested; a bound on the work
// reached (the candidate limit) adds a warning to `diagnostics`.
std::vector<summarize::Selection> summarize_claims(const Cluster& cluster, const Options& options,
                                                   const compare::ClaimSet& claims, bool fill = false,
                                                   std::stop_token stop = {}, Diagnostics* diagnostics = nullptr);

// Analyse a prepared cluster into the Digest: entities when `ner_model` is
// given; the claims the outlets state (compare/claims.h), from which the
// summary's support, the unique content, the figure groups and the merging
// of the timeline are read; distinctive terms. Digest::warnings holds the
// bounds on the work that were reached (see docs/JSON.md); throws
// chorus::Cancelled once `stop` is requested. The documents' texts move
// into the digest's documents at the end, not copied.
Digest analyse_cluster(Cluster cluster, const Options& options, const compare::MatchModel& match,
                       const entities::NerModel* ner_model = nullptr, std::stop_token stop = {});

// The timeline of a prepared cluster from its annotations' time expressions;
// statements of one claim are one event. A bound on its work reached adds a
// warning to `diagnostics`.
std::vector<TimelineEntry> build_timeline(const Cluster& cluster, const Comparison& comparison,
                                          std::stop_token stop = {}, Diagnostics* diagnostics = nullptr);

}  // namespace chorus::digest

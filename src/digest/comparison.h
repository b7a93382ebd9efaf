// The comparison sections of a Digest: figure groups with verdicts, and per
// source its unique sentences and distinctive terms.
#pragma once

#include <stop_token>
#include <vector>

#include "chorus/digest.h"
#include "compare/claims.h"
#include "compare/figure_groups.h"
#include "compare/sentence_facts.h"
#include "core/cluster.h"

namespace chorus::digest {

// The figure groups of the quantities of every document; figures of
// different documents share a group only when their sentences are related
// (compare::ClaimSet::related) and do not each name only their own people or
// places, give close values of 100 or more, or count one event's toll
// (compare/figure_groups.h).
// `quantities[d]` are annotations[d].quantities (as compare::group_figures
// takes them).
std::vector<compare::FigureGroup> group_figures(const Cluster& cluster,
                                                const std::vector<compare::DocumentAnnotations>& annotations,
                                                const std::vector<std::vector<figures::Quantity>>& quantities,
                                                const compare::ClaimSet& claims, std::stop_token stop = {},
                                                Diagnostics* diagnostics = nullptr);

// Fills digest.figures from the groups.
void add_figures(const Cluster& cluster, const std::vector<compare::DocumentAnnotations>& annotations,
                 const std::vector<compare::FigureGroup>& groups, Digest& digest);

// Fills digest.sources: each document's unique sentences (those of claims
// no other outlet states) and its distinctive terms.
void add_sources(const Cluster& cluster, const compare::ClaimSet& claims, Digest& digest,
                 std::stop_token stop = {});

}  // namespace chorus::digest

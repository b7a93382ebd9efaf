// Figure groups: the quantities of different documents that measure the same
// thing, with a verdict on whether the documents agree.
//
// Two quantities are candidates when they have the same dimension (and
// currency), no contradicting event ("12 dead" never meets "7 missing") and
// compatible nouns (equal, generic, absent, or one named around the other
// without another figure counting it there). Each quantity has a
// descriptor: a bag of stems weighted by smoothed idf, with its counted noun
// (weight 3), the other words of its noun phrase (1.5), its predicate (2),
// its event (3), the other content words of its sentence (1) and of the
// sentence before (0.5), so a count the text names only by context ("the
// mission of nearly 3,000 soldiers", after "observers began arriving")
// can meet the same count named outright. Close values of 100 or more add
// `value_bonus`. Two quantities link when the score reaches `link_score` and
// their values are consistent, or - to report a conflict - when their words
// say twice that they count the same thing (people with the same event, or
// the same noun with the same event or predicate) and the score reaches
// `conflict_score`. Links are merged strongest first into groups whose
// average cross-document score stays above `merge_score` (average linkage:
// no long chains). docs/JSON.md ("How figures are grouped") has the rules.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "core/cluster.h"
#include "core/diagnostics.h"
#include "figures/quantity.h"
#include "figures/quantity_lexicon.h"

namespace chorus::compare {

enum class Verdict : uint8_t {
  kAgree,        // every document states the same value the same way
  kApproximate,  // the values differ but fit the stated approximations (or `tolerance`)
  kConflict,     // at least two values cannot both be right
  kSingle,       // one document only
};
std::string_view verdict_name(Verdict verdict);

// Relative difference two figures may have when either is approximate
// (FigureGroupOptions::tolerance; the claims judge figures by it too).
inline constexpr double kFigureTolerance = 0.05;

struct FigureGroupOptions {
  // Relative difference two values may have when either is approximate
  // (has an approximator, is a range or vague amount, or is a round figure
  // such as "3,000"): 2,940 and "three thousand" fit, 12 and 19 do not.
  double tolerance = kFigureTolerance;
  // Descriptor cosine at which two quantities with consistent values link.
  double link_score = 0.30;
  // ... at which two quantities counting the same noun or event link even
  // though their values differ (a conflict), and the average a merge that
  // creates a conflict needs: a conflict is reported only on strong evidence.
  double conflict_score = 0.45;
  // Added to the cosine of two quantities whose values are consistent and at
  // least 100 (in base units) and whose nouns are compatible: "2,940
  // residents were relocated" and "nearly 2,000 people were moved out" use
  // different words, but such numbers rarely match by chance.
  double value_bonus = 0.25;
  // Added when a word gives both lengths the same extent: "rose as high as
  // 3.5 metres" and "reached a depth of 3.5 meters" (height or depth, width,
  // length); different extents never share a group.
  double extent_bonus = 0.15;
  // Lowest average cosine between the cross-document pairs of two groups
  // for them to merge.
  double merge_score = 0.15;
  // At most this many groups are returned (those over most documents, then
  // the first): a reader's list, not every number of a huge input. Past it a
  // warning says so.
  size_t max_groups = 2000;
  // When given: whether sentence (doc, sentence) and sentence (doc,
  // sentence) speak of related things (claims.h, ClaimSet::related).
  // Figures of different documents then share a group only when their
  // sentences do, when their values are consistent, close and 100 or more
  // (rarely a coincidence, however differently the outlets frame them), or
  // when both count people by one event (a toll: "12 dead", "killing 19"):
  // "more than 500,000 migrants" reached the EU this year and "about
  // 40 migrants" reached one town are no disagreement, nor are "three
  // victims" of two different men one figure.
  std::function<bool(uint32_t, uint32_t, uint32_t, uint32_t)> related;
};

struct FigureRef {
  uint32_t doc = 0;    // index into Cluster::documents
  uint32_t index = 0;  // index into that document's quantities
};

struct FigureGroup {
  std::vector<FigureRef> members;  // document order, then text order
  Verdict verdict = Verdict::kSingle;
  std::string about;  // what is counted, as the documents say it most often
  std::string unit;   // canonical unit of the first member ("" for counts)
};

// Whether two quantities can both be right, in their dimension's base unit.
bool consistent(const figures::Quantity& a, const figures::Quantity& b, double tolerance);
// Whether every two of `values` are consistent(), in linear time.
bool all_consistent(std::span<const figures::Quantity* const> values, double tolerance);

// Groups the quantities of every document (quantities[d] for
// cluster.documents[d]). Groups spanning more documents come first, then by
// first appearance; every quantity is in exactly one group.
// `words` is the cluster lexicon's QuantityWords (as for find_quantities).
// Throws chorus::Cancelled once `stop` is requested; max_groups reached
// adds a warning to `diagnostics`.
std::vector<FigureGroup> group_figures(const Cluster& cluster, const figures::QuantityWords& words,
                                       const std::vector<std::vector<figures::Quantity>>& quantities,
                                       const FigureGroupOptions& options, std::stop_token stop = {},
                                       Diagnostics* diagnostics = nullptr);

}  // namespace chorus::compare

#include "digest/comparison.h"

#include <algorithm>
#include <cmath>

#include "compare/distinctive_terms.h"
#include "compare/figure_groups.h"
#include "core/sorted_sets.h"
#include "compare/unique_content.h"
#include "figures/quantity_lexicon.h"
#include "figures/quantity_scanner.h"

namespace chorus::digest {
namespace {

// z-scores and values are rounded so the JSON does not depend on the last
// bits of floating-point arithmetic.
double round_to(double value, double scale) {
  // Large values are whole numbers already (and value * scale could overflow).
  return std::isfinite(value) && std::fabs(value) < 1e9 ? std::round(value * scale) / scale : value;
}

FigureValue describe_value(const Document& doc, const figures::Quantity& q) {
  FigureValue out;
  // The text runs on to the counted noun when it follows the figure
  // ("nearly 3,000 observers"), so a reader sees what is counted.
  Span span = q.span;
  if (!q.thing.empty() && q.thing.begin >= q.span.end) span.end = q.thing.end;
  out.text = std::string(doc.at(span));
  out.doc = doc.id;
  out.start = span.begin;
  out.end = span.end;
  out.value = round_to(q.value, 1e6);
  out.low = round_to(q.low, 1e6);
  out.high = round_to(q.high, 1e6);
  out.approximate = q.approximate();
  out.approximation = std::string(figures::approximation_name(q.approximation));
  return out;
}

// The entities a sentence names, ascending.
std::vector<uint32_t> entities_in(const Cluster& cluster, const std::vector<compare::DocumentAnnotations>& annotations,
                                  uint32_t doc, uint32_t sentence) {
  const Span span = cluster.documents[doc].sentences[sentence].span;
  const std::vector<compare::EntityName>& names = annotations[doc].names;  // sorted by start
  std::vector<uint32_t> out;
  auto it = std::lower_bound(names.begin(), names.end(), span.begin,
                             [](const compare::EntityName& name, uint32_t at) { return name.span.begin < at; });
  for (; it != names.end() && it->span.begin < span.end; ++it)
    if (span.contains(it->span)) out.push_back(it->entity);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<compare::FigureGroup> group_figures(const Cluster& cluster,
                                                const std::vector<compare::DocumentAnnotations>& annotations,
                                                const std::vector<std::vector<figures::Quantity>>& quantities,
                                                const compare::ClaimSet& claims, std::stop_token stop,
                                                Diagnostics* diagnostics) {
  const figures::QuantityWords words(cluster.lexicon);
  compare::FigureGroupOptions options;
  // Related sentences, unless each names someone or somewhere the other does
  // not name at all ("three victims" of two different men).
  options.related = [&](uint32_t doc_a, uint32_t sentence_a, uint32_t doc_b, uint32_t sentence_b) {
    if (!claims.related({doc_a, sentence_a}, {doc_b, sentence_b})) return false;
    const std::vector<uint32_t> a = entities_in(cluster, annotations, doc_a, sentence_a);
    const std::vector<uint32_t> b = entities_in(cluster, annotations, doc_b, sentence_b);
    return a.empty() || b.empty() || !disjoint(a, b);
  };
  return compare::group_figures(cluster, words, quantities, options, stop, diagnostics);
}

void add_figures(const Cluster& cluster, const std::vector<compare::DocumentAnnotations>& annotations,
                 const std::vector<compare::FigureGroup>& groups, Digest& digest) {
  for (const compare::FigureGroup& group : groups) {
    FigureGroup out;
    out.about = group.about;
    out.unit = group.unit;
    out.verdict = std::string(compare::verdict_name(group.verdict));
    for (const compare::FigureRef& ref : group.members) {
      out.values.push_back(describe_value(cluster.documents[ref.doc], annotations[ref.doc].quantities[ref.index]));
    }
    digest.figures.push_back(std::move(out));
  }
}

void add_sources(const Cluster& cluster, const compare::ClaimSet& claims, Digest& digest, std::stop_token stop) {
  const auto unique = compare::unique_sentences(cluster, claims, {}, stop);
  const auto terms = compare::distinctive_terms(cluster, {}, stop);
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    SourceProfile profile;
    profile.doc = doc.id;
    profile.unique.reserve(unique[d].size());
    for (uint32_t s : unique[d]) {
      const Span span = doc.sentences[s].span;
      profile.unique.push_back(SourceSpan{std::string(doc.at(span)), span.begin, span.end});
    }
    for (const compare::TermScore& term : terms[d]) {
      profile.distinctive_terms.push_back(DistinctiveTerm{std::string(doc.at(term.surface)), round_to(term.z, 1e3)});
    }
    digest.sources.push_back(std::move(profile));
  }
}

}  // namespace chorus::digest

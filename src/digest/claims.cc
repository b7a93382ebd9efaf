#include "digest/claims.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "text/tokenizer.h"

namespace chorus::digest {
namespace {

double round3(double value) { return std::round(value * 1000.0) / 1000.0; }

std::string format_number(double value) {
  if (!std::isfinite(value)) return "inf";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

ClaimSide figure_side(const Document& doc, const figures::Quantity& q) {
  ClaimSide side{doc.id, q.span.begin, q.span.end, std::string(doc.at(q.span)), ""};
  side.value = q.low == q.high || !std::isfinite(q.high) || q.approximation == figures::Approximation::kExact
                   ? format_number(q.value)
                   : format_number(q.low) + "-" + format_number(q.high);
  if (!q.unit.empty()) side.value += " " + std::string(q.unit);
  return side;
}

ClaimSide sentence_side(const Document& doc, uint32_t sentence, std::string value) {
  const Span span = doc.sentences[sentence].span;
  return ClaimSide{doc.id, span.begin, span.end, std::string(doc.at(span)), std::move(value)};
}

}  // namespace

std::vector<uint32_t> outlet_keys(const Cluster& cluster) {
  std::map<std::string_view, uint32_t> by_source;
  std::vector<uint32_t> keys;
  for (const Document& doc : cluster.documents) {
    if (doc.source.empty()) {
      keys.push_back(static_cast<uint32_t>(cluster.documents.size() + keys.size()));  // its own
      continue;
    }
    keys.push_back(by_source.emplace(doc.source, static_cast<uint32_t>(by_source.size())).first->second);
  }
  return keys;
}

const std::string& outlet_name(const Document& doc) { return doc.source.empty() ? doc.id : doc.source; }

void add_claims(const Cluster& cluster, const std::vector<compare::DocumentAnnotations>& annotations,
                const compare::ClaimSet& claims, Digest& digest) {
  digest.claims.reserve(digest.claims.size() + claims.claims.size());  // at their size, as the entities
  for (const compare::Claim& claim : claims.claims) {
    Claim out;
    out.status = std::string(compare::claim_status_name(claim.status));
    out.sentences.reserve(claim.sentences.size());
    for (const compare::SentenceRef& ref : claim.sentences) {
      const Document& doc = cluster.documents[ref.doc];
      const Span span = doc.sentences[ref.sentence].span;
      out.sentences.push_back(ClaimSentence{doc.id, span.begin, span.end, std::string(doc.at(span))});
      const std::string& name = outlet_name(doc);
      if (std::find(out.outlets.begin(), out.outlets.end(), name) == out.outlets.end()) out.outlets.push_back(name);
    }
    for (const compare::ClaimDifference& d : claim.differences) {
      const Document& a = cluster.documents[d.a.doc];
      const Document& b = cluster.documents[d.b.doc];
      ClaimDifference diff;
      diff.kind = std::string(compare::difference_kind_name(d.kind));
      switch (d.kind) {
        case compare::DifferenceKind::kFigure:
          diff.a = figure_side(a, annotations[d.a.doc].quantities[d.a_item]);
          diff.b = figure_side(b, annotations[d.b.doc].quantities[d.b_item]);
          break;
        case compare::DifferenceKind::kDate: {
          const time::Timex& x = annotations[d.a.doc].timexes[d.a_item];
          const time::Timex& y = annotations[d.b.doc].timexes[d.b_item];
          diff.a = ClaimSide{a.id, x.span.begin, x.span.end, std::string(a.at(x.span)), x.value};
          diff.b = ClaimSide{b.id, y.span.begin, y.span.end, std::string(b.at(y.span)), y.value};
          break;
        }
        case compare::DifferenceKind::kPolarity:
          diff.a = sentence_side(a, d.a.sentence, d.a_item ? "negative" : "positive");
          diff.b = sentence_side(b, d.b.sentence, d.b_item ? "negative" : "positive");
          break;
      }
      out.differences.push_back(std::move(diff));
    }
    digest.claims.push_back(std::move(out));
  }
}

SummarySentence describe_summary_sentence(const Cluster& cluster, const compare::ClaimSet& claims,
                                          const summarize::Selection& selection) {
  const Document& doc = cluster.documents[selection.doc];
  const Span span = doc.sentences[selection.sentence].span;
  SummarySentence out;
  out.text = std::string(doc.at(span));
  out.doc = doc.id;
  out.start = span.begin;
  out.end = span.end;
  out.words = text::count_words(out.text);
  const compare::SentenceRef self{selection.doc, selection.sentence};
  // Per document, its sentence that best states this one's claims.
  std::map<uint32_t, std::pair<double, uint32_t>> best;
  best[selection.doc] = {1.0, selection.sentence};
  for (uint32_t c : claims.of(self)) {
    out.claims.push_back(c);
    for (const compare::SentenceRef& other : claims.claims[c].sentences) {
      if (other.doc == selection.doc || claims.disagree(self, other)) continue;
      const double score = claims.support(self, other);
      auto [it, fresh] = best.try_emplace(other.doc, score, other.sentence);
      if (!fresh && score > it->second.first) it->second = {score, other.sentence};
    }
  }
  for (const auto& [d, entry] : best) {
    const Document& supporter = cluster.documents[d];
    const Span s = supporter.sentences[entry.second].span;
    out.support.push_back(supporter.id);
    out.evidence.push_back(Support{supporter.id, s.begin, s.end, round3(entry.first)});
  }
  return out;
}

}  // namespace chorus::digest

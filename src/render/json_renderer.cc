// The JSON form of a Digest: the public contract, documented in docs/JSON.md.
// Keys keep a fixed order (ordered_json) so output is byte-identical run to run.
#include <cmath>
#include <ostream>
#include <sstream>
#include <utility>
#include <nlohmann/json.hpp>

#include "render/json_stream.h"
#include "render/render.h"
#include "render/timeline_format.h"

namespace chorus::render {
namespace {

using Json = JsonStream::Json;

Json document_json(const DigestDocument& doc) {
  Json datelines = Json::array();
  for (const DigestDateline& d : doc.datelines) {
    datelines.push_back({{"text", d.text}, {"place", d.place}, {"date", d.date},
                         {"agency", d.agency}, {"start", d.start}, {"end", d.end}});
  }
  Json removed = Json::array();
  for (const RemovedLine& line : doc.removed) {
    removed.push_back({{"text", line.text}, {"reason", line.reason},
                       {"start", line.start}, {"end", line.end}});
  }
  return Json{{"id", doc.id},
              {"path", doc.path},
              {"source", doc.source},
              {"source_from", doc.source_from},
              {"url", doc.url},
              {"title", doc.title},
              {"published", doc.published},
              {"published_from", doc.published_from},
              {"published_confidence", doc.published_confidence},
              {"kind", doc.kind},
              {"author", doc.author},
              {"modified", doc.modified},
              {"language", doc.language},
              {"canonical_url", doc.canonical_url},
              {"words", doc.words},
              {"sentences", doc.sentences},
              {"paragraphs", doc.paragraphs},
              {"datelines", std::move(datelines)},
              {"removed", std::move(removed)},
              {"text", doc.text}};
}

Json summary_json(const SummarySentence& sentence) {
  Json evidence = Json::array();
  for (const Support& support : sentence.evidence) {
    evidence.push_back({{"doc", support.doc}, {"start", support.start}, {"end", support.end},
                        {"similarity", support.similarity}});
  }
  return Json{{"text", sentence.text},   {"doc", sentence.doc},
              {"start", sentence.start}, {"end", sentence.end},
              {"words", sentence.words}, {"support", sentence.support}, {"evidence", std::move(evidence)},
              {"claims", sentence.claims}};
}

Json side_json(const ClaimSide& side) {
  return Json{{"doc", side.doc}, {"start", side.start}, {"end", side.end}, {"text", side.text}, {"value", side.value}};
}

// A claim, its sentences written one at a time.
void write_claim(JsonStream& out, const Claim& claim, int depth) {
  out.object([&](auto key) {
    key("status"), out.value(claim.status, depth + 1);
    key("outlets"), out.value(claim.outlets, depth + 1);
    key("sentences"), out.array(claim.sentences, [&](const ClaimSentence& s, int d) {
      out.value(Json{{"doc", s.doc}, {"start", s.start}, {"end", s.end}, {"text", s.text}}, d);
    }, depth + 1);
    Json differences = Json::array();
    for (const ClaimDifference& d : claim.differences)
      differences.push_back({{"kind", d.kind}, {"a", side_json(d.a)}, {"b", side_json(d.b)}});
    key("differences"), out.value(differences, depth + 1);
  }, depth);
}

// An open upper bound ("more than 1,900") has no number: null.
Json bound(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json figure_json(const FigureGroup& group) {
  Json values = Json::array();
  for (const FigureValue& v : group.values) {
    values.push_back({{"text", v.text}, {"value", v.value}, {"doc", v.doc}, {"start", v.start},
                      {"end", v.end}, {"approximate", v.approximate},
                      {"approximation", v.approximation}, {"low", bound(v.low)}, {"high", bound(v.high)}});
  }
  return Json{{"about", group.about}, {"unit", group.unit}, {"verdict", group.verdict}, {"values", std::move(values)}};
}

// A source's profile, its unique sentences written one at a time.
void write_source(JsonStream& out, const SourceProfile& profile, int depth) {
  out.object([&](auto key) {
    key("doc"), out.value(profile.doc, depth + 1);
    key("unique"), out.array(profile.unique, [&](const SourceSpan& span, int d) {
      out.value(Json{{"text", span.text}, {"start", span.start}, {"end", span.end}}, d);
    }, depth + 1);
    Json terms = Json::array();
    for (const DistinctiveTerm& term : profile.distinctive_terms) terms.push_back({{"term", term.term}, {"z", term.z}});
    key("distinctive_terms"), out.value(terms, depth + 1);
  }, depth);
}

// An entity, its mentions written one at a time (one name can have
// hundreds of thousands in a large input).
void write_entity(JsonStream& out, const Entity& entity, int depth) {
  out.object([&](auto key) {
    key("name"), out.value(entity.name, depth + 1);
    key("type"), out.value(entity.type, depth + 1);
    key("role"), out.value(entity.role, depth + 1);
    key("aliases"), out.value(entity.aliases, depth + 1);
    key("documents"), out.value(entity.documents, depth + 1);
    key("mentions"), out.array(entity.mentions, [&](const EntityMentionRef& m, int d) {
      out.value(Json{{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}}, d);
    }, depth + 1);
  }, depth);
}

// Writes each element of `items` as the tree `to_json` makes of it.
template <typename Range, typename ToJson>
void tree_array(JsonStream& out, const Range& items, ToJson to_json, int depth) {
  out.array(items, [&](const auto& item, int d) { out.value(to_json(item), d); }, depth);
}

// The members the digest and the comparison share, from "entities" on.
template <typename Key>
void write_comparison_members(JsonStream& out, const Digest& digest, Key& key) {
  key("entities"), out.array(digest.entities, [&](const Entity& e, int d) { write_entity(out, e, d); }, 1);
  key("figures"), tree_array(out, digest.figures, figure_json, 1);
  key("sources"), out.array(digest.sources, [&](const SourceProfile& p, int d) { write_source(out, p, d); }, 1);
  key("claims"), out.array(digest.claims, [&](const Claim& c, int d) { write_claim(out, c, d); }, 1);
  key("warnings"), out.value(digest.warnings, 1);
}

}  // namespace

void render_json(const Digest& digest, const RenderOptions& options, std::ostream& stream) {
  JsonStream out(stream, options.json_indent);
  out.object([&](auto key) {
    key("version"), out.value(digest.version, 1);
    key("title"), out.value(digest.title, 1);
    key("method"), out.value(digest.method, 1);
    key("word_budget"), out.value(digest.word_budget, 1);
    key("documents"), tree_array(out, digest.documents, document_json, 1);
    key("summary"), tree_array(out, digest.summary, summary_json, 1);
    key("timeline"), tree_array(out, digest.timeline, timeline_entry_json, 1);
    write_comparison_members(out, digest, key);
  }, 0);
  stream << '\n';
}

std::string render_json(const Digest& digest, const RenderOptions& options) {
  std::ostringstream out;
  render_json(digest, options, out);
  return std::move(out).str();
}

std::string render_comparison_json(const Digest& digest, const RenderOptions& options) {
  std::ostringstream stream;
  JsonStream out(stream, options.json_indent);
  out.object([&](auto key) {
    key("version"), out.value(digest.version, 1);
    key("documents"), tree_array(out, digest.documents, document_json, 1);
    write_comparison_members(out, digest, key);
  }, 0);
  stream << '\n';
  return std::move(stream).str();
}

}  // namespace chorus::render

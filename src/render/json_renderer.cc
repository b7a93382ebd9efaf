// The JSON form of a Digest: the public contract, documented in docs/JSON.md.
// Keys keep a fixed order (ordered_json) so output is byte-identical run to run.
#include <cmath>
#include <initializer_list>
#include <utility>
#include <nlohmann/json.hpp>

#include "render/render.h"
#include "render/timeline_format.h"

namespace chorus::render {
namespace {

using Json = nlohmann::ordered_json;

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

Json claims_json(const Digest& digest) {
  Json claims = Json::array();
  for (const Claim& claim : digest.claims) {
    Json sentences = Json::array();
    for (const ClaimSentence& s : claim.sentences)
      sentences.push_back({{"doc", s.doc}, {"start", s.start}, {"end", s.end}, {"text", s.text}});
    Json differences = Json::array();
    for (const ClaimDifference& d : claim.differences)
      differences.push_back({{"kind", d.kind}, {"a", side_json(d.a)}, {"b", side_json(d.b)}});
    claims.push_back({{"status", claim.status}, {"outlets", claim.outlets}, {"sentences", std::move(sentences)},
                      {"differences", std::move(differences)}});
  }
  return claims;
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

Json source_json(const SourceProfile& profile) {
  Json unique = Json::array();
  for (const SourceSpan& span : profile.unique) {
    unique.push_back({{"text", span.text}, {"start", span.start}, {"end", span.end}});
  }
  Json terms = Json::array();
  for (const DistinctiveTerm& term : profile.distinctive_terms) terms.push_back({{"term", term.term}, {"z", term.z}});
  return Json{{"doc", profile.doc}, {"unique", std::move(unique)}, {"distinctive_terms", terms}};
}

Json entities_json(const Digest& digest) {
  Json entities = Json::array();
  for (const Entity& entity : digest.entities) {
    Json mentions = Json::array();
    for (const EntityMentionRef& m : entity.mentions) {
      mentions.push_back({{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}});
    }
    entities.push_back({{"name", entity.name}, {"type", entity.type}, {"role", entity.role},
                        {"aliases", entity.aliases}, {"documents", entity.documents}, {"mentions", std::move(mentions)}});
  }
  return entities;
}

Json figures_json(const Digest& digest) {
  Json figures = Json::array();
  for (const FigureGroup& group : digest.figures) figures.push_back(figure_json(group));
  return figures;
}

Json sources_json(const Digest& digest) {
  Json sources = Json::array();
  for (const SourceProfile& profile : digest.sources) sources.push_back(source_json(profile));
  return sources;
}

std::string dump(const Json& out, const RenderOptions& options) {
  // Invalid UTF-8 cannot reach here (decoding replaced it), but never throw on output.
  std::string text = out.dump(options.json_indent, ' ', false, Json::error_handler_t::replace);
  text += '\n';  // appended in place: the output may be tens of megabytes
  return text;
}

// An object of the given members in order, each moved in: built with its
// room reserved, since growing an ordered_json object copies its members
// (a const key makes them non-movable), whole sections of the digest included.
Json object_of(std::initializer_list<std::pair<const char*, Json*>> members) {
  Json out = Json::object();
  out.get_ref<Json::object_t&>().reserve(members.size());
  for (const auto& [key, value] : members) out[key] = std::move(*value);
  return out;
}

}  // namespace

std::string render_json(const Digest& digest, const RenderOptions& options) {
  Json documents = Json::array();
  for (const DigestDocument& doc : digest.documents) documents.push_back(document_json(doc));
  Json summary = Json::array();
  for (const SummarySentence& sentence : digest.summary) summary.push_back(summary_json(sentence));
  Json version = digest.version, title = digest.title, method = digest.method, budget = digest.word_budget;
  Json timeline = timeline_json(digest), entities = entities_json(digest), figures = figures_json(digest);
  Json sources = sources_json(digest), claims = claims_json(digest), warnings = digest.warnings;
  const Json out = object_of({{"version", &version},
                              {"title", &title},
                              {"method", &method},
                              {"word_budget", &budget},
                              {"documents", &documents},
                              {"summary", &summary},
                              {"timeline", &timeline},
                              {"entities", &entities},
                              {"figures", &figures},
                              {"sources", &sources},
                              {"claims", &claims},
                              {"warnings", &warnings}});
  return dump(out, options);
}

std::string render_comparison_json(const Digest& digest, const RenderOptions& options) {
  Json documents = Json::array();
  for (const DigestDocument& doc : digest.documents) documents.push_back(document_json(doc));
  Json version = digest.version, entities = entities_json(digest), figures = figures_json(digest);
  Json sources = sources_json(digest), claims = claims_json(digest), warnings = digest.warnings;
  const Json out = object_of({{"version", &version},
                              {"documents", &documents},
                              {"entities", &entities},
                              {"figures", &figures},
                              {"sources", &sources},
                              {"claims", &claims},
                              {"warnings", &warnings}});
  return dump(out, options);
}

}  // namespace chorus::render

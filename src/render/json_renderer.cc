// The JSON form of a Digest: the public contract, documented in docs/JSON.md.
// Keys keep a fixed order (ordered_json) so output is byte-identical run to run.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <initializer_list>
#include <ostream>
#include <sstream>
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

Json claim_json(const Claim& claim) {
  Json sentences = Json::array();
  for (const ClaimSentence& s : claim.sentences)
    sentences.push_back({{"doc", s.doc}, {"start", s.start}, {"end", s.end}, {"text", s.text}});
  Json differences = Json::array();
  for (const ClaimDifference& d : claim.differences)
    differences.push_back({{"kind", d.kind}, {"a", side_json(d.a)}, {"b", side_json(d.b)}});
  return Json{{"status", claim.status}, {"outlets", claim.outlets}, {"sentences", std::move(sentences)},
              {"differences", std::move(differences)}};
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

Json entity_json(const Entity& entity) {
  Json mentions = Json::array();
  for (const EntityMentionRef& m : entity.mentions) {
    mentions.push_back({{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}});
  }
  return Json{{"name", entity.name}, {"type", entity.type}, {"role", entity.role},
              {"aliases", entity.aliases}, {"documents", entity.documents}, {"mentions", std::move(mentions)}};
}

// The top-level object, written member by member to `out`; an array member
// element by element: each element's tree is built, written and freed before
// the next, so a large digest never has its whole tree, nor its whole text,
// in memory at once. The text is exactly what dumping one tree gives.
class ObjectWriter {
 public:
  ObjectWriter(const RenderOptions& options, std::ostream& out) : indent_(options.json_indent), out_(out) {}

  void add(const char* key, const Json& value) {
    start_member(key);
    write_nested(value, 1);
  }

  // An array member whose elements `to_json` makes one at a time.
  template <typename Range, typename ToJson>
  void add_array(const char* key, const Range& elements, ToJson to_json) {
    start_member(key);
    if (std::empty(elements)) {
      out_ << "[]";
      return;
    }
    out_ << '[';
    bool first = true;
    for (const auto& element : elements) {
      if (!first) out_ << ',';
      first = false;
      if (indent_ >= 0) out_ << '\n' << margin(2);
      write_nested(to_json(element), 2);
    }
    if (indent_ >= 0) out_ << '\n' << margin(1);
    out_ << ']';
  }

  void finish() {
    if (first_) {
      out_ << "{}\n";
      return;
    }
    if (indent_ >= 0) out_ << '\n';
    out_ << "}\n";
  }

 private:
  void start_member(const char* key) {
    out_ << (first_ ? "{" : ",");
    first_ = false;
    if (indent_ >= 0) out_ << '\n' << margin(1);
    out_ << Json(key).dump() << (indent_ >= 0 ? ": " : ":");
  }

  std::string margin(int depth) const { return std::string(static_cast<size_t>(std::max(indent_, 0) * depth), ' '); }

  // `value` as it reads `depth` levels deep: JSON text has no raw newline but
  // between its lines, so each line after the first gets the deeper margin.
  void write_nested(const Json& value, int depth) {
    // Invalid UTF-8 cannot reach here (decoding replaced it), but never throw on output.
    const std::string text = value.dump(indent_, ' ', false, Json::error_handler_t::replace);
    if (indent_ <= 0) {
      out_ << text;
      return;
    }
    const std::string deeper = margin(depth);
    size_t line = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', line)) {
      out_.write(text.data() + line, static_cast<std::streamsize>(nl + 1 - line)) << deeper;
      line = nl + 1;
    }
    out_.write(text.data() + line, static_cast<std::streamsize>(text.size() - line));
  }

  int indent_;
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

void render_json(const Digest& digest, const RenderOptions& options, std::ostream& stream) {
  ObjectWriter out(options, stream);
  out.add("version", digest.version);
  out.add("title", digest.title);
  out.add("method", digest.method);
  out.add("word_budget", digest.word_budget);
  out.add_array("documents", digest.documents, document_json);
  out.add_array("summary", digest.summary, summary_json);
  out.add_array("timeline", digest.timeline, timeline_entry_json);
  out.add_array("entities", digest.entities, entity_json);
  out.add_array("figures", digest.figures, figure_json);
  out.add_array("sources", digest.sources, source_json);
  out.add_array("claims", digest.claims, claim_json);
  out.add("warnings", digest.warnings);
  out.finish();
}

std::string render_json(const Digest& digest, const RenderOptions& options) {
  std::ostringstream out;
  render_json(digest, options, out);
  return std::move(out).str();
}

std::string render_comparison_json(const Digest& digest, const RenderOptions& options) {
  std::ostringstream stream;
  ObjectWriter out(options, stream);
  out.add("version", digest.version);
  out.add_array("documents", digest.documents, document_json);
  out.add_array("entities", digest.entities, entity_json);
  out.add_array("figures", digest.figures, figure_json);
  out.add_array("sources", digest.sources, source_json);
  out.add_array("claims", digest.claims, claim_json);
  out.add("warnings", digest.warnings);
  out.finish();
  return std::move(stream).str();
}

}  // namespace chorus::render

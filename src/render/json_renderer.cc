// The JSON form of a Digest: the public contract, documented in docs/JSON.md.
// Keys keep a fixed order (ordered_json) so output is byte-identical run to run.
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
              {"url", doc.url},
              {"title", doc.title},
              {"published", doc.published},
              {"published_from", doc.published_from},
              {"words", doc.words},
              {"sentences", doc.sentences},
              {"paragraphs", doc.paragraphs},
              {"datelines", datelines},
              {"removed", removed},
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
              {"words", sentence.words}, {"support", sentence.support}, {"evidence", evidence}};
}

}  // namespace

std::string render_json(const Digest& digest, const RenderOptions& options) {
  Json documents = Json::array();
  for (const DigestDocument& doc : digest.documents) documents.push_back(document_json(doc));
  Json summary = Json::array();
  for (const SummarySentence& sentence : digest.summary) summary.push_back(summary_json(sentence));
  const Json out{{"version", digest.version},
                 {"title", digest.title},
                 {"method", digest.method},
                 {"word_budget", digest.word_budget},
                 {"documents", documents},
                 {"summary", summary},
                 {"timeline", timeline_json(digest)},
                 {"warnings", digest.warnings}};
  // Invalid UTF-8 cannot reach here (decoding replaced it), but never throw on output.
  return out.dump(options.json_indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chorus::render

#include "render/page_render.h"

namespace chorus::render {

nlohmann::ordered_json page_json(const Document& doc) {
  nlohmann::ordered_json removed = nlohmann::ordered_json::array();
  for (const Removed& r : doc.removed) {
    removed.push_back({{"text", doc.at(r.span)}, {"reason", removal_reason_name(r.reason)}});
  }
  return {
      {"path", doc.path},
      {"url", doc.url},
      {"canonical_url", doc.canonical_url},
      {"title", doc.title},
      {"site", doc.source},
      {"author", doc.author},
      {"published", doc.published},
      {"published_from", date_source_name(doc.published_from)},
      {"kind", document_kind_name(doc.kind)},
      {"modified", doc.modified},
      {"language", doc.language},
      {"text", body_text(doc)},
      {"removed", std::move(removed)},
  };
}

std::string page_text(const Document& doc) {
  std::string out = "# " + (doc.title.empty() ? doc.id : doc.title) + "\n";
  std::string line;
  for (const std::string* part : {&doc.source, &doc.author, &doc.published}) {
    if (part->empty()) continue;
    if (!line.empty()) line += " | ";
    line += *part;
  }
  if (!line.empty()) out += line + "\n";
  out += "\n" + body_text(doc) + "\n";
  return out;
}

}  // namespace chorus::render

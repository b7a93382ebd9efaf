#include "ingest/document_builder.h"

#include "chorus/error.h"
#include "text/decode.h"

namespace chorus::ingest {

Document build_document(const Article& article, Diagnostics& diagnostics) {
  const std::string origin = article.path.empty() ? article.id : article.path;
  Document doc;
  doc.text = text::decode_text(article.raw, origin, diagnostics);
  if (text::is_blank(doc.text)) throw Error(origin + ": article has no text (empty or only white space)");
  if (doc.text.size() >= UINT32_MAX) throw Error(origin + ": article is too large to index (4 GiB or more)");
  doc.id = article.id;
  doc.path = article.path;
  doc.source = article.source;
  if (!doc.source.empty()) doc.source_from = SourceOrigin::kMetadata;
  doc.url = article.url;
  doc.title = article.title;
  doc.published = article.published;
  doc.published_from = article.published.empty() ? DateSource::kUnknown : DateSource::kMetadata;
  return doc;
}

}  // namespace chorus::ingest

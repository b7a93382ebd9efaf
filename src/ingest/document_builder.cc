#include "ingest/document_builder.h"

#include "chorus/error.h"
#include "ingest/html_page.h"
#include "text/decode.h"

namespace chorus::ingest {

namespace {

// How sure a page's own date is (see time/publication_date.h for the rest).
constexpr double kPageMetadataConfidence = 0.95;
constexpr double kUrlDateConfidence = 0.9;
constexpr double kStampConfidence = 0.9;

// A web page: its visible text, the blocks outside the main text already
// removed, and what its metadata says where the article does not.
void read_page(const Article& article, const std::string& origin, Document& doc, Diagnostics& diagnostics) {
  WebPage page = read_web_page(article.raw, article.url, article.charset, origin);
  if (page.too_deep) {
    diagnostics.warn(origin + ": web page nests elements deeper than " + std::to_string(kHtmlMaxDepth) +
                     " levels; the text below that depth is not read");
  }
  // A page all furniture (a gallery of captions, a wall) is still read: what
  // it is gets judged once its furniture is known (document_kind.h).
  if (page.blocks.empty()) throw Error(origin + ": web page has no visible text");
  doc.text = std::move(page.text);
  doc.page_removed = std::move(page.removed);
  doc.html = true;
  PageMetadata& meta = page.metadata;
  doc.author = std::move(meta.author);
  doc.modified = std::move(meta.modified);
  doc.language = std::move(meta.language);
  doc.canonical_url = std::move(meta.canonical_url);
  doc.declared_type = std::move(meta.declared_type);
  if (article.title.empty()) doc.title = std::move(meta.title);
  if (article.source.empty() && !meta.site.empty()) {
    doc.source = std::move(meta.site);
    doc.source_from = SourceOrigin::kMetadata;
  }
  if (article.published.empty() && !meta.published.empty()) {
    doc.published = std::move(meta.published);
    // A date line of the page is a stamp; declared dates are metadata, the
    // URL's a little less sure (a folder's date may be the first version's).
    doc.published_from = meta.published_from == "text" ? DateSource::kTimestamp : DateSource::kMetadata;
    doc.published_confidence = meta.published_from == "text" ? kStampConfidence
                               : meta.published_from == "url" ? kUrlDateConfidence : kPageMetadataConfidence;
  }
}

}  // namespace

Document build_document(const Article& article, Diagnostics& diagnostics) {
  const std::string origin = article.path.empty() ? article.id : article.path;
  Document doc;
  if (article.format == ArticleFormat::kHtml) {
    read_page(article, origin, doc, diagnostics);
  } else {
    doc.text = text::decode_text(article.raw, origin, diagnostics);
  }
  if (text::is_blank(doc.text)) throw Error(origin + ": article has no text (empty or only white space)");
  if (doc.text.size() >= UINT32_MAX) throw Error(origin + ": article is too large to index (4 GiB or more)");
  doc.id = article.id;
  doc.path = article.path;
  if (!article.source.empty()) {
    doc.source = article.source;
    doc.source_from = SourceOrigin::kMetadata;
  }
  doc.url = article.url;
  if (!article.title.empty()) doc.title = article.title;
  if (!article.published.empty()) {
    doc.published = article.published;
    doc.published_from = DateSource::kMetadata;
    doc.published_confidence = 1.0;
  }
  return doc;
}

}  // namespace chorus::ingest

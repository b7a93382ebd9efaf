// Furniture removal (ingest/furniture.h) over a batch of one to three
// articles split at form feeds; the first two share a source, so the
// repeated-line checks across documents and within a source both run.
// Paragraphs and removed lines must lie in the text without overlapping and
// cover every byte that is not white space; a dateline's parts lie inside it.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "ingest/document_builder.h"
#include "ingest/furniture.h"
#include "ingest/outlet_name.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  Diagnostics diagnostics;
  std::vector<Document> docs;
  const std::vector<std::string_view> pieces = fuzz::split_pieces(fuzz::as_text(data, size), 3);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Article article;
    article.id = "a" + std::to_string(i);
    article.path = article.id;
    article.source = i < 2 ? "Outlet" : "";
    article.raw = pieces[i];
    try {
      docs.push_back(ingest::build_document(article, diagnostics));
    } catch (const Error&) {
    }
  }
  ingest::FurnitureOptions options;
  options.repeated_line_min_docs = 2;
  ingest::remove_furniture(docs, options);
  for (Document& doc : docs) {
    ingest::name_outlet(doc);
    std::vector<Span> spans(doc.paragraphs.begin(), doc.paragraphs.end());
    for (const Removed& removed : doc.removed) spans.push_back(removed.span);
    fuzz::check_disjoint(spans, doc.text.size());
    std::vector<bool> covered(doc.text.size(), false);
    for (const Span& span : spans) {
      FUZZ_CHECK(!span.empty());
      std::fill(covered.begin() + span.begin, covered.begin() + span.end, true);
    }
    for (std::size_t i = 0; i < doc.text.size(); ++i) {
      FUZZ_CHECK(covered[i] || doc.text[i] == ' ' || doc.text[i] == '\n');
    }
    for (const Dateline& dateline : doc.datelines) {
      FUZZ_CHECK(fuzz::span_in(dateline.span, doc.text.size()));
      for (const Span& part : {dateline.place, dateline.date, dateline.agency}) {
        FUZZ_CHECK(part.empty() || dateline.span.contains(part));
      }
    }
    FUZZ_CHECK(fuzz::is_valid_utf8(doc.title));
    FUZZ_CHECK(fuzz::is_valid_utf8(doc.source));
  }
  return 0;
}

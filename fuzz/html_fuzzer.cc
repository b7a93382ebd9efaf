// A web page read into text and metadata (ingest/html_page.h), then built
// into a Document, its furniture removed and its kind judged, as `chorus
// extract` does it. The only exception allowed out is chorus::Error (binary
// bytes, a page with no visible text). On success: every block lies in the
// text, in order, without overlap; every removed span is one of the blocks;
// the text and the metadata a renderer prints are valid UTF-8; dates are
// ISO 8601; the Document's text is the page's; paragraphs and removed lines
// lie in it without overlap and cover every byte that is not white space;
// main_text and body_text run.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "ingest/document_builder.h"
#include "ingest/document_kind.h"
#include "ingest/furniture.h"
#include "ingest/html_page.h"
#include "ingest/reader.h"

namespace {

using namespace chorus;

bool is_language(const std::string& language) {
  if (language.empty()) return true;
  if (language.size() < 2 || language.size() > 3) return false;
  return std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void check_page(const ingest::WebPage& page) {
  FUZZ_CHECK(fuzz::is_valid_utf8(page.text));
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    const Span& block = page.blocks[i];
    FUZZ_CHECK(fuzz::span_in(block, page.text.size()));
    FUZZ_CHECK(!block.empty());
    if (i > 0) FUZZ_CHECK(page.blocks[i - 1].end <= block.begin);
  }
  for (std::size_t i = 0; i < page.removed.size(); ++i) {
    const Span& span = page.removed[i].span;
    FUZZ_CHECK(fuzz::span_in(span, page.text.size()));
    if (i > 0) FUZZ_CHECK(page.removed[i - 1].span.end <= span.begin);
    const auto block = std::lower_bound(page.blocks.begin(), page.blocks.end(), span,
                                        [](const Span& a, const Span& b) { return a.begin < b.begin; });
    FUZZ_CHECK(block != page.blocks.end() && *block == span);
  }
  const std::string main = ingest::main_text(page);
  FUZZ_CHECK(main.size() <= page.text.size());
  const ingest::PageMetadata& meta = page.metadata;
  for (const std::string* field : {&meta.title, &meta.site, &meta.author, &meta.canonical_url, &meta.published,
                                   &meta.modified, &meta.language}) {
    FUZZ_CHECK(fuzz::is_valid_utf8(*field));
  }
  FUZZ_CHECK(meta.published.empty() || ingest::is_iso_date(meta.published));
  FUZZ_CHECK(meta.modified.empty() || ingest::is_iso_date(meta.modified));
  FUZZ_CHECK(is_language(meta.language));
}

void check_document(Document& doc) {
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  ingest::remove_furniture(docs, ingest::FurnitureOptions{});
  Document& done = docs.front();
  done.kind = ingest::classify_document(done).kind;
  std::vector<Span> spans(done.paragraphs.begin(), done.paragraphs.end());
  for (const Removed& removed : done.removed) spans.push_back(removed.span);
  fuzz::check_disjoint(spans, done.text.size());
  std::vector<bool> covered(done.text.size(), false);
  for (const Span& span : spans) {
    FUZZ_CHECK(!span.empty());
    std::fill(covered.begin() + span.begin, covered.begin() + span.end, true);
  }
  for (std::size_t i = 0; i < done.text.size(); ++i) {
    FUZZ_CHECK(covered[i] || done.text[i] == ' ' || done.text[i] == '\n');
  }
  const std::string body = body_text(done);
  FUZZ_CHECK(fuzz::is_valid_utf8(body));
  FUZZ_CHECK(fuzz::is_valid_utf8(done.title));
  FUZZ_CHECK(fuzz::is_valid_utf8(done.source));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::as_text(data, size);
  ingest::WebPage page;
  try {
    page = ingest::read_web_page(bytes, "https://news.example/2031/03/04/story", "", "fuzz.html");
  } catch (const Error& error) {
    FUZZ_CHECK(fuzz::is_valid_utf8(error.what()));
    return 0;
  }
  check_page(page);

  Article article;
  article.id = "fuzz";
  article.path = "fuzz.html";
  article.url = "https://news.example/2031/03/04/story";
  article.format = ArticleFormat::kHtml;
  article.raw = std::string(bytes);
  Diagnostics diagnostics;
  Document doc;
  try {
    doc = ingest::build_document(article, diagnostics);
  } catch (const Error& error) {
    // The page was read: only a page with no visible text may be refused.
    FUZZ_CHECK(page.blocks.empty());
    FUZZ_CHECK(fuzz::is_valid_utf8(error.what()));
    return 0;
  }
  FUZZ_CHECK(!page.blocks.empty());
  FUZZ_CHECK(doc.text == page.text);  // the same bytes read the same way
  check_document(doc);
  return 0;
}

// The whole engine (chorus/engine.h) on one to three articles split from the
// input at form feeds, with the shipped entity model, then every renderer:
// covers every stage after reading. The engine may throw chorus::Error only
// (no usable article); summary sentences, timeline entries, entity mentions
// and figures point into their document's text with that text; the JSON
// output parses.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "fuzz_support.h"
#include "render/render.h"

namespace {

std::unique_ptr<chorus::Engine> engine;

// `text` is the text at [start, end) of document `doc`.
void check_quote(const std::map<std::string, const std::string*>& texts, const std::string& doc, uint32_t start,
                 uint32_t end, const std::string& text) {
  const auto found = texts.find(doc);
  FUZZ_CHECK(found != texts.end());
  const std::string& document = *found->second;
  FUZZ_CHECK(start <= end && end <= document.size());
  FUZZ_CHECK(document.compare(start, end - start, text) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  chorus::Options options;
  options.ner_model = CHORUS_SOURCE_DIR "/data/ner/model.bin";
  options.repeated_line_min_docs = 2;
  engine = std::make_unique<chorus::Engine>(options);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  std::vector<Article> articles;
  for (const std::string_view piece : fuzz::split_pieces(fuzz::as_text(data, size), 3)) {
    Article article;
    article.id = "a" + std::to_string(articles.size());
    article.path = article.id + ".txt";
    // The first article is dated, the others get their dates from the text.
    if (articles.empty()) article.published = "2021-03-14";
    article.raw = piece;
    articles.push_back(std::move(article));
  }
  Digest digest;
  try {
    digest = engine->digest(articles);
  } catch (const Error&) {
    return 0;
  }
  std::map<std::string, const std::string*> texts;
  for (const DigestDocument& document : digest.documents) texts.emplace(document.id, &document.text);
  for (const SummarySentence& sentence : digest.summary) {
    check_quote(texts, sentence.doc, sentence.start, sentence.end, sentence.text);
  }
  for (const TimelineEntry& entry : digest.timeline) check_quote(texts, entry.doc, entry.start, entry.end, entry.text);
  for (const Entity& entity : digest.entities) {
    for (const EntityMentionRef& mention : entity.mentions) {
      check_quote(texts, mention.doc, mention.start, mention.end, mention.text);
    }
  }
  for (const FigureGroup& group : digest.figures) {
    for (const FigureValue& value : group.values) check_quote(texts, value.doc, value.start, value.end, value.text);
  }
  render::RenderOptions options;
  options.show_removed = true;
  const std::string json = render::render(digest, "json", options);
  FUZZ_CHECK(nlohmann::json::accept(json));
  for (const char* format : {"md", "text", "html"}) (void)render::render(digest, format, options);
  (void)render::render_timeline(digest, "text", options);
  (void)render::render_comparison(digest, "text", options);
  return 0;
}

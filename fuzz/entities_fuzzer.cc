// The name tagger (entities/entity_tagger.h) with the shipped model, loaded
// once, on the decoded input annotated one paragraph a line: mentions are
// non-empty, in text order, not overlapping, each inside one sentence, and
// each one's text is the text at its span.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "cluster_support.h"
#include "entities/entity_tagger.h"
#include "entities/ner_model.h"
#include "fuzz_support.h"
#include "text/decode.h"

namespace {

std::unique_ptr<chorus::entities::NerModel> model;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  model = std::make_unique<chorus::entities::NerModel>(
      chorus::entities::NerModel::load(CHORUS_SOURCE_DIR "/data/ner/model.bin"));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const std::optional<std::string> decoded = fuzz::decoded_text(data, size);
  if (!decoded) return 0;
  const std::string& text = *decoded;
  const Cluster cluster = testing::annotated_cluster({text});
  const Document& doc = cluster.documents.front();
  entities::NerTagger tagger(*model);
  const std::vector<entities::EntityMention> mentions = entities::tag_entities(doc, tagger);
  uint32_t previous_end = 0;
  for (const entities::EntityMention& mention : mentions) {
    FUZZ_CHECK(!mention.span.empty() && fuzz::span_in(mention.span, doc.text.size()));
    FUZZ_CHECK(previous_end <= mention.span.begin);
    FUZZ_CHECK(mention.text == doc.at(mention.span));
    bool in_a_sentence = false;
    for (const Sentence& sentence : doc.sentences) in_a_sentence |= sentence.span.contains(mention.span);
    FUZZ_CHECK(in_a_sentence);
    previous_end = mention.span.end;
  }
  return 0;
}

#include "entities/entity_tagger.h"

#include "entities/ner_tokenizer.h"

namespace chorus::entities {

std::vector<EntityMention> tag_entities(const Document& doc, NerTagger& tagger, std::stop_token stop) {
  std::vector<Span> spans;
  NerDocument input;
  for (const Sentence& sentence : doc.sentences) {
    ner_tokenize(doc.text, sentence.span, spans);
    for (size_t i = input.words.size(); i < spans.size(); ++i) input.words.push_back(doc.at(spans[i]));
    if (input.sentence_ends.empty() || input.sentence_ends.back() != input.words.size())
      input.sentence_ends.push_back(static_cast<uint32_t>(input.words.size()));
  }
  const std::vector<Label> labels = tagger.tag(input, stop);
  std::vector<EntityMention> mentions;
  uint32_t begin = 0;
  for (const uint32_t end : input.sentence_ends) {
    const std::span<const Label> sentence(labels.data() + begin, end - begin);
    for (const TokenChunk& chunk : chunks_from_labels(sentence)) {
      const Span span{spans[begin + chunk.begin].begin, spans[begin + chunk.end - 1].end};
      mentions.push_back({span, chunk.type, doc.at(span)});
    }
    begin = end;
  }
  return mentions;
}

}  // namespace chorus::entities

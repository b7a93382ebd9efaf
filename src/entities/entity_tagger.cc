#include "entities/entity_tagger.h"

#include <algorithm>

#include "entities/ner_tokenizer.h"

namespace chorus::entities {

namespace {

// A document of more words is tagged in parts of whole sentences of about
// this many words: the tagger keeps features for every word of what it
// tags, so memory stays bounded on a huge input. News articles (a few
// thousand words) are always one part.
constexpr size_t kMaxTaggedWords = 50000;
constexpr size_t kMaxSentenceWords = 1000;

}  // namespace

std::vector<EntityMention> tag_entities(const Document& doc, NerTagger& tagger, std::stop_token stop) {
  std::vector<EntityMention> mentions;
  std::vector<Span> spans;
  NerDocument input;
  const auto tag_part = [&] {
    const std::vector<Label> labels = tagger.tag(input, stop);
    uint32_t begin = 0;
    for (const uint32_t end : input.sentence_ends) {
      const std::span<const Label> sentence(labels.data() + begin, end - begin);
      for (const TokenChunk& chunk : chunks_from_labels(sentence)) {
        const Span span{spans[begin + chunk.begin].begin, spans[begin + chunk.end - 1].end};
        mentions.push_back({span, chunk.type, doc.at(span)});
      }
      begin = end;
    }
    spans.clear();
    input.words.clear();
    input.sentence_ends.clear();
  };
  std::vector<Span> words;
  for (const Sentence& sentence : doc.sentences) {
    words.clear();
    ner_tokenize(doc.text, sentence.span, words);
    // A "sentence" of thousands of words (a text without full stops) is
    // tagged as sentences of kMaxSentenceWords.
    for (size_t from = 0; from < words.size(); from += kMaxSentenceWords) {
      const size_t to = std::min(words.size(), from + kMaxSentenceWords);
      for (size_t i = from; i < to; ++i) {
        spans.push_back(words[i]);
        input.words.push_back(doc.at(words[i]));
      }
      input.sentence_ends.push_back(static_cast<uint32_t>(input.words.size()));
      if (input.words.size() >= kMaxTaggedWords) tag_part();
    }
  }
  if (!input.words.empty()) tag_part();
  return mentions;
}

}  // namespace chorus::entities

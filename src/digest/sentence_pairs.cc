#include "digest/sentence_pairs.h"

#include "digest/annotations.h"
#include "digest/entities.h"
#include "text/annotator.h"

namespace chorus::digest {

SentencePairReader::SentencePairReader(const entities::NerModel* ner, const compare::LexicalModel& lexical)
    : ner_(ner), lexical_(lexical) {}

SentencePairReader::~SentencePairReader() = default;

compare::PairExample SentencePairReader::read(std::string_view a, std::string_view b) {
  Cluster cluster;
  for (std::string_view sentence : {a, b}) {
    Document doc;
    doc.id = cluster.documents.empty() ? "a" : "b";
    doc.text = std::string(sentence);
    doc.paragraphs.push_back(Span{0, static_cast<uint32_t>(doc.text.size())});
    text::annotate(doc, cluster.lexicon, splitter_);
    // One sentence, whatever the splitter made of it.
    if (doc.sentences.size() > 1) {
      Sentence whole = doc.sentences.front();
      whole.span.end = doc.sentences.back().span.end;
      whole.token_end = doc.sentences.back().token_end;
      doc.sentences.assign(1, whole);
    }
    cluster.documents.push_back(std::move(doc));
  }
  std::vector<compare::EntityGroup> groups;
  if (ner_) groups = find_entities(cluster, *ner_);
  const std::vector<compare::DocumentAnnotations> notes = annotate_documents(cluster, groups, tagger_);
  const compare::ClusterFacts facts(cluster, notes, lexical_);
  compare::PairExample example;
  if (facts.sentences(0) == 0 || facts.sentences(1) == 0) return example;
  compare::pair_features(facts.of(0, 0), facts.of(1, 0), example.forward, example.backward);
  return example;
}

}  // namespace chorus::digest

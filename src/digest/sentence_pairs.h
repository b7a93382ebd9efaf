// Two sentences given as text, compared as a digest compares the sentences
// of two outlets: each read as a one-sentence document, names tagged and
// grouped across the two, figures and dates found. What `chorus eval
// paraphrase` scores and `chorus train pairs` learns from.
#pragma once

#include <memory>
#include <string_view>

#include "compare/pair_model.h"
#include "compare/sentence_facts.h"
#include "entities/ner_model.h"
#include "text/sentence_splitter.h"
#include "time/timex.h"

namespace chorus::digest {

class SentencePairReader {
 public:
  // `ner` may be null (no names); both must outlive the reader.
  SentencePairReader(const entities::NerModel* ner, const compare::LexicalModel& lexical);
  ~SentencePairReader();

  // The features of (a, b) and (b, a); `same` is left false.
  compare::PairExample read(std::string_view a, std::string_view b);

 private:
  const entities::NerModel* ner_;
  const compare::LexicalModel& lexical_;
  text::SentenceSplitter splitter_;
  time::TimexTagger tagger_;
};

}  // namespace chorus::digest

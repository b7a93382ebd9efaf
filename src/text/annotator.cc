#include "text/annotator.h"

#include <string>

#include "chorus/error.h"

#include "text/case_fold.h"
#include "text/porter_stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace chorus::text {
namespace {

// Resolves stem and stop-word facts for a term the first time it is seen.
void fill_term_info(Lexicon& lexicon, uint32_t term) {
  if (lexicon.info(term).stem != Lexicon::kUnset) return;
  const std::string form(lexicon.str(term));  // copy: interning may grow the lexicon
  const uint32_t stem = lexicon.intern(rouge_porter_stem(form));
  Lexicon::TermInfo& info = lexicon.info(term);
  info.stem = stem;
  info.stop = is_stopword(form) ? 1 : 0;
}

}  // namespace

void annotate(Document& doc, Lexicon& lexicon, SentenceSplitter& splitter) {
  doc.sentences.clear();
  doc.tokens.clear();
  std::vector<Span> sentence_spans;
  std::vector<RawToken> raw_tokens;
  std::string folded;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    sentence_spans.clear();
    splitter.split(doc.text, doc.paragraphs[p], sentence_spans);
    for (const Span& span : sentence_spans) {
      Sentence sentence;
      sentence.span = span;
      sentence.paragraph = p;
      sentence.token_begin = static_cast<uint32_t>(doc.tokens.size());
      raw_tokens.clear();
      tokenize(doc.text, span, raw_tokens);
      for (const RawToken& raw : raw_tokens) {
        folded.clear();
        fold_case(doc.at(raw.span), folded);
        const uint32_t term = lexicon.intern(folded);
        fill_term_info(lexicon, term);
        const Lexicon::TermInfo& info = lexicon.info(term);
        if (info.stem >= Token::kStemLimit)
          throw Error("the input has more than " + std::to_string(Token::kStemLimit) +
                      " distinct words, more than one digest can hold: split it");
        doc.tokens.push_back(Token{raw.span, term, info.stem, raw.kind, info.stop == 1});
      }
      sentence.token_end = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(sentence);
    }
  }
  // Grown by doubling; every later stage holds them until the digest is done.
  doc.tokens.shrink_to_fit();
  doc.sentences.shrink_to_fit();
}

}  // namespace chorus::text

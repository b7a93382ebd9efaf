// Annotation: sentences and tokens for the body paragraphs of a Document.
#pragma once

#include "core/document.h"
#include "core/lexicon.h"
#include "text/sentence_splitter.h"

namespace chorus::text {

// Fills doc.sentences and doc.tokens from doc.paragraphs. Each token's `term`
// is the lexicon id of its case-folded form, `stem` the id of that form's
// ROUGE Porter stem, `stop` whether the folded form is a stop word; these are
// computed once per distinct term and cached in the lexicon's TermInfo.
void annotate(Document& doc, Lexicon& lexicon, SentenceSplitter& splitter);

}  // namespace chorus::text

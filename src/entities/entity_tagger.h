// Entity mentions of a Document: its sentences re-tokenized the CoNLL way
// (ner_tokenizer.h), tagged with a NerModel, and the tagged runs returned as
// byte spans into the Document's text.
#pragma once

#include <stop_token>
#include <vector>

#include "core/document.h"
#include "entities/entity_mention.h"
#include "entities/ner_tagger.h"

namespace chorus::entities {

// Mentions in text order, none overlapping, each inside one sentence of
// `doc` (doc.sentences must be filled: text::annotate does). The words of one
// Document form one tagging document, so its document-level features apply.
// Throws chorus::Cancelled once `stop` is requested.
std::vector<EntityMention> tag_entities(const Document& doc, NerTagger& tagger, std::stop_token stop = {});

}  // namespace chorus::entities

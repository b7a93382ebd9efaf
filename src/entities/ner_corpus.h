// CoNLL-2003 files: one token a line (`WORD POS CHUNK NE`; only the first and
// last columns are used), a blank line between sentences, `-DOCSTART-` lines
// between documents. NE tags may be IOB1 (as in the original files: B- only
// where two entities of one type touch) or IOB2; both are read as they are and
// turned into entity spans on request.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_labels.h"

namespace chorus::entities {

// A tag as written: prefix 'O', 'B' or 'I' and, unless 'O', a type.
struct ConllTag {
  char prefix = 'O';
  EntityType type = EntityType::kPerson;
  friend bool operator==(const ConllTag&, const ConllTag&) = default;
};

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<ConllTag> tags;  // one per word
  uint32_t line = 0;           // line number of the first token (1-based)
};

struct ConllDocument {
  std::vector<ConllSentence> sentences;
};

struct ConllCorpus {
  std::vector<ConllDocument> documents;
  size_t token_count = 0;
  size_t byte_count = 0;  // bytes of the words, plus one separator each
};

// Parses CoNLL text; `name` (a file name) goes into error messages. Throws
// chorus::Error "NAME:LINE: ..." on a line with fewer than two columns or a tag
// that is not O, B-T or I-T with T one of PER, ORG, LOC, MISC. Documents with
// no sentences are dropped.
ConllCorpus parse_conll(std::string_view text, std::string_view name);

// Reads and parses a file; throws chorus::Error naming it when it cannot be
// read or holds no token.
ConllCorpus read_conll(const std::filesystem::path& path);

// The entities of a sentence's tags, read as conlleval reads them, which
// covers IOB1 and IOB2: B- always starts an entity; I- starts one unless it
// continues an entity of its own type.
std::vector<TokenChunk> conll_chunks(std::span<const ConllTag> tags);

}  // namespace chorus::entities

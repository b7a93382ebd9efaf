// Cue phrases: the generic vocabulary of page furniture (labels, buttons,
// notices a reader recognizes on any news site), and where a line holds them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace chorus::ingest {

// How much a cue says on its own, wherever it stands.
enum class CueKind : uint8_t {
  kWord,       // an everyday word ("share", "related", "home"): a label only on a short line
  kPhrase,     // a phrase that prose uses too ("see also", "most popular", "learn more")
  kInterface,  // interface text prose hardly ever contains ("click here", "all rights reserved")
};

// A furniture cue phrase found in a line.
struct CueMatch {
  RemovalReason reason = RemovalReason::kBoilerplate;
  CueKind kind = CueKind::kWord;
  bool at_start = false;       // nothing but punctuation or a list number before it
  bool then_break = false;     // then the line end, ':' '|' '-' '>' '...' '(' or a digit
};

// Each cue phrase that stands in `lower` (a line folded by fold_for_cues) as
// whole words: its first occurrence, in the order of the cue table. Phrases
// are looked up word by word through an index of their first words.
std::vector<CueMatch> find_cues(std::string_view lower);

}  // namespace chorus::ingest

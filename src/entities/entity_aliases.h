// Names the text itself gives for a name: acronyms with their expansions
// ("Regional Dams Council (R.D.C.)"), and stated aliases ("X (Y in Armenian)",
// "X, also known as Y", "X, the so-called Y", "X, or Y,"). Byte spans only.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace chorus::entities {

// The run of capitalized words starting at byte `at` (words joined by one
// space or a hyphen), not past `limit`; empty when the word at `at` is not
// capitalized.
Span capitalized_run(std::string_view text, uint32_t at, uint32_t limit);

// Every maximal capitalized run inside `range`, in text order.
void capitalized_runs(std::string_view text, Span range, std::vector<Span>& out);

struct Acronym {
  Span acronym;         // "R.D.C." or "NATO"
  uint32_t name_begin;  // where the expansion starts: the name's begin, or
                        // earlier when the acronym needs capitalized words
                        // before it ("Dams Council (R.D.C.)" -> "Regional ...")
};

// "NAME (ACRONYM)" with the acronym spelling the initials of NAME's
// capitalized words, or "ACRONYM (NAME)"; `name` is the tagged name, `limit`
// the end of its sentence and `floor` the earliest byte NAME may be extended to.
std::optional<Acronym> acronym_after(std::string_view text, Span name, uint32_t floor, uint32_t limit);

// A name the text states for `name` right after it: "(Y in Armenian)",
// "(also known as Y)", ", also known as Y", ", the so-called Y", ", or Y,".
// Y's span, or nothing.
std::optional<Span> stated_alias(std::string_view text, Span name, uint32_t limit);

// Whether the words right before byte `at` are "so-called ".
bool after_so_called(std::string_view text, uint32_t at);

}  // namespace chorus::entities

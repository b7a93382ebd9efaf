// The names to group (internal to entity_groups): tagged mentions with
// titles taken off, coordinated names split ("Agdam and Kalbajar"), plus the
// acronyms and aliases the text states and names the tagger missed.
#pragma once

#include <array>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/cluster.h"
#include "entities/entity_mention.h"

namespace chorus::compare {

struct NameItem {
  uint32_t doc = 0;
  Span span;                  // the name as written, without titles
  uint32_t sentence = 0;      // index into the document's sentences
  std::array<float, entities::kEntityTypeCount> votes{};  // type evidence: the tag, titles, place nouns
  std::string_view role;      // a title or apposition role (a view of entities' static tables), "" when none
  bool recovered = false;     // not tagged: found as a variant of a tagged name
};

// Items of every document; `links` gets pairs of items the text states are
// one entity (an acronym and its expansion, an alias and its name).
std::vector<NameItem> collect_items(const Cluster& cluster,
                                    std::span<const std::vector<entities::EntityMention>> mentions,
                                    std::vector<std::pair<uint32_t, uint32_t>>& links);

// How a run of capitalized words the tagger left out relates to the tagged
// names: not at all, the same form as one, or a possible variant of one.
enum class RunMatch { kNone, kExact, kVariant };

// Adds the capitalized runs of every body sentence that no item covers and
// that `match` accepts (by their folded form); a run after "so-called" is
// always a name. Added items take `exact_votes(form)` when exact, else none
// and are marked `recovered`.
void recover_items(const Cluster& cluster, const std::function<RunMatch(const std::string&)>& match,
                   const std::function<std::array<float, entities::kEntityTypeCount>(const std::string&)>& exact_votes,
                   std::vector<NameItem>& items);

// The sentence of `doc` holding byte `at`.
uint32_t sentence_at(const Document& doc, uint32_t at);

}  // namespace chorus::compare

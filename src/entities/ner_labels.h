// The tagger's labels: BIO (IOB2) over the four entity types, as small ints.
// 0 is O; type t has Begin at 1 + 2t and Inside at 2 + 2t. (BILOU, which
// Ratinov and Roth 2009 prefer, scored the same in cross-validation on the
// training data and doubles the model.) Greedy decoding allows only I after B
// or I of its type, so labels always decode to spans.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "entities/entity_mention.h"

namespace chorus::entities {

using Label = uint8_t;
enum class LabelPart : uint8_t { kBegin, kInside };
inline constexpr int kLabelCount = 1 + 2 * kEntityTypeCount;
inline constexpr Label kOutside = 0;

constexpr Label make_label(EntityType type, LabelPart part) {
  return static_cast<Label>(1 + 2 * static_cast<int>(type) + static_cast<int>(part));
}
constexpr EntityType label_type(Label label) { return static_cast<EntityType>((label - 1) / 2); }
constexpr LabelPart label_part(Label label) { return static_cast<LabelPart>((label - 1) % 2); }

// Whether `label` may follow `previous`: I only continues B or I of its type.
constexpr bool allowed_after(Label previous, Label label) {
  return label == kOutside || label_part(label) == LabelPart::kBegin ||
         (previous != kOutside && label_type(previous) == label_type(label));
}

// "O", "B-PER", "I-LOC", ...
std::string label_name(Label label);

// A run of words [begin, end) of one sentence that names one entity.
struct TokenChunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kPerson;
  friend bool operator==(const TokenChunk&, const TokenChunk&) = default;
};

// The labels of `count` words holding `chunks` (in order, disjoint).
std::vector<Label> labels_from_chunks(std::span<const TokenChunk> chunks, size_t count);
// The entities of one sentence's labels. Tolerant of ill-formed sequences: an
// I that does not continue an entity of its type starts one.
std::vector<TokenChunk> chunks_from_labels(std::span<const Label> labels);

}  // namespace chorus::entities

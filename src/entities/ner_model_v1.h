// Version 1 of the entity model file ("CHORUSNER1"), which was parsed into
// hash tables at load: read here into parts that NerModel writes as the
// current version, so models trained before it keep loading, unchanged in
// their weights.
//
// Layout (little-endian): "CHORUSNER1"; u32 label count; u32 gazetteer entry
// count, then (u32 key, u8 classes) each; then two weight sets (first and
// second pass), each: u32 feature count, f32 scale, the u32 keys, then
// kLabelCount i16 weights per key. Keys sorted.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/ner_weights.h"

namespace chorus::entities {

inline constexpr std::string_view kNerModelV1Magic = "CHORUSNER1";

struct NerModelParts {
  std::vector<uint32_t> gazetteer_keys;  // ascending
  std::vector<uint8_t> gazetteer_values;
  QuantizedWeights first;
  QuantizedWeights second;
};

// Throws chorus::Error naming `name` when `bytes` are not a valid version 1 model.
NerModelParts read_ner_model_v1(std::string_view bytes, std::string_view name);

// The error for a file that is not a valid model: names it, says what is
// wrong and how to get a good one.
[[noreturn]] void invalid_ner_model(std::string_view name, const std::string& what);

}  // namespace chorus::entities

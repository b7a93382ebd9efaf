// NerModel: what the entity tagger needs at run time — the gazetteer and the
// perceptron weights — immutable once loaded, shareable across threads.
//
// File format (little-endian): "CHORUSNER1" magic; u32 label count; u32
// gazetteer entry count, then (u32 key, u8 classes) each; then two weight
// sets (first and second pass), each: u32 feature count, f32 scale, the u32
// keys, then kLabelCount i16 weights per key (weight = i16 * scale). Keys are
// sorted, so the same model always gives the same bytes.
#pragma once

#include <filesystem>
#include <string>

#include "entities/ner_gazetteer.h"
#include "entities/ner_weights.h"

namespace chorus::entities {

class NerModel {
 public:
  // `second` may be empty: then tagging is one pass with `first`.
  NerModel(Gazetteer gazetteer, NerWeights first, NerWeights second = {})
      : gazetteer_(std::move(gazetteer)), first_(std::move(first)), second_(std::move(second)) {}

  // Throws chorus::Error naming the file when it is missing, truncated or not a
  // chorus NER model.
  static NerModel load(const std::filesystem::path& path);
  static NerModel parse(std::string_view bytes, std::string_view name);
  // The file's bytes; weights are quantized to 16 bits on the way.
  std::string serialize() const;
  // Writes serialize() to `path`; throws chorus::Error when it cannot.
  void save(const std::filesystem::path& path) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  // The first pass's weights, and the second's (features of the first pass's
  // labels over the whole document; empty for a one-pass model).
  const NerWeights& first() const { return first_; }
  const NerWeights& second() const { return second_; }

 private:
  Gazetteer gazetteer_;
  NerWeights first_;
  NerWeights second_;
};

}  // namespace chorus::entities

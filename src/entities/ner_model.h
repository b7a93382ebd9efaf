// NerModel: what the entity tagger needs at run time - the gazetteer and the
// perceptron weights of two passes - read in place from the model's bytes
// (a memory map of the file), so loading parses nothing and builds no table:
// a digest touches only the pages its words look up. Immutable, shareable
// across threads; copies share the bytes.
//
// File format, version 2 (little-endian; every section starts at a multiple
// of 4 bytes, zero padding):
//   header, 48 bytes: "CHORUSNER2" and two zero bytes; u32 label count;
//     gazetteer: u32 entry count, u32 directory bits; then for each of the
//     first and the second pass: u32 feature count, u32 directory bits,
//     f32 weight scale
//   gazetteer: u32 keys (ascending), u32 directory (2^bits + 1 offsets,
//     KeyTable), u8 classes per key
//   each pass: u32 keys (ascending), u32 directory, kLabelCount i16 weights
//     per key (weight = i16 * scale)
// Sizes follow from the header, and the file must be exactly that long.
// Sorted keys make the same model always give the same bytes. Files of
// version 1 ("CHORUSNER1", hash tables built at load) still load, through a
// conversion (ner_model_v1.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "entities/ner_gazetteer.h"
#include "entities/ner_model_bytes.h"
#include "entities/ner_weights.h"
#include "entities/ner_weights_view.h"

namespace chorus::entities {

class NerModel {
 public:
  // A model of trained parts, quantized into the file format and read from
  // there, so it tags exactly as its saved file will. `second` may be empty:
  // then tagging is one pass with `first`.
  NerModel(const Gazetteer& gazetteer, const NerWeights& first, const NerWeights& second = {});

  // Maps the file. Throws chorus::Error naming the file when it is missing,
  // truncated or not a chorus NER model.
  static NerModel load(const std::filesystem::path& path);
  // Reads a copy of `bytes`; errors name `name`.
  static NerModel parse(std::string_view bytes, std::string_view name);
  // The file's bytes.
  std::string serialize() const { return std::string(bytes_->bytes()); }
  // Writes serialize() to `path`; throws chorus::Error when it cannot.
  void save(const std::filesystem::path& path) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  // The first pass's weights, and the second's (features of the first pass's
  // labels over the whole document; empty for a one-pass model).
  const NerWeightsView& first() const { return first_; }
  const NerWeightsView& second() const { return second_; }

 private:
  // Views the bytes, which must be 4-byte aligned (maps and copies are).
  NerModel(std::shared_ptr<const NerModelBytes> bytes, std::string_view name);

  std::shared_ptr<const NerModelBytes> bytes_;
  Gazetteer gazetteer_;
  NerWeightsView first_;
  NerWeightsView second_;
};

}  // namespace chorus::entities

#include "entities/ner_labels.h"

namespace chorus::entities {

std::string label_name(Label label) {
  if (label == kOutside) return "O";
  return (label_part(label) == LabelPart::kBegin ? "B-" : "I-") + std::string(entity_type_name(label_type(label)));
}

std::vector<Label> labels_from_chunks(std::span<const TokenChunk> chunks, size_t count) {
  std::vector<Label> labels(count, kOutside);
  for (const TokenChunk& chunk : chunks) {
    labels[chunk.begin] = make_label(chunk.type, LabelPart::kBegin);
    for (uint32_t i = chunk.begin + 1; i < chunk.end; ++i) labels[i] = make_label(chunk.type, LabelPart::kInside);
  }
  return labels;
}

std::vector<TokenChunk> chunks_from_labels(std::span<const Label> labels) {
  std::vector<TokenChunk> chunks;
  Label previous = kOutside;
  for (uint32_t i = 0; i < labels.size(); ++i) {
    const Label label = labels[i];
    if (label != kOutside) {
      const bool continues = label_part(label) == LabelPart::kInside && previous != kOutside &&
                             label_type(previous) == label_type(label);
      if (continues)
        chunks.back().end = i + 1;
      else
        chunks.push_back({i, i + 1, label_type(label)});
    }
    previous = label;
  }
  return chunks;
}

}  // namespace chorus::entities

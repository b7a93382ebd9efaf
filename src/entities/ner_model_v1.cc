#include "entities/ner_model_v1.h"

#include <bit>
#include <cmath>
#include <string>

#include "chorus/error.h"

namespace chorus::entities {
namespace {

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}
  uint32_t u32() {
    need(4);
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  uint8_t u8() {
    need(1);
    return static_cast<uint8_t>(bytes_[pos_++]);
  }
  int16_t i16() {
    need(2);
    const auto v = static_cast<uint16_t>(static_cast<unsigned char>(bytes_[pos_]) |
                                         (static_cast<unsigned char>(bytes_[pos_ + 1]) << 8));
    pos_ += 2;
    return static_cast<int16_t>(v);
  }
  void skip(size_t n) {
    need(n);
    pos_ += n;
  }
  bool done() const { return pos_ == bytes_.size(); }
  [[noreturn]] void fail(const std::string& what) const { invalid_ner_model(name_, what); }

 private:
  void need(size_t n) const {
    if (bytes_.size() - pos_ < n) fail("truncated at byte " + std::to_string(pos_));
  }
  std::string_view bytes_;
  std::string_view name_;
  size_t pos_ = 0;
};

void read_keys(Reader& in, size_t count, std::vector<uint32_t>& keys) {
  keys.resize(count);
  for (size_t i = 0; i < count; ++i) {
    keys[i] = in.u32();
    if (i > 0 && keys[i] <= keys[i - 1]) in.fail("keys not ascending");
  }
}

QuantizedWeights read_weights(Reader& in, size_t file_size) {
  QuantizedWeights weights;
  const uint32_t feature_count = in.u32();
  if (feature_count > file_size) in.fail("bad feature count");
  weights.scale = std::bit_cast<float>(in.u32());
  if (!std::isfinite(weights.scale) || weights.scale <= 0) in.fail("bad weight scale");
  read_keys(in, feature_count, weights.keys);
  weights.rows.resize(static_cast<size_t>(feature_count) * kLabelCount);
  for (int16_t& w : weights.rows) w = in.i16();
  return weights;
}

}  // namespace

void invalid_ner_model(std::string_view name, const std::string& what) {
  throw Error(std::string(name) + ": not a valid chorus NER model (" + what +
              "); train one with `chorus train ner` (see data/ner/README.md)");
}

NerModelParts read_ner_model_v1(std::string_view bytes, std::string_view name) {
  Reader in(bytes, name);
  if (!bytes.starts_with(kNerModelV1Magic)) in.fail("wrong magic");
  in.skip(kNerModelV1Magic.size());
  if (in.u32() != kLabelCount) in.fail("label count differs from this build's");
  NerModelParts parts;
  const uint32_t entry_count = in.u32();
  if (entry_count > bytes.size()) in.fail("bad gazetteer size");
  parts.gazetteer_keys.resize(entry_count);
  parts.gazetteer_values.resize(entry_count);
  for (uint32_t i = 0; i < entry_count; ++i) {
    parts.gazetteer_keys[i] = in.u32();
    parts.gazetteer_values[i] = in.u8();
    if (i > 0 && parts.gazetteer_keys[i] <= parts.gazetteer_keys[i - 1]) in.fail("gazetteer keys not ascending");
  }
  parts.first = read_weights(in, bytes.size());
  parts.second = read_weights(in, bytes.size());
  if (!in.done()) in.fail("trailing bytes");
  return parts;
}

}  // namespace chorus::entities

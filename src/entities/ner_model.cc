#include "entities/ner_model.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>

#include "chorus/error.h"
#include "entities/ner_model_v1.h"

namespace chorus::entities {

// The arrays are read in place as the host's integers.
static_assert(std::endian::native == std::endian::little, "the NER model file is little-endian");

namespace {

constexpr std::string_view kMagic{"CHORUSNER2\0\0", 12};
constexpr size_t kHeaderSize = 48;

// Header fields of one key table.
struct TableHeader {
  uint32_t count = 0;
  uint32_t bits = 0;
  float scale = 1.0f;  // weights only
};

size_t padded(size_t n) { return (n + 3) & ~size_t{3}; }

// ---- writing -----------------------------------------------------------------

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void put_keys(std::string& out, std::span<const uint32_t> keys) {
  for (const uint32_t key : keys) put_u32(out, key);
  for (const uint32_t offset : KeyTable::directory_for(keys, KeyTable::bits_for(keys.size()))) put_u32(out, offset);
}

void pad(std::string& out) { out.resize(padded(out.size()), '\0'); }

void put_weights(std::string& out, const QuantizedWeights& weights) {
  put_keys(out, weights.keys);
  for (const int16_t w : weights.rows) {
    const auto v = static_cast<uint16_t>(w);
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
  }
  pad(out);
}

std::string write_model(const NerModelParts& parts) {
  std::string out(kMagic);
  put_u32(out, kLabelCount);
  put_u32(out, static_cast<uint32_t>(parts.gazetteer_keys.size()));
  put_u32(out, KeyTable::bits_for(parts.gazetteer_keys.size()));
  for (const QuantizedWeights* weights : {&parts.first, &parts.second}) {
    put_u32(out, static_cast<uint32_t>(weights->keys.size()));
    put_u32(out, KeyTable::bits_for(weights->keys.size()));
    put_u32(out, std::bit_cast<uint32_t>(weights->scale));
  }
  put_keys(out, parts.gazetteer_keys);
  out.append(reinterpret_cast<const char*>(parts.gazetteer_values.data()), parts.gazetteer_values.size());
  pad(out);
  put_weights(out, parts.first);
  put_weights(out, parts.second);
  return out;
}

// ---- reading in place --------------------------------------------------------

// Bytes of a table's sections: keys, directory, then `value_size` bytes a key, padded.
size_t section_size(const TableHeader& header, size_t value_size) {
  return 4 * static_cast<size_t>(header.count) + 4 * ((size_t{1} << header.bits) + 1) + padded(value_size * header.count);
}

class Layout {
 public:
  Layout(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  uint32_t u32(size_t at) const {
    uint32_t v;
    std::memcpy(&v, bytes_.data() + at, 4);
    return v;
  }
  TableHeader table(size_t at, bool weights) const {
    TableHeader header{u32(at), u32(at + 4), weights ? std::bit_cast<float>(u32(at + 8)) : 1.0f};
    // A count beyond the file's size is corrupt, and bounding it keeps the size sums below from overflowing.
    if (header.count > bytes_.size()) fail("bad key count " + std::to_string(header.count));
    if (header.bits != KeyTable::bits_for(header.count)) fail("directory size does not match the key count");
    if (!std::isfinite(header.scale) || header.scale <= 0) fail("bad weight scale");
    return header;
  }
  // Checks that the file is as long as its header says.
  void expect_size(const TableHeader& gazetteer, const TableHeader& first, const TableHeader& second) const {
    const size_t size = kHeaderSize + section_size(gazetteer, 1) + section_size(first, 2 * kLabelCount) +
                        section_size(second, 2 * kLabelCount);
    if (bytes_.size() != size)
      fail((bytes_.size() < size ? "truncated: " : "trailing bytes: ") + std::to_string(bytes_.size()) +
           " bytes where its header describes " + std::to_string(size));
  }
  // The next section, `count` `T`s (within the file, as expect_size checked).
  template <typename T>
  std::span<const T> take(size_t count) {
    const size_t size = count * sizeof(T);
    if (bytes_.size() < pos_ || bytes_.size() - pos_ < size) fail("a section overruns the file");
    const auto* first = reinterpret_cast<const T*>(bytes_.data() + pos_);
    pos_ = padded(pos_ + size);
    return {first, count};
  }
  KeyTable keys(const TableHeader& header) {
    const auto keys = take<uint32_t>(header.count);
    const auto directory = take<uint32_t>((size_t{1} << header.bits) + 1);
    if (directory.front() != 0 || directory.back() != header.count) fail("bad key directory");
    return KeyTable(keys, directory, header.bits);
  }
  void skip_to(size_t at) { pos_ = at; }
  [[noreturn]] void fail(const std::string& what) const { invalid_ner_model(name_, what); }

 private:
  std::string_view bytes_;
  std::string_view name_;
  size_t pos_ = 0;
};

NerModelParts parts_of(const Gazetteer& gazetteer, const NerWeights& first, const NerWeights& second) {
  NerModelParts parts;
  const auto keys = gazetteer.keys().keys();
  parts.gazetteer_keys.assign(keys.begin(), keys.end());
  parts.gazetteer_values.assign(gazetteer.values().begin(), gazetteer.values().end());
  parts.first = quantize(first);
  parts.second = quantize(second);
  return parts;
}

}  // namespace

NerModel::NerModel(const Gazetteer& gazetteer, const NerWeights& first, const NerWeights& second)
    : NerModel(NerModelBytes::copy(write_model(parts_of(gazetteer, first, second))), "trained model") {}

NerModel::NerModel(std::shared_ptr<const NerModelBytes> bytes, std::string_view name) : bytes_(std::move(bytes)) {
  const std::string_view data = bytes_->bytes();
  Layout in(data, name);
  if (data.size() < kHeaderSize) {
    if (!data.starts_with(kMagic.substr(0, data.size()))) in.fail("wrong magic");
    in.fail("truncated: " + std::to_string(data.size()) + " bytes, shorter than the header");
  }
  if (!data.starts_with(kMagic)) in.fail("wrong magic");
  if (in.u32(12) != kLabelCount) in.fail("label count differs from this build's");
  const TableHeader gazetteer = in.table(16, false);
  const TableHeader first = in.table(24, true);
  const TableHeader second = in.table(36, true);
  in.expect_size(gazetteer, first, second);
  in.skip_to(kHeaderSize);
  const KeyTable gazetteer_keys = in.keys(gazetteer);
  gazetteer_ = Gazetteer(gazetteer_keys, in.take<uint8_t>(gazetteer.count), bytes_);
  const KeyTable first_keys = in.keys(first);
  first_ = NerWeightsView(first_keys, in.take<int16_t>(static_cast<size_t>(first.count) * kLabelCount), first.scale);
  const KeyTable second_keys = in.keys(second);
  second_ = NerWeightsView(second_keys, in.take<int16_t>(static_cast<size_t>(second.count) * kLabelCount), second.scale);
}

NerModel NerModel::parse(std::string_view bytes, std::string_view name) {
  if (bytes.starts_with(kNerModelV1Magic))
    return NerModel(NerModelBytes::copy(write_model(read_ner_model_v1(bytes, name))), name);
  return NerModel(NerModelBytes::copy(bytes), name);
}

NerModel NerModel::load(const std::filesystem::path& path) {
  std::shared_ptr<const NerModelBytes> bytes = NerModelBytes::map(path);
  if (bytes->bytes().starts_with(kNerModelV1Magic)) return parse(bytes->bytes(), path.string());
  return NerModel(std::move(bytes), path.string());
}

void NerModel::save(const std::filesystem::path& path) const {
  if (path.has_parent_path()) {
    std::error_code ignored;
    std::filesystem::create_directories(path.parent_path(), ignored);
  }
  const std::string_view bytes = bytes_->bytes();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw Error(path.string() + ": cannot write the NER model");
}

}  // namespace chorus::entities

#include "entities/ner_model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>

#include "chorus/error.h"

namespace chorus::entities {
namespace {

constexpr std::string_view kMagic = "CHORUSNER1";

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

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
  std::string_view take(size_t n) {
    need(n);
    const std::string_view v = bytes_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  bool done() const { return pos_ == bytes_.size(); }
  [[noreturn]] void fail(const std::string& what) const {
    throw Error(std::string(name_) + ": not a valid chorus NER model (" + what +
                "); train one with `chorus train ner` (see data/ner/README.md)");
  }

 private:
  void need(size_t n) const {
    if (bytes_.size() - pos_ < n) fail("truncated at byte " + std::to_string(pos_));
  }
  std::string_view bytes_;
  std::string_view name_;
  size_t pos_ = 0;
};

NerWeights read_weights(Reader& in, size_t file_size) {
  const uint32_t feature_count = in.u32();
  if (feature_count > file_size) in.fail("bad feature count");
  const float scale = std::bit_cast<float>(in.u32());
  if (!std::isfinite(scale) || scale <= 0) in.fail("bad weight scale");
  std::vector<uint32_t> keys(feature_count);
  for (uint32_t& key : keys) key = in.u32();
  std::vector<float> rows(static_cast<size_t>(feature_count) * kLabelCount);
  for (float& w : rows) w = static_cast<float>(in.i16()) * scale;
  try {
    return NerWeights(std::move(keys), std::move(rows));
  } catch (const Error& e) {
    in.fail(e.what());  // duplicate keys
  }
}

// Sorted keys and a scale that maps the largest weight to 32767.
void write_weights(std::string& out, const NerWeights& weights) {
  const auto& keys = weights.keys();
  const auto& rows = weights.rows();
  std::vector<uint32_t> order(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  float largest = 0;
  for (const float w : rows) largest = std::max(largest, std::abs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  put_u32(out, static_cast<uint32_t>(keys.size()));
  put_u32(out, std::bit_cast<uint32_t>(scale));
  for (const uint32_t i : order) put_u32(out, keys[i]);
  for (const uint32_t i : order) {
    for (int l = 0; l < kLabelCount; ++l) {
      const long q = std::lround(rows[static_cast<size_t>(i) * kLabelCount + l] / scale);
      const auto v = static_cast<uint16_t>(static_cast<int16_t>(std::clamp(q, -32767L, 32767L)));
      out.push_back(static_cast<char>(v & 0xFF));
      out.push_back(static_cast<char>(v >> 8));
    }
  }
}

}  // namespace

NerModel NerModel::parse(std::string_view bytes, std::string_view name) {
  Reader in(bytes, name);
  if (bytes.size() < kMagic.size() || in.take(kMagic.size()) != kMagic) in.fail("wrong magic");
  if (in.u32() != kLabelCount) in.fail("label count differs from this build's");
  const uint32_t entry_count = in.u32();
  if (entry_count > bytes.size()) in.fail("bad gazetteer size");
  std::vector<std::pair<uint32_t, uint8_t>> entries(entry_count);
  for (auto& [key, value] : entries) {
    key = in.u32();
    value = in.u8();
  }
  NerWeights first = read_weights(in, bytes.size());
  NerWeights second = read_weights(in, bytes.size());
  if (!in.done()) in.fail("trailing bytes");
  return NerModel(Gazetteer::from_entries(entries), std::move(first), std::move(second));
}

NerModel NerModel::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw Error(path.string() +
                ": cannot open the NER model (check the path, or train one with `chorus train ner`; "
                "see data/ner/README.md)");
  // One read into a buffer of the file's size (a stringstream copies it twice).
  std::string bytes(static_cast<size_t>(std::filesystem::file_size(path)), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(bytes.size()))
    throw Error(path.string() + ": cannot read the NER model");
  return parse(bytes, path.string());
}

std::string NerModel::serialize() const {
  std::string out(kMagic);
  put_u32(out, kLabelCount);
  const auto entries = gazetteer_.entries();
  put_u32(out, static_cast<uint32_t>(entries.size()));
  for (const auto& [key, value] : entries) {
    put_u32(out, key);
    out.push_back(static_cast<char>(value));
  }
  write_weights(out, first_);
  write_weights(out, second_);
  return out;
}

void NerModel::save(const std::filesystem::path& path) const {
  const std::string bytes = serialize();
  if (path.has_parent_path()) {
    std::error_code ignored;
    std::filesystem::create_directories(path.parent_path(), ignored);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw Error(path.string() + ": cannot write the NER model");
}

}  // namespace chorus::entities

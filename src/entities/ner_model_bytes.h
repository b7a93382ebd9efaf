// The bytes of an entity model, kept for as long as a model reads them in
// place: a read-only memory map of the file (the kernel reads a page when a
// lookup first touches it, and processes share the pages), or an owned copy
// aligned for the model's 32-bit arrays.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace chorus::entities {

class NerModelBytes {
 public:
  // Maps `path`; throws chorus::Error naming it when it cannot be opened or mapped.
  static std::shared_ptr<const NerModelBytes> map(const std::filesystem::path& path);
  // An aligned copy of `bytes`.
  static std::shared_ptr<const NerModelBytes> copy(std::string_view bytes);

  NerModelBytes(const NerModelBytes&) = delete;
  NerModelBytes& operator=(const NerModelBytes&) = delete;
  ~NerModelBytes();

  std::string_view bytes() const { return {data_, size_}; }

 private:
  NerModelBytes() = default;

  const char* data_ = nullptr;
  size_t size_ = 0;
  void* mapping_ = nullptr;         // from mmap, or null for a copy
  std::vector<uint64_t> storage_;   // the copy, 8-byte aligned
};

}  // namespace chorus::entities

#include "entities/ner_model_bytes.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "chorus/error.h"

namespace chorus::entities {
namespace {

[[noreturn]] void cannot(const std::filesystem::path& path, const std::string& what) {
  throw Error(path.string() + ": cannot " + what +
              " the NER model (check the path, or train one with `chorus train ner`; see data/ner/README.md)");
}

// Closes a descriptor on every path out.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::shared_ptr<const NerModelBytes> NerModelBytes::map(const std::filesystem::path& path) {
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat info {};
  if (file.fd < 0 || ::fstat(file.fd, &info) != 0) cannot(path, "open");
  if (!S_ISREG(info.st_mode)) cannot(path, "read (not a regular file)");
  if (info.st_size == 0) return copy({});  // mmap refuses an empty range; the header check reports it
  void* mapping = ::mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE, file.fd, 0);
  if (mapping == MAP_FAILED) cannot(path, "map");
  std::shared_ptr<NerModelBytes> bytes(new NerModelBytes());
  bytes->mapping_ = mapping;
  bytes->data_ = static_cast<const char*>(mapping);
  bytes->size_ = static_cast<size_t>(info.st_size);
  return bytes;
}

std::shared_ptr<const NerModelBytes> NerModelBytes::copy(std::string_view bytes) {
  std::shared_ptr<NerModelBytes> owned(new NerModelBytes());
  owned->storage_.resize((bytes.size() + sizeof(uint64_t) - 1) / sizeof(uint64_t));
  if (!bytes.empty()) std::memcpy(owned->storage_.data(), bytes.data(), bytes.size());
  owned->data_ = reinterpret_cast<const char*>(owned->storage_.data());
  owned->size_ = bytes.size();
  return owned;
}

NerModelBytes::~NerModelBytes() {
  if (mapping_ != nullptr) ::munmap(mapping_, size_);
}

}  // namespace chorus::entities

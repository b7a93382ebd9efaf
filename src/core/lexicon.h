// Lexicon: interns strings (folded word forms and stems) to dense ids, so the
// hot paths compare and count integers. The documents of one Cluster share
// one Lexicon. Per-term facts (its stem, whether it is a stop word) are cached
// beside each term by the annotator, so each is computed once per distinct term.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chorus {

class Lexicon {
 public:
  static constexpr uint32_t kUnset = UINT32_MAX;

  struct TermInfo {
    uint32_t stem = kUnset;  // id of this term's stem; kUnset until computed
    int8_t stop = -1;        // 1 stop word, 0 not, -1 not computed yet
  };

  // Id of `term`, adding it if new.
  uint32_t intern(std::string_view term);
  std::optional<uint32_t> find(std::string_view term) const;

  std::string_view str(uint32_t id) const { return strings_[id]; }
  TermInfo& info(uint32_t id) { return info_[id]; }
  const TermInfo& info(uint32_t id) const { return info_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(strings_.size()); }

 private:
  // Open addressing with linear probing: slot -> id (kUnset when empty),
  // with each id's hash kept to skip most string comparisons. Interning runs
  // for every token, where std::unordered_map's hashing, modulo and node
  // chasing showed in profiles.
  size_t slot_of(std::string_view term, uint64_t hash) const;
  void grow();

  std::deque<std::string> strings_;  // a deque: views into it stay valid
  std::deque<TermInfo> info_;
  std::vector<uint64_t> hashes_;     // by id
  std::vector<uint32_t> slots_;      // size a power of two, at most half full
};

}  // namespace chorus

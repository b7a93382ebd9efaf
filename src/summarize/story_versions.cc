#include "summarize/story_versions.h"

#include <algorithm>
#include <numeric>

namespace chorus::summarize {

std::vector<uint32_t> story_versions(const Cluster& cluster, const std::vector<Candidate>& candidates,
                                     double overlap) {
  const size_t n = cluster.documents.size();
  std::vector<std::vector<uint64_t>> bigrams(n);  // each document's distinct bigrams, sorted
  for (const Candidate& candidate : candidates) {
    bigrams[candidate.doc].insert(bigrams[candidate.doc].end(), candidate.bigrams.begin(), candidate.bigrams.end());
  }
  for (std::vector<uint64_t>& set : bigrams) {
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
  }

  std::vector<uint32_t> group(n);
  std::iota(group.begin(), group.end(), 0u);
  const auto root = [&](uint32_t d) {
    while (group[d] != d) d = group[d];
    return d;
  };
  for (uint32_t a = 0; a < n; ++a) {
    for (uint32_t b = a + 1; b < n; ++b) {
      const std::vector<uint64_t>& x = bigrams[a];
      const std::vector<uint64_t>& y = bigrams[b];
      size_t common = 0;
      for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] < y[j]) {
          ++i;
        } else if (y[j] < x[i]) {
          ++j;
        } else {
          ++common, ++i, ++j;
        }
      }
      const size_t all = x.size() + y.size() - common;
      if (all == 0 || static_cast<double>(common) <= overlap * static_cast<double>(all)) continue;
      const uint32_t ra = root(a), rb = root(b);
      group[std::max(ra, rb)] = std::min(ra, rb);
    }
  }
  for (uint32_t d = 0; d < n; ++d) group[d] = root(d);
  return group;
}

}  // namespace chorus::summarize

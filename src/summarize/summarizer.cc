#include "summarize/summarizer.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "summarize/method.h"

namespace chorus::summarize {

std::vector<uint32_t> chronological_order(const Cluster& cluster) {
  std::vector<uint32_t> order(cluster.documents.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const std::string& date_a = cluster.documents[a].published;
    const std::string& date_b = cluster.documents[b].published;
    if (date_a.empty() != date_b.empty()) return !date_a.empty();
    return date_a < date_b;  // ISO 8601 strings sort chronologically
  });
  return order;
}

std::vector<Selection> summarize(const Cluster& cluster, const SummaryOptions& options) {
  const auto method = make_method(options.method);
  std::vector<Candidate> candidates = collect_candidates(cluster, options.candidates);
  if (candidates.empty()) {  // only short sentences (a brief note): take them as they are
    CandidateOptions relaxed = options.candidates;
    relaxed.min_words = 1;
    candidates = collect_candidates(cluster, relaxed);
  }

  // Methods see candidates in reading order: chronological documents, then position.
  const std::vector<uint32_t> order = chronological_order(cluster);
  std::vector<uint32_t> rank(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const Candidate& a, const Candidate& b) { return rank[a.doc] < rank[b.doc]; });

  std::vector<uint32_t> chosen = method->select(cluster, candidates, Budget{options.words, options.fill});
  // One fact once: while two chosen sentences state one fact, the one chosen
  // later leaves the candidates and the method chooses again.
  while (options.same_fact) {
    std::optional<uint32_t> repeat;
    for (size_t i = 0; i < chosen.size() && !repeat; ++i) {
      const Selection first{candidates[chosen[i]].doc, candidates[chosen[i]].sentence};
      for (size_t j = i + 1; j < chosen.size() && !repeat; ++j) {
        if (options.same_fact(first, Selection{candidates[chosen[j]].doc, candidates[chosen[j]].sentence}))
          repeat = chosen[j];
      }
    }
    if (!repeat) break;
    candidates.erase(candidates.begin() + *repeat);
    chosen = method->select(cluster, candidates, Budget{options.words, options.fill});
  }
  // The sentence that crosses a filled budget stays last, where the scorer's
  // cut falls; the others go in reading order (candidate order).
  uint32_t used = 0;
  for (uint32_t index : chosen) used += candidates[index].words;
  const bool crossing = options.fill && !chosen.empty() && used > options.words;
  const auto ordered_end = crossing ? chosen.end() - 1 : chosen.end();
  std::sort(chosen.begin(), ordered_end);
  chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
  std::vector<Selection> selections;
  selections.reserve(chosen.size());
  for (uint32_t index : chosen) {
    selections.push_back(Selection{candidates[index].doc, candidates[index].sentence});
  }
  return selections;
}

}  // namespace chorus::summarize

#include "summarize/summarizer.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "chorus/error.h"
#include "summarize/candidate_limit.h"
#include "summarize/method.h"

namespace chorus::summarize {
namespace {

// How many times the method may choose again after a repeated fact left the
// candidates (DUC 2004 with claims: at most 9). Each round is a whole run
// of the method; past this many, the remaining repeats are only dropped, so
// a cluster that states one fact in thousands of sentences stays bounded.
constexpr uint32_t kMaxReselections = 32;

// The position in `chosen` of a sentence that states the fact of one chosen
// before it: for the first chosen sentence with such a later one, the first.
std::optional<size_t> first_repeat(const std::vector<Candidate>& candidates, const std::vector<uint32_t>& chosen,
                                   const SummaryOptions& options) {
  for (size_t i = 0; i < chosen.size(); ++i) {
    const Selection first{candidates[chosen[i]].doc, candidates[chosen[i]].sentence};
    for (size_t j = i + 1; j < chosen.size(); ++j) {
      if (options.same_fact(first, Selection{candidates[chosen[j]].doc, candidates[chosen[j]].sentence})) return j;
    }
  }
  return std::nullopt;
}

}  // namespace

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

Summary summarize(const Cluster& cluster, const SummaryOptions& options, const std::stop_token& stop) {
  const auto method = make_method(options.method);
  std::vector<Candidate> candidates = collect_candidates(cluster, options.candidates);
  if (candidates.empty()) {  // only short sentences (a brief note): take them as they are
    CandidateOptions relaxed = options.candidates;
    relaxed.min_words = 1;
    candidates = collect_candidates(cluster, relaxed);
  }
  if (stop.stop_requested()) throw Cancelled();

  // Methods see candidates in reading order: chronological documents, then position.
  const std::vector<uint32_t> order = chronological_order(cluster);
  std::vector<uint32_t> rank(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const Candidate& a, const Candidate& b) { return rank[a.doc] < rank[b.doc]; });

  Summary summary;
  if (method->limits_candidates()) {
    const uint32_t limit = std::min(options.max_candidates > 0 ? options.max_candidates : UINT32_MAX,
                                    method->own_candidate_limit());
    const size_t all = candidates.size();
    if (limit_candidates(cluster, candidates, limit) > 0) {
      summary.warnings.push_back("summary: " + std::to_string(all) + " candidate sentences, more than the " +
                                 std::string(canonical_method_name(options.method)) + " method's limit of " +
                                 std::to_string(limit) + "; it chose among " + std::to_string(candidates.size()) +
                                 " of them: repeated sentences once, then the closest to the cluster's centroid");
    }
  }

  const Budget budget{options.words, options.fill};
  std::vector<uint32_t> chosen = method->select(cluster, candidates, budget, stop);
  // One fact once: while two chosen sentences state one fact, the one chosen
  // later leaves the candidates and the method chooses again (at most
  // kMaxReselections times; then the later ones are dropped).
  for (uint32_t round = 0; options.same_fact; ++round) {
    const std::optional<size_t> repeat = first_repeat(candidates, chosen, options);
    if (!repeat) break;
    if (round >= kMaxReselections) {
      chosen.erase(chosen.begin() + static_cast<std::ptrdiff_t>(*repeat));
      continue;
    }
    candidates.erase(candidates.begin() + chosen[*repeat]);
    chosen = method->select(cluster, candidates, budget, stop);
  }
  // The sentence that crosses a filled budget stays last, where the scorer's
  // cut falls; the others go in reading order (candidate order).
  uint32_t used = 0;
  for (uint32_t index : chosen) used += candidates[index].words;
  const bool crossing = options.fill && !chosen.empty() && used > options.words;
  const auto ordered_end = crossing ? chosen.end() - 1 : chosen.end();
  std::sort(chosen.begin(), ordered_end);
  chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
  summary.sentences.reserve(chosen.size());
  for (uint32_t index : chosen) {
    summary.sentences.push_back(Selection{candidates[index].doc, candidates[index].sentence});
  }
  return summary;
}

std::vector<Selection> summarize(const Cluster& cluster, const SummaryOptions& options) {
  return summarize(cluster, options, {}).sentences;
}

}  // namespace chorus::summarize

// The interface every summarization method implements, and the registry
// that finds a method by name.
#pragma once

#include <cstdint>
#include <memory>
#include <stop_token>
#include <string_view>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

// How many words a summary may have. Methods add a sentence only when
// `fits` says so, which gives both policies with one loop.
struct Budget {
  uint32_t words = 100;
  // false: the summary never exceeds `words` (what a reader is shown).
  // true: sentences are added while the summary is shorter than `words`, so
  // the last one may cross it, for a scorer that reads the first `words`
  // words (ROUGE -l): the summary fills the budget instead of stopping short.
  bool fill = false;

  bool fits(uint32_t used, uint32_t sentence_words) const {
    return fill ? used < words : used + sentence_words <= words;
  }
};

class Method {
 public:
  virtual ~Method() = default;
  // Indices into `candidates` of the chosen sentences (any order) within
  // `budget`. Candidates come in reading order (see summarizer.h). Long
  // loops throw chorus::Cancelled once `stop` is requested.
  virtual std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                                       const Budget& budget, const std::stop_token& stop) const = 0;
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget) const {
    return select(cluster, candidates, budget, {});
  }
  // Whether the method's cost grows faster than its candidates (pairs of
  // sentences, a solver, or a greedy step per chosen sentence): such a
  // method chooses among at most SummaryOptions::max_candidates.
  virtual bool limits_candidates() const { return true; }
  // A lower limit of the method's own, whatever the options say (a solver
  // whose time grows much faster than its input); UINT32_MAX: none.
  virtual uint32_t own_candidate_limit() const { return UINT32_MAX; }
};

// "default" names the project's best method. Throws chorus::Error listing
// the known names when `name` is unknown.
std::unique_ptr<Method> make_method(std::string_view name);
std::vector<std::string_view> method_names();
// The name a method is known by ("default" -> the default method's name).
std::string_view canonical_method_name(std::string_view name);

// Methods, one file each.
std::unique_ptr<Method> make_concept_coverage();
std::unique_ptr<Method> make_lead();
std::unique_ptr<Method> make_centroid();
std::unique_ptr<Method> make_lexrank();
std::unique_ptr<Method> make_textrank();
std::unique_ptr<Method> make_mmr();
std::unique_ptr<Method> make_sum_basic();    // "sumbasic"
std::unique_ptr<Method> make_kl_greedy();    // "kl"
std::unique_ptr<Method> make_submodular();   // "submodular"
std::unique_ptr<Method> make_concept_ilp();  // "ilp"

}  // namespace chorus::summarize

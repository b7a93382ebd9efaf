// Claims: one fact as the outlets state it. Every body sentence of every
// document is linked to the sentences of other documents that state the
// same fact (the pair model's probability, pair_model.h), and linked
// sentences form claims. The whole digest reads its agreement off them:
// summary support, unique content, redundancy, timeline merging, figure
// groups.
//
// Sentences of identical text are one unit, scored once. A claim's core
// holds units of different documents, and every two of them are linked at
// least at `cohesion`: two unrelated sentences never join through a common
// neighbour. A sentence that states the claim's fact among others ("X
// entered Lachin, five days after Kalbajar was handed over") is added to each
// claim whose core it covers, so one sentence can state several claims.
#pragma once

#include <cstdint>
#include <span>
#include <stop_token>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compare/figure_groups.h"
#include "compare/pair_model.h"
#include "compare/sentence_facts.h"
#include "core/cluster.h"
#include "core/diagnostics.h"

namespace chorus::compare {

enum class ClaimStatus : uint8_t {
  kCorroborated,  // two or more outlets state it
  kSingle,        // one outlet only
  kContested,     // outlets state it with a different figure, day or polarity
};
std::string_view claim_status_name(ClaimStatus status);

struct SentenceRef {
  uint32_t doc = 0;
  uint32_t sentence = 0;
  friend bool operator==(const SentenceRef&, const SentenceRef&) = default;
  friend auto operator<=>(const SentenceRef&, const SentenceRef&) = default;
};

enum class DifferenceKind : uint8_t { kFigure, kDate, kPolarity };
std::string_view difference_kind_name(DifferenceKind kind);

// Where two outlets of one claim disagree.
struct ClaimDifference {
  DifferenceKind kind = DifferenceKind::kFigure;
  SentenceRef a, b;
  // kFigure: indexes into each document's quantities; kDate: into its
  // timexes (DocumentAnnotations); kPolarity: 1 when that side is negated.
  uint32_t a_item = 0, b_item = 0;
};

struct Claim {
  std::vector<SentenceRef> sentences;  // ascending
  uint32_t outlets = 0;                // distinct outlets among them
  ClaimStatus status = ClaimStatus::kSingle;
  std::vector<ClaimDifference> differences;  // kContested only
};

struct ClaimOptions {
  // P(the two sentences state the same fact), disagreements on figures, days
  // and polarity set aside, at which they are linked (Options::support_threshold).
  double threshold = 0.5;
  // The least that every two sentences of one claim must reach.
  double cohesion = 0.1;
  // Candidate pairs: sentences whose shared terms (candidate_pairs) weigh at
  // least this share of either sentence's terms; others are not scored.
  double candidate_share = 0.2;
  // Bounds on the work, so that cost stays near-linear in the input: the
  // candidates kept per sentence (the heaviest shared words first); the
  // sentences a word may be used by and still find candidates (at least four
  // per document); the sentence pairs one merge of two groups may check.
  size_t max_partners = 64;
  size_t max_postings = 2000;
  size_t max_merge_pairs = 10000;
  // The postings visited in the search for candidates, on average per
  // sentence (at least a thousand sentences' worth): past it, the most used
  // words find no candidates, with a warning. A 10-article cluster needs a
  // few hundred per sentence.
  size_t visits_per_sentence = 2000;
  // Threads that score candidate pairs (0: one per core); the claims are the
  // same whatever the number.
  unsigned threads = 1;
};

class ClaimSet {
 public:
  std::vector<Claim> claims;  // more outlets first, then by first sentence

  // The claims holding a sentence (indexes into `claims`).
  std::span<const uint32_t> of(SentenceRef sentence) const;
  // Whether two sentences share a claim of two or more outlets.
  bool shared(SentenceRef a, SentenceRef b) const;
  // P(a and b state the same fact), disagreements counted; 0 when not scored.
  double support(SentenceRef a, SentenceRef b) const;
  // Whether a and b disagree on a figure, a day or the polarity.
  bool disagree(SentenceRef a, SentenceRef b) const;
  // Whether a and b were scored and reach `cohesion`: they speak of related
  // things, whether or not of one fact.
  bool related(SentenceRef a, SentenceRef b) const;

  // Adds claims found by other evidence (figures of one measure), each
  // unless one claim holds all its sentences already; the claims stay in
  // their order (more outlets first, then by first sentence).
  void add(std::vector<Claim> more);

 private:
  friend ClaimSet find_claims(const Cluster&, const ClusterFacts&, const PairModel&, std::span<const uint32_t>,
                              const ClaimOptions&, std::stop_token, Diagnostics*);
  struct Link {
    float topic = 0, support = 0;
  };
  static constexpr Link kSameText{1.0f, 1.0f};
  static constexpr uint32_t kNoUnit = UINT32_MAX;
  static uint64_t key(SentenceRef s) { return (uint64_t{s.doc} << 32) | s.sentence; }
  // The unit of identical text a sentence belongs to, kNoUnit when none.
  uint32_t unit_of(SentenceRef s) const;
  // The link of two different units, nullptr when they were not linked.
  const Link* find_link(uint32_t a, uint32_t b) const;
  const Link* link(SentenceRef a, SentenceRef b) const;
  // Whether the facts of a link (or nullptr) disagree: figures, dates, polarity.
  bool disagrees(const Link* l) const {
    return l && l != &kSameText && link_disagrees_[static_cast<size_t>(l - links_.data())];
  }
  // Flat arrays, not node-based maps: a large cluster holds millions of links.
  std::vector<uint32_t> sentence_base_;  // per document: index of its first sentence in unit_
  std::vector<uint32_t> unit_;           // per sentence (by sentence_base_): its unit
  std::vector<uint32_t> link_begin_;     // per unit: its first link in link_partner_ / links_
  std::vector<uint32_t> link_partner_;   // the higher unit of each link, ascending per lower unit
  std::vector<Link> links_;
  std::vector<bool> link_disagrees_;     // beside links_
  std::vector<uint64_t> of_keys_;        // doc << 32 | sentence of each (sentence, claim), ascending
  std::vector<uint32_t> of_claims_;      // the claims, beside
  void sort_and_index();
};

// The claims figure groups make (figure_groups.h): the sentences of a
// group's figures, when they come from two or more outlets; contested on its
// figures when the group's verdict is a conflict. `quantities[d]` are the
// quantities the groups' FigureRefs index.
std::vector<Claim> figure_claims(const std::vector<FigureGroup>& groups,
                                 const std::vector<std::vector<figures::Quantity>>& quantities,
                                 std::span<const uint32_t> outlet_of);

// The pairs of sentences of different documents worth scoring: their shared
// terms - words, names of one entity, figures of about one value, days - weigh
// at least `share` of either sentence's terms. Found through an inverted
// index; each pair once, the lower first.
std::vector<std::pair<SentenceRef, SentenceRef>> candidate_pairs(const Cluster& cluster, const ClusterFacts& facts,
                                                                 double share);

// `outlet_of[d]`: the outlet of document d (documents of one outlet count once).
// Throws chorus::Cancelled once `stop` is requested; a bound on the work
// reached adds a warning to `diagnostics`.
ClaimSet find_claims(const Cluster& cluster, const ClusterFacts& facts, const PairModel& model,
                     std::span<const uint32_t> outlet_of, const ClaimOptions& options = {},
                     std::stop_token stop = {}, Diagnostics* diagnostics = nullptr);

}  // namespace chorus::compare

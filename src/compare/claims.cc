#include "compare/claims.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <numeric>
#include <optional>
#include <stop_token>
#include <string_view>
#include <unordered_map>

#include "chorus/error.h"
#include "compare/figure_groups.h"
#include "compare/pair_features.h"
#include "core/parallel_for.h"
#include "core/sorted_sets.h"
#include "time/calendar.h"

namespace chorus::compare {
namespace {

constexpr std::string_view kStatusNames[] = {"corroborated", "single", "contested"};
constexpr std::string_view kDifferenceNames[] = {"figure", "date", "polarity"};


// Whether two figures count the very same thing by their words: one event
// (people killed, evacuated ...), one specific noun, or generic nouns
// ("people", "residents") with one predicate.
bool same_measure(const figures::Quantity& a, const figures::Quantity& b) {
  if (a.dimension != b.dimension || (a.dimension == figures::Dimension::kMoney && a.unit != b.unit)) return false;
  if (a.event != figures::Event::kNone || b.event != figures::Event::kNone) return a.event == b.event;
  if (a.head != figures::kNoStem && a.head == b.head && !a.generic_head) return true;
  return a.generic_head && b.generic_head && a.predicate != figures::kNoStem && a.predicate == b.predicate;
}

// Day number of an ISO day ("2031-11-25").
long day_number(std::string_view iso) {
  const std::optional<time::CivilDate> date = time::parse_iso_date(iso);
  return date ? time::days_from_civil(date->year, date->month, date->day) : 0;
}

// Two outlets date one event differently only a few days apart (as the
// timeline judges it); farther apart, the two sentences tell two events.
constexpr long kMaxDateDisagreement = 3;
// A negation contests a claim only in a sentence that otherwise says nearly
// what the other says (this share of each one's word pairs in common): in a
// long sentence a "not" is mostly about something else.
constexpr double kPolarityOverlap = 0.5;

// The ways sentence x disagrees with sentence y, two sentences that state
// one fact: a figure of the same measure with a value the other's wording
// does not allow, the one day each names (a few days apart), the polarity.
void find_differences(const SentenceFacts& x, const SentenceFacts& y, SentenceRef rx, SentenceRef ry,
                      std::vector<ClaimDifference>& out) {
  for (const FactFigure& fx : x.figures) {
    const FactFigure* other = nullptr;
    bool agree = false;
    for (const FactFigure& fy : y.figures) {
      if (!same_measure(*fx.quantity, *fy.quantity)) continue;
      if (!other) other = &fy;
      agree |= consistent(*fx.quantity, *fy.quantity, kFigureTolerance);
    }
    if (other && !agree) out.push_back({DifferenceKind::kFigure, rx, ry, fx.index, other->index});
  }
  auto only_day = [](const SentenceFacts& f) -> const FactDate* {
    const FactDate* day = nullptr;
    for (const FactDate& d : f.dates) {
      if (d.value.size() != 10) continue;
      if (day && day->value != d.value) return nullptr;
      day = &d;
    }
    return day;
  };
  const FactDate* dx = only_day(x);
  const FactDate* dy = only_day(y);
  if (dx && dy && dx->value != dy->value &&
      std::labs(day_number(dx->value) - day_number(dy->value)) <= kMaxDateDisagreement)
    out.push_back({DifferenceKind::kDate, rx, ry, dx->index, dy->index});
  const double pairs = static_cast<double>(count_shared(x.bigrams, y.bigrams));
  if (x.negated != y.negated && pairs >= kPolarityOverlap * std::max(x.bigrams.size(), y.bigrams.size()))
    out.push_back({DifferenceKind::kPolarity, rx, ry, x.negated, y.negated});
}

// Lists of numbers as rows of one array: row r is values[begin[r], begin[r + 1]).
// Flat, not a vector per row: a large cluster has hundreds of thousands of rows.
struct Rows {
  std::vector<uint32_t> begin{0};
  std::vector<uint32_t> values;
  size_t size() const { return begin.size() - 1; }
  std::span<const uint32_t> operator[](size_t r) const {
    return std::span<const uint32_t>(values.data() + begin[r], begin[r + 1] - begin[r]);
  }
  void add_row(std::span<const uint32_t> row) {
    values.insert(values.end(), row.begin(), row.end());
    begin.push_back(static_cast<uint32_t>(values.size()));
  }
  // Rows of `count` rows from the (row, value) pairs that `visit(emit)`
  // gives by calling emit(row, value), the same pairs in the same order on
  // each of its two calls (one counts, one places); a row keeps that order.
  template <typename Visit>
  static Rows grouping(size_t count, Visit&& visit) {
    Rows rows;
    rows.begin.assign(count + 1, 0);
    visit([&rows](uint32_t row, uint32_t) { ++rows.begin[row + 1]; });
    std::partial_sum(rows.begin.begin(), rows.begin.end(), rows.begin.begin());
    rows.values.resize(rows.begin.back());
    std::vector<uint32_t> next(rows.begin.begin(), rows.begin.end() - 1);
    visit([&rows, &next](uint32_t row, uint32_t value) { rows.values[next[row]++] = value; });
    return rows;
  }
  // Drops repeats next to each other within each row, compacting in place.
  void unique_rows() {
    uint32_t kept = 0;
    for (size_t r = 0; r + 1 < begin.size(); ++r) {
      const uint32_t first = begin[r], last = begin[r + 1];
      begin[r] = kept;
      for (uint32_t i = first; i < last; ++i)
        if (kept == begin[r] || values[kept - 1] != values[i]) values[kept++] = values[i];
    }
    begin.back() = kept;
    values.resize(kept);
  }
};

// Sentences of identical text (a wire story republished, a fact repeated in
// one report) are one unit: scored once, in every claim together.
struct Units {
  std::vector<SentenceRef> first;   // per unit: its first sentence
  std::vector<uint32_t> sentence_base;  // per document and one more: index of its first sentence
  std::vector<uint32_t> of;         // per sentence (by sentence_base): its unit
  std::vector<uint32_t> doc_of;     // per sentence (by sentence_base): its document
  Rows members;                     // per unit: its sentences (by sentence_base), ascending
  Rows docs;                        // per unit: its documents, ascending, unique
  SentenceRef sentence(uint32_t g) const { return {doc_of[g], g - sentence_base[doc_of[g]]}; }
};

Units find_units(const Cluster& cluster, const ClusterFacts& facts) {
  Units units;
  std::unordered_map<std::string_view, uint32_t> by_text;
  for (uint32_t d = 0; d < facts.documents(); ++d) {
    const Document& doc = cluster.documents[d];
    units.sentence_base.push_back(static_cast<uint32_t>(units.of.size()));
    for (uint32_t s = 0; s < facts.sentences(d); ++s) {
      const auto [it, fresh] = by_text.try_emplace(doc.at(doc.sentences[s].span), units.first.size());
      if (fresh) units.first.push_back({d, s});
      units.of.push_back(it->second);
      units.doc_of.push_back(d);
    }
  }
  units.sentence_base.push_back(static_cast<uint32_t>(units.of.size()));
  units.members = Rows::grouping(units.first.size(), [&units](auto&& emit) {
    for (uint32_t g = 0; g < units.of.size(); ++g) emit(units.of[g], g);
  });
  for (uint32_t u = 0; u < units.members.size(); ++u) {
    const size_t start = units.docs.values.size();
    for (uint32_t g : units.members[u])
      if (units.docs.values.size() == start || units.docs.values.back() != units.doc_of[g])
        units.docs.values.push_back(units.doc_of[g]);
    units.docs.begin.push_back(static_cast<uint32_t>(units.docs.values.size()));
  }
  return units;
}

// The terms candidate pairs are found by: word stems, entities, figures (by
// their value to two significant digits, rounded down and up, so "1,960"
// and "nearly 2,000" meet) and resolved days.
class CandidateTerms {
 public:
  explicit CandidateTerms(const Cluster& cluster) : name_base_(cluster.lexicon.size()) {}

  // Appends (term, weight) for one sentence; returns their total weight.
  double add(const SentenceFacts& facts, std::vector<std::pair<uint32_t, float>>& out) {
    double total = 0;
    for (const FactWord& w : facts.words) {
      out.emplace_back(w.stem, w.weight);
      total += w.weight;
      if (w.entity >= 0) out.emplace_back(id(uint64_t{1} << 62 | static_cast<uint32_t>(w.entity)), w.weight);
    }
    for (const FactFigure& f : facts.figures) {
      const double value = f.quantity->value * f.quantity->to_base;
      if (!(value > 0) || !std::isfinite(value)) continue;
      const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1);
      const auto dimension = static_cast<uint64_t>(f.quantity->dimension) << 56;
      for (double mantissa : {std::floor(value / scale), std::ceil(value / scale)})
        out.emplace_back(id(uint64_t{2} << 62 | dimension | (static_cast<uint64_t>(mantissa) << 16) |
                            static_cast<uint64_t>(std::log10(scale) + 100)),
                         kFactWeight);
      total += kFactWeight;
    }
    for (const FactDate& d : facts.dates) {
      if (d.value.size() != 10) continue;
      uint64_t day = 0;
      for (char c : d.value)
        if (c != '-') day = day * 10 + static_cast<uint64_t>(c - '0');
      out.emplace_back(id(uint64_t{3} << 62 | day), kFactWeight);
      total += kFactWeight;
    }
    return total;
  }
  uint32_t bound() const { return name_base_ + static_cast<uint32_t>(ids_.size()); }

 private:
  // A shared figure or day weighs as a fairly rare word.
  static constexpr float kFactWeight = 6.0f;
  uint32_t id(uint64_t key) { return name_base_ + ids_.try_emplace(key, static_cast<uint32_t>(ids_.size())).first->second; }
  uint32_t name_base_;
  std::unordered_map<uint64_t, uint32_t> ids_;
};

// The most postings a word may have and still find candidates, so that the
// visits of the whole search stay within `budget`: a word used by p
// sentences costs each of them a visit to the others' (p^2 minus the pairs
// within one document). Words are admitted shortest postings first.
size_t posting_limit(const Rows& postings, std::span<const SentenceRef> sentences, size_t max_postings,
                     size_t budget) {
  std::vector<std::pair<size_t, size_t>> costs;  // (postings, visits)
  for (size_t term = 0; term < postings.size(); ++term) {
    const std::span<const uint32_t> list = postings[term];
    if (list.size() < 2 || list.size() > max_postings) continue;
    size_t same_doc = 0;
    for (size_t i = 0; i < list.size();) {
      size_t j = i;
      while (j < list.size() && sentences[list[j]].doc == sentences[list[i]].doc) ++j;
      same_doc += (j - i) * (j - i);
      i = j;
    }
    costs.emplace_back(list.size(), list.size() * list.size() - same_doc);
  }
  std::sort(costs.begin(), costs.end());
  size_t spent = 0;
  for (size_t i = 0; i < costs.size();) {
    size_t j = i, cost = 0;
    while (j < costs.size() && costs[j].first == costs[i].first) cost += costs[j++].second;
    if (spent + cost > budget) return costs[i].first - 1;
    spent += cost;
    i = j;
  }
  return max_postings;
}

// Candidate pairs among `sentences` (in document order): for each, its
// partners of other documents whose shared terms weigh at least `share` of
// its terms, at most `limit` of them (the heaviest shared), and only through
// terms used by at most `max_postings` of the sentences (a word nearly every
// sentence uses finds no particular partner), fewer when the visits of all
// postings would pass `max_visits`. Indexes into `sentences`, each pair once
// (whichever of the two found the other), as rows: row u holds the partners
// higher than u, ascending (four bytes a pair, where (lower, higher) keys
// take eight: a large cluster has millions). Sets `*lowered` to the posting
// limit used when it had to be lowered.
Rows candidates_among(const Cluster& cluster, const ClusterFacts& facts, std::span<const SentenceRef> sentences,
                          double share, size_t limit, size_t max_postings, size_t max_visits, std::stop_token stop,
                          std::optional<size_t>* lowered = nullptr) {
  const uint32_t n = static_cast<uint32_t>(sentences.size());
  // What each sentence found, as rows in the order found; in blocks, not one
  // array grown by doubling (they are millions, and regrouped below).
  std::vector<uint32_t> found_begin(n + 1, 0);
  std::deque<uint32_t> found_other;
  {
    // Each sentence's (term, weight) pairs, flat: counted, then stored (the
    // vocabulary gives a term the same number the second time).
    CandidateTerms vocabulary(cluster);
    std::vector<uint32_t> terms_begin(n + 1, 0);
    std::vector<std::pair<uint32_t, float>> term_list, scratch;
    std::vector<double> total(n);
    for (uint32_t g = 0; g < n; ++g) {
      scratch.clear();
      total[g] = vocabulary.add(facts.of(sentences[g].doc, sentences[g].sentence), scratch);
      terms_begin[g + 1] = terms_begin[g] + static_cast<uint32_t>(scratch.size());
    }
    term_list.reserve(terms_begin[n]);
    for (uint32_t g = 0; g < n; ++g) vocabulary.add(facts.of(sentences[g].doc, sentences[g].sentence), term_list);
    const auto terms_of = [&](uint32_t g) {
      return std::span(term_list.data() + terms_begin[g], terms_begin[g + 1] - terms_begin[g]);
    };
    // Each term's sentences, ascending, once each.
    Rows postings = Rows::grouping(vocabulary.bound(), [&](auto&& emit) {
      for (uint32_t g = 0; g < n; ++g)
        for (const auto& [term, weight] : terms_of(g)) emit(term, g);
    });
    postings.unique_rows();
    const size_t most = posting_limit(postings, sentences, max_postings, max_visits);
    if (most < max_postings && lowered) *lowered = most;
    // Each document's sentences are one run of indexes: [doc_first[g], doc_end[g]).
    std::vector<uint32_t> doc_first(n), doc_end(n);
    for (uint32_t g = 0; g < n;) {
      uint32_t e = g;
      while (e < n && sentences[e].doc == sentences[g].doc) ++e;
      for (uint32_t k = g; k < e; ++k) doc_first[k] = g, doc_end[k] = e;
      g = e;
    }
    std::vector<float> shared(n, 0);
    std::vector<uint32_t> touched;
    std::vector<std::pair<float, uint32_t>> found;
    for (uint32_t g = 0; g < n; ++g) {
      found_begin[g] = static_cast<uint32_t>(found_other.size());
      if ((g & 255) == 0 && stop.stop_requested()) throw Cancelled();
      if (total[g] <= 0) continue;
      touched.clear();
      for (const auto& [term, weight] : terms_of(g)) {
        const std::span<const uint32_t> list = postings[term];
        if (list.size() > most) continue;
        // The postings of other documents: those before and after this document's run.
        const auto own = std::lower_bound(list.begin(), list.end(), doc_first[g]);
        const auto after = std::lower_bound(own, list.end(), doc_end[g]);
        for (auto part : {std::span(list.begin(), own), std::span(after, list.end())}) {
          for (uint32_t other : part) {
            if (shared[other] == 0) touched.push_back(other);
            shared[other] += weight;
          }
        }
      }
      found.clear();
      for (uint32_t other : touched) {
        if (shared[other] >= share * total[g]) found.emplace_back(shared[other], other);
        shared[other] = 0;
      }
      if (found.size() > limit) {
        std::partial_sort(found.begin(), found.begin() + static_cast<ptrdiff_t>(limit), found.end(),
                          [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
        found.resize(limit);
      }
      for (const auto& [weight, other] : found) found_other.push_back(other);
    }
    found_begin[n] = static_cast<uint32_t>(found_other.size());
  }
  // Regrouped by the lower index of each pair, then each row sorted and its
  // repeats (a pair both found) dropped.
  Rows rows = Rows::grouping(n, [&](auto&& emit) {
    for (uint32_t g = 0; g < n; ++g)
      for (uint32_t i = found_begin[g]; i < found_begin[g + 1]; ++i)
        emit(std::min(g, found_other[i]), std::max(g, found_other[i]));
  });
  std::deque<uint32_t>().swap(found_other);
  for (uint32_t g = 0; g < n; ++g)
    std::sort(rows.values.begin() + rows.begin[g], rows.values.begin() + rows.begin[g + 1]);
  rows.unique_rows();
  return rows;
}

}  // namespace

std::string_view claim_status_name(ClaimStatus status) { return kStatusNames[static_cast<size_t>(status)]; }
std::string_view difference_kind_name(DifferenceKind kind) { return kDifferenceNames[static_cast<size_t>(kind)]; }

std::span<const uint32_t> ClaimSet::of(SentenceRef sentence) const {
  const auto [first, last] = std::equal_range(of_keys_.begin(), of_keys_.end(), key(sentence));
  return std::span<const uint32_t>(of_claims_.data() + (first - of_keys_.begin()), static_cast<size_t>(last - first));
}

uint32_t ClaimSet::unit_of(SentenceRef s) const {
  if (s.doc + 1 >= sentence_base_.size() || s.sentence >= sentence_base_[s.doc + 1] - sentence_base_[s.doc])
    return kNoUnit;
  return unit_[sentence_base_[s.doc] + s.sentence];
}

const ClaimSet::Link* ClaimSet::find_link(uint32_t a, uint32_t b) const {
  if (a > b) std::swap(a, b);
  const auto first = link_partner_.begin() + link_begin_[a], last = link_partner_.begin() + link_begin_[a + 1];
  const auto it = std::lower_bound(first, last, b);
  return it != last && *it == b ? &links_[static_cast<size_t>(it - link_partner_.begin())] : nullptr;
}

const ClaimSet::Link* ClaimSet::link(SentenceRef a, SentenceRef b) const {
  const uint32_t ua = unit_of(a), ub = unit_of(b);
  if (ua == kNoUnit || ub == kNoUnit) return nullptr;
  if (ua == ub) return &kSameText;
  return find_link(ua, ub);
}

double ClaimSet::support(SentenceRef a, SentenceRef b) const {
  const Link* l = link(a, b);
  return l ? l->support : 0.0;
}

bool ClaimSet::disagree(SentenceRef a, SentenceRef b) const {
  return disagrees(link(a, b));
}

bool ClaimSet::related(SentenceRef a, SentenceRef b) const { return link(a, b) != nullptr; }

bool ClaimSet::shared(SentenceRef a, SentenceRef b) const {
  for (uint32_t c : of(a)) {
    if (claims[c].outlets < 2) continue;
    const auto& s = claims[c].sentences;
    if (std::binary_search(s.begin(), s.end(), b)) return true;
  }
  return false;
}

std::vector<std::pair<SentenceRef, SentenceRef>> candidate_pairs(const Cluster& cluster, const ClusterFacts& facts,
                                                                 double share) {
  std::vector<SentenceRef> refs;
  for (uint32_t d = 0; d < facts.documents(); ++d)
    for (uint32_t s = 0; s < facts.sentences(d); ++s) refs.push_back({d, s});
  std::vector<std::pair<SentenceRef, SentenceRef>> pairs;
  const Rows rows = candidates_among(cluster, facts, refs, share, SIZE_MAX, SIZE_MAX, SIZE_MAX, {});
  for (uint32_t a = 0; a + 1 < rows.begin.size(); ++a)
    for (uint32_t i = rows.begin[a]; i < rows.begin[a + 1]; ++i) pairs.emplace_back(refs[a], refs[rows.values[i]]);
  return pairs;
}

ClaimSet find_claims(const Cluster& cluster, const ClusterFacts& facts, const PairModel& model,
                     std::span<const uint32_t> outlet_of, const ClaimOptions& options, std::stop_token stop,
                     Diagnostics* diagnostics) {
  ClaimSet set;
  Units units = find_units(cluster, facts);
  const uint32_t n = static_cast<uint32_t>(units.first.size());
  const uint32_t documents = static_cast<uint32_t>(cluster.documents.size());
  auto facts_of = [&](uint32_t u) {
    return facts.of(units.first[u].doc, units.first[u].sentence);
  };

  // Links: each candidate pair of units scored with disagreements set aside
  // (topic: do they speak of one fact?) and counted (support).
  struct Edge {
    float topic;
    uint32_t link;  // links are in (lower, higher) unit order, so this orders as the pair
  };
  std::vector<Edge> edges;
  const size_t max_postings = std::max<size_t>(options.max_postings, 4 * documents);
  std::optional<size_t> lowered;
  Rows rows =
      candidates_among(cluster, facts, units.first, options.candidate_share, options.max_partners, max_postings,
                       std::max<size_t>(options.visits_per_sentence * n, options.visits_per_sentence * 1000), stop,
                       &lowered);
  if (lowered && diagnostics)
    diagnostics->warn("claims: words used by more than " + std::to_string(*lowered) +
                      " sentences were not used to find related sentences (a bound on the work on large inputs)");
  // The candidates' rows become the links' rows in place, keeping the pairs
  // that cohere; the links are reserved, never grown by doubling (a large
  // cluster scores millions), and returned to their size after.
  set.links_.reserve(rows.values.size());
  struct Scored {
    ClaimSet::Link link;
    bool disagree;
  };
  auto score = [&](const SentenceFacts& a, uint32_t b) {
    PairFeatures ab, ba;
    pair_features(a, facts_of(b), ab, ba);
    Scored out;
    out.disagree = ab[kFigureConflict] > 0 || ab[kDateConflict] > 0 || ab[kPolarity] > 0 ||
                   ba[kFigureConflict] > 0 || ba[kDateConflict] > 0;
    out.link.support = static_cast<float>(model.probability(ab, ba));
    out.link.topic = out.disagree ? static_cast<float>(model.probability(set_aside_disagreements(ab),
                                                                         set_aside_disagreements(ba)))
                                  : out.link.support;
    return out;
  };
  // Scored a block of rows at a time (in parallel), then kept in order; the
  // block's scores are bounded, not one per candidate of the whole cluster.
  constexpr size_t kBlockPairs = size_t{1} << 16;
  std::vector<Scored> block;
  uint32_t block_end = 0;
  size_t block_base = 0;
  uint32_t kept = 0;
  for (uint32_t a = 0; a < n; ++a) {
    if (a == block_end) {  // rows.begin[a ..] are not yet compacted
      block_end = a + 1;
      while (block_end < n && rows.begin[block_end + 1] - rows.begin[a] <= kBlockPairs) ++block_end;
      block_base = rows.begin[a];
      block.resize(rows.begin[block_end] - block_base);
      const unsigned threads = block.size() < 4096 ? 1 : worker_count(options.threads, block_end - a);
      const uint32_t block_first = a;
      parallel_for(block_end - a, threads, [&](unsigned, size_t r) {
        if (stop.stop_requested()) throw Cancelled();
        const uint32_t row = block_first + static_cast<uint32_t>(r);
        const SentenceFacts row_facts = facts_of(row);
        for (uint32_t i = rows.begin[row]; i < rows.begin[row + 1]; ++i)
          block[i - block_base] = score(row_facts, rows.values[i]);
      });
    }
    const uint32_t first = rows.begin[a], last = rows.begin[a + 1];
    rows.begin[a] = kept;
    for (uint32_t i = first; i < last; ++i) {
      const Scored& scored = block[i - block_base];
      if (scored.link.topic < options.cohesion) continue;
      if (scored.link.topic >= options.threshold) edges.push_back({scored.link.topic, kept});
      rows.values[kept++] = rows.values[i];
      set.links_.push_back(scored.link);
      set.link_disagrees_.push_back(scored.disagree);
    }
  }
  rows.begin[n] = kept;
  rows.values.resize(kept);
  rows.values.shrink_to_fit();
  set.links_.shrink_to_fit();
  set.link_begin_ = std::move(rows.begin);
  set.link_partner_ = std::move(rows.values);
  // Each unit's linked units: the higher ones are its row, the lower ones
  // the same rows read backwards.
  const Rows linked_below = Rows::grouping(n, [&set, n](auto&& emit) {
    for (uint32_t a = 0; a < n; ++a)
      for (uint32_t i = set.link_begin_[a]; i < set.link_begin_[a + 1]; ++i) emit(set.link_partner_[i], a);
  });
  auto add_neighbours = [&](uint32_t u, std::vector<uint32_t>& out) {
    out.insert(out.end(), set.link_partner_.begin() + set.link_begin_[u], set.link_partner_.begin() + set.link_begin_[u + 1]);
    out.insert(out.end(), linked_below[u].begin(), linked_below[u].end());
  };
  auto link_pair = [&](uint32_t link) {
    const uint32_t a = static_cast<uint32_t>(std::upper_bound(set.link_begin_.begin(), set.link_begin_.end(), link) -
                                             set.link_begin_.begin()) - 1;
    return std::pair<uint32_t, uint32_t>(a, set.link_partner_[link]);
  };
  auto linked = [&](uint32_t a, uint32_t b) {
    const ClaimSet::Link* l = set.find_link(a, b);
    return l ? l->topic : 0.0f;
  };

  // Cores: strongest links first; two groups merge when they share no
  // document and every two of their units are linked at `cohesion`.
  std::sort(edges.begin(), edges.end(),
            [](const Edge& x, const Edge& y) { return x.topic != y.topic ? x.topic > y.topic : x.link < y.link; });
  // Groups of units: each a list through next_member (head to tail, in the
  // order they joined), and its documents, held apart only once it has
  // merged (a unit alone has its own).
  constexpr uint32_t kEnd = UINT32_MAX;
  std::vector<uint32_t> group(n), head(n), tail(n), size(n, 1), next_member(n, kEnd);
  std::iota(group.begin(), group.end(), 0);
  std::iota(head.begin(), head.end(), 0);
  std::iota(tail.begin(), tail.end(), 0);
  std::vector<std::vector<uint32_t>> merged_docs(n);
  auto group_docs = [&](uint32_t g) -> std::span<const uint32_t> {
    return merged_docs[g].empty() ? units.docs[g] : std::span<const uint32_t>(merged_docs[g]);
  };
  auto members_of = [&](uint32_t g, std::vector<uint32_t>& out) {
    out.clear();
    for (uint32_t u = size[g] ? head[g] : kEnd; u != kEnd; u = next_member[u]) out.push_back(u);
  };
  std::vector<uint32_t> xs, ys;
  for (const Edge& edge : edges) {
    const auto [lower, higher] = link_pair(edge.link);
    const uint32_t x = group[lower], y = group[higher];
    if (x == y || !disjoint(group_docs(x), group_docs(y))) continue;
    // A bound on the work of one merge, for pathological inputs.
    if (size_t{size[x]} * size[y] > options.max_merge_pairs) continue;
    members_of(x, xs);
    members_of(y, ys);
    bool cohesive = true;
    for (uint32_t a : xs) {
      for (uint32_t b : ys) cohesive = cohesive && linked(a, b) >= options.cohesion;
      if (!cohesive) break;
    }
    if (!cohesive) continue;
    const uint32_t keep = size[x] >= size[y] ? x : y, gone = keep == x ? y : x;
    for (uint32_t u : keep == x ? ys : xs) group[u] = keep;
    next_member[tail[keep]] = head[gone];
    tail[keep] = tail[gone];
    size[keep] += size[gone];
    size[gone] = 0;
    std::vector<uint32_t> merged;
    const std::span<const uint32_t> kd = group_docs(keep), gd = group_docs(gone);
    std::merge(kd.begin(), kd.end(), gd.begin(), gd.end(), std::back_inserter(merged));
    merged_docs[keep] = std::move(merged);
    std::vector<uint32_t>().swap(merged_docs[gone]);
  }

  // Each core, with the units of other documents that state its fact among
  // others (the best per document).
  Rows claims;
  std::vector<uint32_t> core, units_of_claim, seen;
  for (uint32_t c = 0; c < n; ++c) {
    if (size[c] == 0) continue;
    members_of(c, core);
    units_of_claim = core;
    seen.clear();
    for (uint32_t u : core) add_neighbours(u, seen);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    std::unordered_map<uint32_t, std::pair<double, uint32_t>> best;  // document -> (score, unit)
    for (uint32_t x : seen) {
      if (group[x] == c || !disjoint(group_docs(c), units.docs[x])) continue;
      double sum = 0, least = 1;
      for (uint32_t u : core) {
        const double p = linked(u, x);
        sum += p;
        least = std::min(least, p);
      }
      const double mean = sum / core.size();
      if (mean < options.threshold || least < options.cohesion) continue;
      const uint32_t doc = units.docs[x].front();
      const auto it = best.find(doc);
      if (it == best.end() || mean > it->second.first || (mean == it->second.first && x < it->second.second))
        best[doc] = {mean, x};
    }
    for (const auto& [doc, entry] : best) units_of_claim.push_back(entry.second);
    std::sort(units_of_claim.begin(), units_of_claim.end());
    units_of_claim.erase(std::unique(units_of_claim.begin(), units_of_claim.end()), units_of_claim.end());
    claims.add_row(units_of_claim);
  }
  std::vector<std::vector<uint32_t>>().swap(merged_docs);

  // A claim whose units all sit in a larger claim says nothing more.
  const Rows holding = Rows::grouping(n, [&claims](auto&& emit) {  // per unit: its claims, ascending
    for (uint32_t c = 0; c < claims.size(); ++c)
      for (uint32_t u : claims[c]) emit(u, c);
  });
  std::vector<bool> dropped(claims.size(), false);
  for (uint32_t c = 0; c < claims.size(); ++c) {
    for (uint32_t other : holding[claims[c].front()]) {
      if (other == c || dropped[other]) continue;
      if (claims[other].size() < claims[c].size() || (claims[other].size() == claims[c].size() && other > c)) continue;
      if (std::includes(claims[other].begin(), claims[other].end(), claims[c].begin(), claims[c].end())) {
        dropped[c] = true;
        break;
      }
    }
  }

  for (uint32_t c = 0; c < claims.size(); ++c) {
    if (dropped[c]) continue;
    Claim claim;
    std::vector<uint32_t> outlets;
    for (uint32_t u : claims[c]) {
      for (uint32_t g : units.members[u]) {
        const SentenceRef s = units.sentence(g);
        claim.sentences.push_back(s);
        outlets.push_back(outlet_of[s.doc]);
      }
    }
    std::sort(claim.sentences.begin(), claim.sentences.end());
    std::sort(outlets.begin(), outlets.end());
    claim.outlets = static_cast<uint32_t>(std::unique(outlets.begin(), outlets.end()) - outlets.begin());
    claim.status = claim.outlets >= 2 ? ClaimStatus::kCorroborated : ClaimStatus::kSingle;
    // Disagreements between two units that state the fact outright (linked
    // at the threshold), not between loose members.
    for (size_t i = 0; i < claims[c].size() && claim.outlets >= 2; ++i) {
      for (size_t j = i + 1; j < claims[c].size(); ++j) {
        const uint32_t a = claims[c][i], b = claims[c][j];
        const ClaimSet::Link* l = set.find_link(a, b);
        if (!l || !set.disagrees(l) || l->topic < options.threshold) continue;
        const SentenceRef ra = units.first[a], rb = units.first[b];
        if (outlet_of[ra.doc] != outlet_of[rb.doc])
          find_differences(facts_of(a), facts_of(b), ra, rb, claim.differences);
      }
    }
    if (!claim.differences.empty()) claim.status = ClaimStatus::kContested;
    set.claims.push_back(std::move(claim));
  }
  set.sentence_base_ = std::move(units.sentence_base);
  set.unit_ = std::move(units.of);
  set.sort_and_index();
  return set;
}

void ClaimSet::sort_and_index() {
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& x, const Claim& y) {
    return x.outlets != y.outlets ? x.outlets > y.outlets : x.sentences.front() < y.sentences.front();
  });
  std::vector<std::pair<uint64_t, uint32_t>> of;
  for (uint32_t c = 0; c < claims.size(); ++c)
    for (const SentenceRef& s : claims[c].sentences) of.emplace_back(key(s), c);
  std::sort(of.begin(), of.end());
  of_keys_.resize(of.size());
  of_claims_.resize(of.size());
  for (size_t i = 0; i < of.size(); ++i) of_keys_[i] = of[i].first, of_claims_[i] = of[i].second;
}

void ClaimSet::add(std::vector<Claim> more) {
  for (Claim& claim : more) {
    if (claim.sentences.empty()) continue;
    bool held = false;
    for (uint32_t c : of(claim.sentences.front())) {
      const auto& have = claims[c].sentences;
      held |= std::includes(have.begin(), have.end(), claim.sentences.begin(), claim.sentences.end());
    }
    if (!held) claims.push_back(std::move(claim));
  }
  sort_and_index();
}

std::vector<Claim> figure_claims(const std::vector<FigureGroup>& groups,
                                 const std::vector<std::vector<figures::Quantity>>& quantities,
                                 std::span<const uint32_t> outlet_of) {
  std::vector<Claim> out;
  for (const FigureGroup& group : groups) {
    Claim claim;
    std::vector<uint32_t> outlets;
    for (const FigureRef& ref : group.members) {
      claim.sentences.push_back({ref.doc, quantities[ref.doc][ref.index].sentence});
      outlets.push_back(outlet_of[ref.doc]);
    }
    std::sort(outlets.begin(), outlets.end());
    claim.outlets = static_cast<uint32_t>(std::unique(outlets.begin(), outlets.end()) - outlets.begin());
    if (claim.outlets < 2) continue;
    std::sort(claim.sentences.begin(), claim.sentences.end());
    claim.sentences.erase(std::unique(claim.sentences.begin(), claim.sentences.end()), claim.sentences.end());
    claim.status = ClaimStatus::kCorroborated;
    if (group.verdict == Verdict::kConflict) {
      // The first two figures of different outlets that cannot both be right.
      for (size_t i = 0; i < group.members.size() && claim.differences.empty(); ++i) {
        for (size_t j = i + 1; j < group.members.size(); ++j) {
          const FigureRef& a = group.members[i];
          const FigureRef& b = group.members[j];
          if (outlet_of[a.doc] == outlet_of[b.doc] ||
              consistent(quantities[a.doc][a.index], quantities[b.doc][b.index], kFigureTolerance))
            continue;
          claim.differences.push_back({DifferenceKind::kFigure,
                                       {a.doc, quantities[a.doc][a.index].sentence},
                                       {b.doc, quantities[b.doc][b.index].sentence},
                                       a.index,
                                       b.index});
          break;
        }
      }
      if (!claim.differences.empty()) claim.status = ClaimStatus::kContested;
    }
    out.push_back(std::move(claim));
  }
  return out;
}

}  // namespace chorus::compare

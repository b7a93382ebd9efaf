#include "compare/figure_groups.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <map>
#include <numeric>
#include <utility>

#include "chorus/error.h"
#include "compare/list_pool.h"
#include "text/case_fold.h"

namespace chorus::compare {

using figures::Dimension;
using figures::dimension_name;
using figures::Event;
using figures::event_name;
using figures::kNoStem;
using figures::Quantity;
using figures::QuantityWords;
using figures::WordClass;

namespace {

// (key, weight), sorted by key; weights worked out in double, kept in float
// (a cluster of many figures keeps millions of them).
using Descriptor = std::vector<std::pair<uint32_t, float>>;
using DescriptorView = std::span<const std::pair<uint32_t, float>>;  // one kept in a ListPool

// Inverse sentence frequency of every stem, smoothed: ln(1 + N / df). A noun
// every sentence uses still names what is counted, so it never weighs zero.
std::vector<double> stem_idf(const Cluster& cluster) {
  const uint32_t size = cluster.lexicon.size();
  std::vector<uint32_t> df(size, 0), last_seen(size, UINT32_MAX);
  uint32_t sentences = 0;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& sentence : doc.sentences) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const uint32_t stem = doc.tokens[t].stem;
        if (last_seen[stem] != sentences) last_seen[stem] = sentences, ++df[stem];
      }
      ++sentences;
    }
  }
  std::vector<double> idf(size, 0);
  for (uint32_t s = 0; s < size; ++s) {
    if (df[s] > 0) idf[s] = std::log(1.0 + static_cast<double>(sentences) / df[s]);
  }
  return idf;
}

// Words of a figure's sentence this close to it describe it (both sides), and
// as many of the previous sentence's last words: ordinary sentences whole,
// while a "sentence" of thousands of words costs each figure a bounded part.
constexpr uint32_t kDescriptorWords = 40;

// The token index of the first token at or after byte `at`.
uint32_t token_at(const Document& doc, uint32_t at) {
  return static_cast<uint32_t>(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), at,
                                                [](const Token& t, uint32_t a) { return t.span.begin < a; }) -
                               doc.tokens.begin());
}

Descriptor describe(const Cluster& cluster, const QuantityWords& words, const Document& doc, const Quantity& q,
                    const std::vector<double>& idf, double event_idf) {
  std::vector<std::pair<uint32_t, double>> d;  // (key, weight) pairs; a key's largest weight counts
  auto add = [&d](uint32_t key, double weight) { d.emplace_back(key, weight); };
  auto add_tokens = [&](uint32_t begin, uint32_t end, double weight) {
    for (uint32_t t = begin; t < end; ++t) {
      const Token& token = doc.tokens[t];
      // Numbers and units say how much, not what: "(235 miles)" beside every distance.
      const WordClass& c = words.of(token.term);
      if (token.stop || token.kind == TokenKind::kNumber || c.kind != WordClass::kNone || c.unit >= 0 ||
          q.span.contains(token.span)) {
        continue;
      }
      add(token.stem, weight * idf[token.stem]);
    }
  };
  const Sentence& sentence = doc.sentences[q.sentence];
  if (q.sentence > 0) {
    const Sentence& previous = doc.sentences[q.sentence - 1];
    add_tokens(std::max(previous.token_begin, previous.token_end - std::min(previous.token_end, 2 * kDescriptorWords)),
               previous.token_end, 0.5);
  }
  const uint32_t at = token_at(doc, q.span.begin), after = token_at(doc, q.span.end);
  const uint32_t begin = std::max(sentence.token_begin, at - std::min(at, kDescriptorWords));
  const uint32_t end = std::min(sentence.token_end, after + kDescriptorWords);
  add_tokens(begin, end, 1.0);
  for (uint32_t t = std::max(sentence.token_begin, token_at(doc, q.thing.begin)); t < sentence.token_end; ++t) {
    const Token& token = doc.tokens[t];
    if (token.span.begin >= q.thing.end) break;
    if (!token.stop && q.thing.contains(token.span)) add(token.stem, 1.5 * idf[token.stem]);
  }
  if (q.head != kNoStem) add(q.head, (q.generic_head ? 1.0 : 3.0) * idf[q.head]);
  if (q.predicate != kNoStem) add(q.predicate, 2.0 * idf[q.predicate]);
  if (q.event != Event::kNone) add(cluster.lexicon.size() + static_cast<uint32_t>(q.event), 3.0 * event_idf);
  // One entry per key, with its largest weight.
  std::sort(d.begin(), d.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : x.second > y.second;
  });
  d.erase(std::unique(d.begin(), d.end(), [](const auto& x, const auto& y) { return x.first == y.first; }), d.end());
  double norm = 0;
  for (const auto& entry : d) norm += entry.second * entry.second;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& entry : d) entry.second /= norm;
  }
  Descriptor kept(d.size());
  for (size_t i = 0; i < d.size(); ++i) kept[i] = {d[i].first, static_cast<float>(d[i].second)};
  return kept;
}

double cosine(DescriptorView a, DescriptorView b) {
  double sum = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else sum += a[i++].second * b[j++].second;
  }
  return sum;
}

bool comparable(const Quantity& a, const Quantity& b) {
  if (a.dimension != b.dimension) return false;
  if ((a.dimension == Dimension::kMoney || a.dimension == Dimension::kTemperature) && a.unit != b.unit) return false;
  if (a.event != Event::kNone && b.event != Event::kNone && a.event != b.event) return false;
  if (a.extent != 0 && b.extent != 0 && a.extent != b.extent) return false;  // a height is no width
  return true;
}

// People counted by what happened to them: "12 people were killed", "the
// toll as 12", "19 dead" - a generic noun, no noun, or an event noun.
bool counted_by_event(const Quantity& q) {
  return q.event != Event::kNone && (q.head == kNoStem || q.generic_head || q.event_head);
}

// Same counted thing by the words alone: the same specific noun, people with
// the same event, or two generic heads ("people", "residents") with the same
// predicate.
bool same_key(const Quantity& a, bool a_by_event, const Quantity& b, bool b_by_event) {
  if (a_by_event && b_by_event && a.event == b.event) return true;
  if (a.extent != 0 && a.extent == b.extent) return true;  // "as high as 3.5 m", "a depth of 3.5 m"
  if (a.head != kNoStem && a.head == b.head && !a.generic_head) return true;
  return a.generic_head && b.generic_head && a.predicate != kNoStem && a.predicate == b.predicate;
}

// Two figures whose values disagree count the same thing only when their
// words say so twice: people counted by the same event, or the same noun with
// the same event or predicate ("14 prisoners were killed" and "killing three
// prisoners"; not "two dissidents" and "an 11-year sentence" of one trial).
bool conflict_key(const Quantity& a, bool a_by_event, const Quantity& b, bool b_by_event) {
  if (a_by_event && b_by_event && a.event == b.event) return true;
  const bool happened = (a.event != Event::kNone && a.event == b.event) ||
                        (a.predicate != kNoStem && a.predicate == b.predicate);
  if (a.head != kNoStem && a.head == b.head && !a.generic_head) return happened;
  return a.generic_head && b.generic_head && a.predicate != kNoStem && a.predicate == b.predicate;
}

bool contains(DescriptorView d, uint32_t key) {
  const auto it = std::lower_bound(d.begin(), d.end(), key, [](const auto& entry, uint32_t k) { return entry.first < k; });
  return it != d.end() && it->first == key;
}

// Two counted nouns can name the same thing: either is missing or generic
// ("people"), they are equal, or one's noun occurs around the other ("the
// mission of nearly 3,000 soldiers" after "observers began arriving").
// A noun that another figure of the same sentence counts ("two murders and
// raping two women") is that figure's, not a second name of this one.
bool heads_compatible(const Quantity& a, DescriptorView da, const std::vector<Quantity>& a_doc, const Quantity& b,
                      DescriptorView db, const std::vector<Quantity>& b_doc) {
  if (a.head == kNoStem || b.head == kNoStem || a.generic_head || b.generic_head || a.head == b.head) return true;
  auto counted_near = [](const std::vector<Quantity>& doc, const Quantity& q, uint32_t head) {
    for (const Quantity& other : doc) {
      if (other.head == head && other.sentence + 1 >= q.sentence && other.sentence <= q.sentence) return true;
    }
    return false;
  };
  return (contains(db, a.head) && !counted_near(b_doc, b, a.head)) ||
         (contains(da, b.head) && !counted_near(a_doc, a, b.head));
}

bool same_statement(const Quantity& a, const Quantity& b) {
  auto close = [](double x, double y) {
    return x == y || std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
  };
  return close(a.value * a.to_base, b.value * b.to_base) && close(a.low * a.to_base, b.low * b.to_base) &&
         close(a.high * a.to_base, b.high * b.to_base);
}

std::string lower(std::string_view text) { return text::fold_case(text); }

// "observers", "people dead", "corridor": how a member names its thing.
std::string label(const Document& doc, const Quantity& q) {
  std::string out;
  if (q.head != kNoStem) out = lower(doc.at(q.head_span));
  if (q.head == kNoStem || q.generic_head) {
    std::string what = q.event != Event::kNone ? std::string(event_name(q.event))
                       : q.predicate != kNoStem ? lower(doc.at(q.predicate_span))
                                                : std::string();
    if (!what.empty()) out = out.empty() ? what : out + " " + what;
  }
  if (out.empty()) out = std::string(dimension_name(q.dimension));
  return out;
}

// Up to this many figures every pair of different documents is scored;
// beyond, only pairs that share a counted noun, an event or a value (a
// stream of unrelated articles, not one event's reports).
constexpr size_t kMaxAllPairs = 1500;
// Bucket sizes and merge work are bounded the same way.
constexpr size_t kMaxBucket = 200;
constexpr size_t kMaxMergePairs = 20000;

// Candidate pairs (i << 32 | j, i < j), sorted.
std::vector<uint64_t> candidate_pairs(const std::vector<std::vector<Quantity>>& quantities,
                                      const std::vector<FigureRef>& refs) {
  const size_t n = refs.size();
  std::vector<uint64_t> pairs;
  if (n <= kMaxAllPairs) {
    for (uint64_t i = 0; i < n; ++i) {
      for (uint64_t j = i + 1; j < n; ++j) pairs.push_back(i << 32 | j);
    }
    return pairs;
  }
  // Blocking: (bucket key, figure) sorted, then pairs within each bucket.
  // Both lists are counted first and reserved at their size: a text of
  // numbers has millions.
  const auto for_each_key = [&](auto&& visit) {
    for (uint32_t i = 0; i < n; ++i) {
      const Quantity& q = quantities[refs[i].doc][refs[i].index];
      if (q.head != kNoStem && !q.generic_head) visit(uint64_t{1} << 60 | q.head, i);
      if (q.event != Event::kNone) visit(uint64_t{2} << 60 | static_cast<uint64_t>(q.event), i);
      const double base = q.value * q.to_base;
      if (base >= 1 && base < 1e15) visit(uint64_t{3} << 60 | static_cast<uint64_t>(std::llround(base)), i);
    }
  };
  size_t keys = 0;
  for_each_key([&](uint64_t, uint32_t) { ++keys; });
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  keyed.reserve(keys);
  for_each_key([&](uint64_t key, uint32_t i) { keyed.emplace_back(key, i); });
  std::sort(keyed.begin(), keyed.end());
  const auto for_each_bucket = [&](auto&& visit) {
    for (size_t begin = 0; begin < keyed.size();) {
      size_t end = begin;
      while (end < keyed.size() && keyed[end].first == keyed[begin].first) ++end;
      if (end - begin <= kMaxBucket) visit(begin, end);
      begin = end;
    }
  };
  size_t count = 0;
  for_each_bucket([&](size_t begin, size_t end) { count += (end - begin) * (end - begin - 1) / 2; });
  pairs.reserve(count);
  for_each_bucket([&](size_t begin, size_t end) {
    for (size_t x = begin; x < end; ++x) {
      for (size_t y = x + 1; y < end; ++y) {
        const uint64_t i = keyed[x].second, j = keyed[y].second;
        pairs.push_back(std::min(i, j) << 32 | std::max(i, j));
      }
    }
  });
  std::vector<std::pair<uint64_t, uint32_t>>().swap(keyed);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAgree: return "agree";
    case Verdict::kApproximate: return "approximate";
    case Verdict::kConflict: return "conflict";
    case Verdict::kSingle: return "single";
  }
  return "single";
}

bool consistent(const Quantity& a, const Quantity& b, double tolerance) {
  double a_low = a.low * a.to_base, a_high = a.high * a.to_base;
  double b_low = b.low * b.to_base, b_high = b.high * b.to_base;
  if (a.approximate() || b.approximate()) {
    a_low *= 1 - tolerance, b_low *= 1 - tolerance;
    a_high *= 1 + tolerance, b_high *= 1 + tolerance;
  }
  const double low = std::max(a_low, b_low), high = std::min(a_high, b_high);
  return low <= high * (1 + 1e-9);
}

bool all_consistent(std::span<const Quantity* const> values, double tolerance) {
  // consistent() on every pair, in linear time: intervals meet pairwise when
  // the highest low is at most the lowest high (in one dimension). Exact
  // figures meet on their own intervals; a pair with an approximate figure
  // on both widened by the tolerance.
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double exact_low = -kInf, exact_high = kInf;               // exact figures, as given
  double exact_wide_low = -kInf, exact_wide_high = kInf;     // exact figures, widened
  double approx_low = -kInf, approx_high = kInf;             // approximate figures, widened
  for (const Quantity* q : values) {
    const double low = q->low * q->to_base, high = q->high * q->to_base;
    const double wide_low = low * (1 - tolerance), wide_high = high * (1 + tolerance);
    if (q->approximate()) {
      approx_low = std::max(approx_low, wide_low), approx_high = std::min(approx_high, wide_high);
    } else {
      exact_low = std::max(exact_low, low), exact_high = std::min(exact_high, high);
      exact_wide_low = std::max(exact_wide_low, wide_low), exact_wide_high = std::min(exact_wide_high, wide_high);
    }
  }
  const auto meet = [](double low, double high) { return low <= high * (1 + 1e-9); };
  return meet(exact_low, exact_high) && meet(approx_low, approx_high) && meet(approx_low, exact_wide_high) &&
         meet(exact_wide_low, approx_high);
}

std::vector<FigureGroup> group_figures(const Cluster& cluster, const QuantityWords& words,
                                       const std::vector<std::vector<Quantity>>& quantities,
                                       const FigureGroupOptions& options, std::stop_token stop,
                                       Diagnostics* diagnostics) {
  // Flatten: one entry per quantity, in document then text order.
  std::vector<FigureRef> refs;
  size_t total = 0;
  for (const auto& doc : quantities) total += doc.size();
  refs.reserve(total);
  for (uint32_t d = 0; d < quantities.size(); ++d) {
    for (uint32_t i = 0; i < quantities[d].size(); ++i) refs.push_back(FigureRef{d, i});
  }
  const size_t n = refs.size();
  auto quantity = [&](size_t i) -> const Quantity& { return quantities[refs[i].doc][refs[i].index]; };
  if (n == 0) return {};
  ListPool<std::pair<uint32_t, float>> descriptor_pool;
  std::vector<DescriptorView> descriptors(n);
  std::vector<bool> by_event(n);
  {  // the weights of the cluster's stems are freed once the descriptors hold theirs
    const std::vector<double> idf = stem_idf(cluster);
    const double event_idf = idf.empty() ? 1.0 : *std::max_element(idf.begin(), idf.end());
    for (size_t i = 0; i < n; ++i) {
      const Document& doc = cluster.documents[refs[i].doc];
      descriptors[i] = descriptor_pool.store(describe(cluster, words, doc, quantity(i), idf, event_idf));
      by_event[i] = counted_by_event(quantity(i));
    }
  }

  // The score of a pair: -1 when they can never share a group, else the
  // cosine of their descriptors plus the value bonus.
  auto pair_score = [&](uint32_t i, uint32_t j) -> double {
    const Quantity& a = quantity(i);
    const Quantity& b = quantity(j);
    if (!comparable(a, b)) return -1;
    const double va = a.value * a.to_base, vb = b.value * b.to_base;
    const bool close = consistent(a, b, options.tolerance) && std::min(a.value, b.value) >= 100 &&
                       std::fabs(va - vb) <= 0.15 * std::max(va, vb);
    // People counted by one event ("12 dead", "killing 19") are the event's
    // toll wherever the outlet tells it.
    const bool toll = by_event[i] && by_event[j] && a.event == b.event;
    if (options.related && refs[i].doc != refs[j].doc && !close && !toll &&
        !options.related(refs[i].doc, a.sentence, refs[j].doc, b.sentence))
      return -1;
    // Differently named things never share a group: "two murders", "two women".
    if (!heads_compatible(a, descriptors[i], quantities[refs[i].doc], b, descriptors[j], quantities[refs[j].doc])) {
      return -1;
    }
    double s = cosine(descriptors[i], descriptors[j]);
    // Two lengths a word says are the same extent ("as high as", "a depth of").
    if (a.extent != 0 && a.extent == b.extent) s += options.extent_bonus;
    // Close values of 100 or more are rarely a coincidence.
    if (close) s += options.value_bonus;
    return s;
  };

  struct Link {
    double score;
    uint32_t a, b;
  };
  std::vector<Link> links;
  size_t checked = 0;
  const auto check_stop = [&stop, &checked] {
    if ((++checked & 4095) == 0 && stop.stop_requested()) throw Cancelled();
  };
  for (const uint64_t pair : candidate_pairs(quantities, refs)) {
    check_stop();
    const uint32_t i = static_cast<uint32_t>(pair >> 32), j = static_cast<uint32_t>(pair);
    if (refs[i].doc == refs[j].doc) continue;
    const double strength = pair_score(i, j);
    if (strength < 0) continue;
    const Quantity& a = quantity(i);
    const Quantity& b = quantity(j);
    const bool key = same_key(a, by_event[i], b, by_event[j]);
    const bool conflicting = conflict_key(a, by_event[i], b, by_event[j]);
    const bool fits = consistent(a, b, options.tolerance);
    if ((fits && (strength >= options.link_score || (key && strength >= options.merge_score))) ||
        (conflicting && strength >= options.conflict_score)) {
      links.push_back(Link{strength, i, j});
    }
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return x.score != y.score ? x.score > y.score : std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });

  // Average-linkage merging, strongest link first. Each group is a linked
  // list of its members through `next` (20 bytes a figure, where a vector per
  // group took 60), in the order a vector would hold them.
  constexpr uint32_t kEnd = UINT32_MAX;
  std::vector<uint32_t> group_of(n), next(n, kEnd), head(n), tail(n), size(n, 1);
  std::iota(group_of.begin(), group_of.end(), 0u);
  std::iota(head.begin(), head.end(), 0u);
  std::iota(tail.begin(), tail.end(), 0u);
  for (const Link& link : links) {
    check_stop();
    const uint32_t ga = group_of[link.a], gb = group_of[link.b];
    if (ga == gb) continue;
    // A bound on the work per merge, for pathological inputs (thousands of alike figures).
    if (size_t{size[ga]} * size[gb] > kMaxMergePairs) continue;
    double sum = 0;
    int pairs = 0;
    bool blocked = false, conflict = false;
    for (uint32_t x = head[ga]; x != kEnd && !blocked; x = next[x]) {
      for (uint32_t y = head[gb]; y != kEnd; y = next[y]) {
        const double s = pair_score(x, y);
        if (s < 0) blocked = true;
        // Values that disagree may share a group only when their words say they count the same thing.
        if (!consistent(quantity(x), quantity(y), options.tolerance)) {
          conflict = true;
          blocked |= !conflict_key(quantity(x), by_event[x], quantity(y), by_event[y]);
        }
        if (blocked) break;
        if (refs[x].doc == refs[y].doc) continue;
        sum += s;
        ++pairs;
      }
    }
    // A merge that makes a conflict needs the evidence a conflict link needs.
    const double needed = conflict ? options.conflict_score : options.merge_score;
    if (blocked || (pairs > 0 && sum / pairs < needed)) continue;
    for (uint32_t y = head[gb]; y != kEnd; y = next[y]) group_of[y] = ga;
    next[tail[ga]] = head[gb];
    tail[ga] = tail[gb];
    size[ga] += size[gb];
    size[gb] = 0;
  }
  const auto members_of = [&](uint32_t g, std::vector<uint32_t>& members) {
    members.clear();
    for (uint32_t x = head[g]; x != kEnd; x = next[x]) members.push_back(x);
    std::sort(members.begin(), members.end());
  };

  // The groups in their order - more documents first, then by first member -
  // and at most max_groups of them, before any is described: a huge input's
  // groups are never all built.
  std::vector<uint32_t> kept;  // group ids
  std::vector<std::pair<size_t, size_t>> order(n);  // (-documents, first member) per group
  std::vector<uint32_t> members, docs;
  for (uint32_t g = 0; g < n; ++g) {
    if (size[g] == 0) continue;
    uint32_t first = kEnd;
    docs.clear();
    for (uint32_t x = head[g]; x != kEnd; x = next[x]) first = std::min(first, x), docs.push_back(refs[x].doc);
    std::sort(docs.begin(), docs.end());
    order[g] = {n - static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin()), first};
    kept.push_back(g);
  }
  std::sort(kept.begin(), kept.end(), [&order](uint32_t x, uint32_t y) { return order[x] < order[y]; });
  if (kept.size() > options.max_groups) {
    if (diagnostics)
      diagnostics->warn("figures: " + std::to_string(kept.size()) + " figure groups; the " +
                        std::to_string(options.max_groups) + " over most documents are shown");
    kept.resize(options.max_groups);
  }
  std::vector<FigureGroup> out;
  out.reserve(kept.size());
  for (uint32_t g : kept) {
    members_of(g, members);
    FigureGroup group;
    // label -> (votes, first member): two per member, one more when the
    // label names an event or a specific noun, so "people displaced" wins a
    // tie with "people moved", and "depth" one with "rose".
    std::map<std::string, std::pair<int, uint32_t>> labels;
    for (uint32_t m : members) {
      group.members.push_back(refs[m]);
      auto& entry = labels.try_emplace(label(cluster.documents[refs[m].doc], quantity(m)), 0, m).first->second;
      const Quantity& q = quantity(m);
      entry.first += 2 + (q.event != Event::kNone || (q.head != kNoStem && !q.generic_head) ? 1 : 0);
    }
    int best = -1;
    uint32_t best_first = 0;
    for (const auto& [text, entry] : labels) {
      if (entry.first > best || (entry.first == best && entry.second < best_first)) {
        best = entry.first, best_first = entry.second, group.about = text;
      }
    }
    group.unit = std::string(quantity(members.front()).unit);
    if (n - order[g].first < 2) {
      group.verdict = Verdict::kSingle;
    } else {
      std::vector<const Quantity*> values;
      for (uint32_t m : members) values.push_back(&quantity(m));
      const bool agree = std::all_of(values.begin(), values.end(),
                                     [&](const Quantity* q) { return same_statement(*values.front(), *q); });
      group.verdict = agree ? Verdict::kAgree : all_consistent(values, options.tolerance) ? Verdict::kApproximate
                                                                                          : Verdict::kConflict;
    }
    out.push_back(std::move(group));
  }
  return out;
}

}  // namespace chorus::compare

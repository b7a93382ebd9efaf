#include "compare/timeline.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "chorus/error.h"

#include "core/sorted_sets.h"
#include "time/publication_date.h"
#include "time/timeline_mentions.h"

namespace chorus::compare {

using time::CivilDate;
using time::cluster_reference;
using time::dated_statements;
using time::DatedStatement;
using time::days_from_civil;
using time::days_in_month;
using time::parse_iso_date;
using time::TimelineMention;

namespace {

// Day number of a value's last day ("1994" -> 1994-12-31), for distances.
long last_day(const std::string& v) {
  const int year = std::stoi(v.substr(0, 4));
  if (v.size() == 4) return days_from_civil(year, 12, 31);
  const int month = std::stoi(v.substr(5, 2));
  if (v.size() == 7) return days_from_civil(year, month, days_in_month(year, month));
  return days_from_civil(year, month, std::stoi(v.substr(8, 2)));
}

size_t shared(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) { return count_shared(a, b); }

double jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const size_t n = shared(a, b);
  const size_t u = a.size() + b.size() - n;
  return u ? static_cast<double>(n) / u : 0;
}

struct Group {
  std::vector<size_t> members;  // indexes into the statements
  bool merged_away = false;
  std::vector<std::pair<uint32_t, std::string>> conflict;
  std::string actual;
  std::vector<uint32_t> docs;   // of its members, ascending
  long day = 0;                 // of a day value
};

// The largest share q such that taking min(count, q) of each count takes at
// most `total` in all; SIZE_MAX when every count fits whole.
size_t fair_share(const std::vector<size_t>& counts, size_t total) {
  const auto taken = [&counts](size_t q) {
    size_t sum = 0;
    for (size_t c : counts) sum += std::min(c, q);
    return sum;
  };
  size_t most = 0;
  for (size_t c : counts) most = std::max(most, c);
  if (taken(most) <= total) return SIZE_MAX;
  size_t low = 0, high = most;  // taken(low) <= total < taken(high)
  while (high - low > 1) {
    const size_t mid = low + (high - low) / 2;
    (taken(mid) <= total ? low : high) = mid;
  }
  return low;
}

size_t find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// Unites every member of a posting with its first: one pass per key instead
// of every pair of statements.
template <typename Key, typename Hash = std::hash<Key>>
class FirstWith {
 public:
  explicit FirstWith(std::vector<size_t>& parent) : parent_(parent) {}
  void add(const Key& key, size_t statement) {
    const auto [it, fresh] = first_.try_emplace(key, statement);
    if (!fresh) parent_[find(parent_, statement)] = find(parent_, it->second);
  }
  void clear() { first_.clear(); }

 private:
  std::vector<size_t>& parent_;
  std::unordered_map<Key, size_t, Hash> first_;
};

// Counts comparisons against TimelineOptions::max_comparisons and checks for a stop.
class Budget {
 public:
  Budget(size_t most, std::stop_token stop) : left_(most), stop_(std::move(stop)) {}
  // False once the budget is spent.
  bool spend(size_t n) {
    if ((spent_ += n) >= kStopEvery) {
      spent_ = 0;
      if (stop_.stop_requested()) throw Cancelled();
    }
    if (n > left_) return left_ = 0, exhausted_ = true, false;
    left_ -= n;
    return true;
  }
  bool exhausted() const { return exhausted_; }

 private:
  static constexpr size_t kStopEvery = 4096;
  size_t left_, spent_ = 0;
  bool exhausted_ = false;
  std::stop_token stop_;
};

// Groups whose day value lies in [from, to], ascending by index.
std::vector<size_t> groups_between(const std::vector<std::pair<long, size_t>>& by_day, long from, long to) {
  std::vector<size_t> out;
  for (auto it = std::lower_bound(by_day.begin(), by_day.end(), std::make_pair(from, size_t{0}));
       it != by_day.end() && it->first <= to; ++it)
    out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<TimelineItem> build_timeline(const Cluster& cluster, std::span<const DocumentAnnotations> annotations,
                                         const TimelineOptions& options, std::stop_token stop,
                                         Diagnostics* diagnostics) {
  const std::optional<CivilDate> cluster_day = cluster_reference(cluster.documents);
  // At most max_statements dates in all: each document's first ones, the
  // same number from each document that has more.
  std::vector<size_t> dates_in(cluster.documents.size());
  for (size_t d = 0; d < dates_in.size(); ++d) dates_in[d] = annotations[d].timexes.size();
  const size_t per_document = fair_share(dates_in, options.max_statements);
  if (per_document != SIZE_MAX && diagnostics)
    diagnostics->warn("timeline: more than " + std::to_string(options.max_statements) +
                      " dates and times in the documents; only the first " + std::to_string(per_document) +
                      " of each document are placed on the timeline");
  std::vector<DatedStatement> statements;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    if (stop.stop_requested()) throw Cancelled();
    std::optional<CivilDate> reference = parse_iso_date(cluster.documents[d].published);
    if (!reference) reference = cluster_day;
    const size_t first = statements.size();
    dated_statements(cluster, d, annotations[d].timexes, reference, statements, per_document);
    statements.erase(std::remove_if(statements.begin() + first, statements.end(),
                                    [](const DatedStatement& s) { return !s.named; }),
                     statements.end());
  }
  // A clause's first word is a name when the cluster writes it capitalized
  // inside a sentence too ("Agdam was transferred ...").
  std::unordered_set<time::NameStem> names_seen;
  for (const DatedStatement& s : statements) names_seen.insert(s.names.begin(), s.names.end());
  for (DatedStatement& s : statements) {
    if (s.opener == time::kNoName || !names_seen.count(s.opener)) continue;
    s.names.insert(std::lower_bound(s.names.begin(), s.names.end(), s.opener), s.opener);
    if (s.opener_near)
      s.near_names.insert(std::lower_bound(s.near_names.begin(), s.near_names.end(), s.opener), s.opener);
  }
  // A stem next to both dates, or a name, that at most a quarter of the
  // statements use is telling ("could return on Friday", "the return, first set for
  // Friday"); common ones ("said", the story's main word) are not, alone.
  std::unordered_map<uint32_t, int> stem_df;
  std::unordered_map<time::NameStem, int> name_df;
  for (const DatedStatement& s : statements) {
    for (uint32_t w : s.stems) ++stem_df[w];
    for (const time::NameStem n : s.names) ++name_df[n];
  }
  const int total_statements = static_cast<int>(statements.size());
  const auto telling_stem = [&](uint32_t w) { return 4 * stem_df[w] <= total_statements; };
  const auto telling_name = [&](time::NameStem n) { return 4 * name_df[n] <= total_statements; };
  // The claims of two or more outlets each statement's sentence states.
  std::vector<std::vector<uint32_t>> claims_of(statements.size());
  if (options.claims_at) {
    for (size_t s = 0; s < statements.size(); ++s)
      claims_of[s] = options.claims_at(statements[s].mention.doc, statements[s].mention.timex.begin);
  }
  const auto one_claim = [&](size_t x, size_t y) {
    return statements[x].mention.doc != statements[y].mention.doc && !disjoint(claims_of[x], claims_of[y]);
  };
  // 1. The same date and status, told with two words in common, a telling
  // one or a name, or in one claim: one entry. Statements are bucketed by
  // date and status, and within a bucket joined through what they share.
  std::vector<size_t> parent(statements.size());
  std::iota(parent.begin(), parent.end(), 0);
  // Buckets by an id of (date, until, status), sorted as integers.
  std::vector<uint64_t> bucket_of(statements.size());
  {
    std::unordered_map<std::string, uint32_t> ids;
    for (size_t s = 0; s < statements.size(); ++s) {
      const DatedStatement& x = statements[s];
      const std::string key = x.mention.value + '/' + x.until + (x.scheduled ? "/s" : "/h");
      bucket_of[s] = ids.try_emplace(key, static_cast<uint32_t>(ids.size())).first->second;
    }
  }
  std::vector<size_t> bucketed(statements.size());
  std::iota(bucketed.begin(), bucketed.end(), 0);
  std::sort(bucketed.begin(), bucketed.end(), [&bucket_of](size_t a, size_t b) {
    return bucket_of[a] != bucket_of[b] ? bucket_of[a] < bucket_of[b] : a < b;
  });
  FirstWith<uint32_t> by_stem(parent);
  FirstWith<uint64_t> by_stem_pair(parent);
  FirstWith<time::NameStem> by_name(parent);
  std::vector<std::tuple<uint32_t, uint32_t, size_t>> by_claim;  // (claim, doc, statement)
  std::vector<uint32_t> common;
  for (size_t begin = 0; begin < bucketed.size();) {
    size_t end = begin;
    while (end < bucketed.size() && bucket_of[bucketed[end]] == bucket_of[bucketed[begin]]) ++end;
    by_stem.clear(), by_stem_pair.clear(), by_name.clear(), by_claim.clear();
    for (size_t i = begin; i < end; ++i) {
      if ((i & 1023) == 0 && stop.stop_requested()) throw Cancelled();
      const size_t s = bucketed[i];
      // Two shared stems: a telling one joins alone; two common ones join as a pair.
      common.clear();
      for (uint32_t w : statements[s].near) {
        if (telling_stem(w)) by_stem.add(w, s);
        else common.push_back(w);
      }
      for (size_t a = 0; a < common.size(); ++a)
        for (size_t b = a + 1; b < common.size(); ++b) by_stem_pair.add(uint64_t{common[a]} << 32 | common[b], s);
      for (const time::NameStem n : statements[s].names)
        if (telling_name(n)) by_name.add(n, s);
      for (uint32_t c : claims_of[s]) by_claim.emplace_back(c, statements[s].mention.doc, s);
    }
    // One claim joins statements of different documents.
    std::sort(by_claim.begin(), by_claim.end());
    for (auto c = by_claim.begin(); c != by_claim.end();) {
      const auto e = std::find_if(c, by_claim.end(), [c](const auto& x) { return std::get<0>(x) != std::get<0>(*c); });
      if (std::get<1>(*c) != std::get<1>(*(e - 1))) {
        for (auto k = c + 1; k != e; ++k) parent[find(parent, std::get<2>(*k))] = find(parent, std::get<2>(*c));
      }
      c = e;
    }
    begin = end;
  }
  // Groups in the order of their first statements.
  std::vector<Group> groups;
  {
    std::unordered_map<size_t, size_t> group_of_root;
    for (size_t s = 0; s < statements.size(); ++s) {
      const auto [it, fresh] = group_of_root.try_emplace(find(parent, s), groups.size());
      if (fresh) groups.emplace_back();
      groups[it->second].members.push_back(s);
    }
  }
  for (Group& g : groups) {
    for (size_t m : g.members) g.docs.push_back(statements[m].mention.doc);
    std::sort(g.docs.begin(), g.docs.end());
    g.docs.erase(std::unique(g.docs.begin(), g.docs.end()), g.docs.end());
  }
  const auto value_of = [&statements](const Group& g) -> const std::string& {
    return statements[g.members.front()].mention.value;
  };
  // Groups of a day value by their day, for the searches of steps 2 and 3.
  std::vector<std::pair<long, size_t>> by_day;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (value_of(groups[g]).size() != 10) continue;
    groups[g].day = last_day(value_of(groups[g]));
    by_day.emplace_back(groups[g].day, g);
  }
  std::sort(by_day.begin(), by_day.end());
  Budget budget(options.max_comparisons, stop);
  // 2. Outlets that date one event differently: entries a few days apart, from
  // disjoint documents, whose clauses say the same. The date most documents
  // give stands; the entry lists each document's date.
  const auto any_state = [&statements](const Group& g) {
    return std::any_of(g.members.begin(), g.members.end(), [&statements](size_t m) { return statements[m].state; });
  };
  // Only a group with a clause of three words near its date, or a claim, can say the same as another.
  const auto may_match = [&](const Group& g) {
    if (statements[g.members[0]].scheduled || any_state(g)) return false;
    return std::any_of(g.members.begin(), g.members.end(),
                       [&](size_t m) { return statements[m].near.size() >= 3 || !claims_of[m].empty(); });
  };
  std::vector<bool> candidate(groups.size(), false);
  std::vector<std::pair<long, size_t>> candidates_by_day;
  for (const auto& [day, g] : by_day) {
    candidate[g] = may_match(groups[g]);
    if (candidate[g]) candidates_by_day.emplace_back(day, g);
  }
  for (size_t a = 0; a < groups.size() && !budget.exhausted(); ++a) {
    if (!candidate[a]) continue;
    const std::vector<size_t> near_days = groups_between(
        candidates_by_day, groups[a].day - options.conflict_max_days, groups[a].day + options.conflict_max_days);
    if (!budget.spend(near_days.size())) break;
    for (size_t b : near_days) {
      Group& x = groups[a];
      Group& y = groups[b];
      if (a == b || !candidate[b] || x.merged_away || y.merged_away || value_of(x) == value_of(y)) continue;
      const std::vector<uint32_t>& dx = x.docs;
      const std::vector<uint32_t>& dy = y.docs;
      if (dx.size() < dy.size() || (dx.size() == dy.size() && value_of(x) > value_of(y))) continue;
      if (!disjoint(dx, dy)) continue;
      if (!budget.spend(x.members.size() * y.members.size())) break;
      bool same = false;
      for (size_t m : x.members) {
        for (size_t n : y.members) {
          const auto& sx = statements[m].near;
          const auto& sy = statements[n].near;
          if (shared(sx, sy) >= 3 && jaccard(sx, sy) >= options.conflict_similarity) same = true;
          if (one_claim(m, n)) same = true;
        }
      }
      if (!same) continue;
      for (uint32_t d : dx) x.conflict.emplace_back(d, value_of(x));
      for (uint32_t d : dy) x.conflict.emplace_back(d, value_of(y));
      std::sort(x.conflict.begin(), x.conflict.end());
      x.members.insert(x.members.end(), y.members.begin(), y.members.end());
      std::vector<uint32_t> docs;
      std::set_union(dx.begin(), dx.end(), dy.begin(), dy.end(), std::back_inserter(docs));
      x.docs = std::move(docs);
      y.merged_away = true;
    }
  }
  // 3. A deadline's actual date: the happened entry after it that shares its
  // rarest words (a district's name, not the country every clause names).
  const double total = static_cast<double>(statements.size());
  // Each group's words next to its dates, ascending.
  const auto words_of = [&statements](const Group& g) {
    std::vector<uint32_t> stems;
    std::vector<time::NameStem> names;
    for (size_t m : g.members) {
      stems.insert(stems.end(), statements[m].near.begin(), statements[m].near.end());
      names.insert(names.end(), statements[m].near_names.begin(), statements[m].near_names.end());
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return std::make_pair(std::move(stems), std::move(names));
  };
  std::vector<std::pair<std::vector<uint32_t>, std::vector<time::NameStem>>> words(groups.size());
  std::vector<bool> has_words(groups.size(), false);
  // Only a group with words next to its dates can share them.
  const auto any_near_words = [&statements](const Group& g) {
    return std::any_of(g.members.begin(), g.members.end(), [&statements](size_t m) {
      return !statements[m].near.empty() || !statements[m].near_names.empty();
    });
  };
  std::vector<std::pair<long, size_t>> worded_by_day;
  for (const auto& [day, g] : by_day)
    if (!groups[g].merged_away && any_near_words(groups[g])) worded_by_day.emplace_back(day, g);
  for (Group& s : groups) {
    if (budget.exhausted()) break;
    if (s.merged_away || !statements[s.members[0]].scheduled || value_of(s).size() != 10) continue;
    if (!any_near_words(s)) continue;
    // What was due: the words next to the deadline ("control of the Kalbajar
    // district by ..."), not the whole sentence around it.
    const auto [s_stems, s_names] = words_of(s);
    double best = 0;
    const Group* best_group = nullptr;
    const std::vector<size_t> later = groups_between(worded_by_day, s.day, s.day + options.actual_max_days);
    if (!budget.spend(later.size())) break;
    for (size_t hi : later) {
      const Group& h = groups[hi];
      if (&h == &s || h.merged_away) continue;
      const long delta = h.day - s.day;
      // A happened entry on or after the deadline, or a later deadline (a new date).
      if (statements[h.members[0]].scheduled && delta == 0) continue;
      // A state ("has fallen since Tuesday") is not the deed that was due.
      if (std::all_of(h.members.begin(), h.members.end(), [&statements](size_t m) { return statements[m].state; }))
        continue;
      if (!has_words[hi]) words[hi] = words_of(h), has_words[hi] = true;
      const auto& [h_stems, h_names] = words[hi];
      if (!budget.spend(s_stems.size() + h_stems.size() + s_names.size() + h_names.size() + 1)) break;
      // The rarest shared word decides; the others only break near ties.
      double rarest = 0, sum = 0;
      for (uint32_t w : s_stems) {
        if (!std::binary_search(h_stems.begin(), h_stems.end(), w)) continue;
        rarest = std::max(rarest, std::log(total / stem_df[w]));
        sum += std::log(total / stem_df[w]);
      }
      for (const time::NameStem n : s_names) {
        if (!std::binary_search(h_names.begin(), h_names.end(), n)) continue;
        rarest = std::max(rarest, std::log(total / name_df[n]));
        sum += std::log(total / name_df[n]);
      }
      const double score = rarest + 0.01 * sum;
      if (score > best + 1e-9) {
        best = score;
        best_group = &h;
      }
    }
    if (best_group && best >= std::log(3.0)) s.actual = value_of(*best_group);
  }
  if (budget.exhausted() && diagnostics)
    diagnostics->warn("timeline: more than " + std::to_string(options.max_comparisons) +
                      " comparisons of dated statements; conflicting dates and actual dates were looked for only "
                      "among the first entries");
  // At most max_entries entries: those most documents report, then those
  // told most often, then the first told.
  std::vector<size_t> kept;
  for (size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].merged_away) kept.push_back(g);
  if (kept.size() > options.max_entries) {
    std::stable_sort(kept.begin(), kept.end(), [&groups](size_t a, size_t b) {
      return std::make_pair(groups[a].docs.size(), groups[a].members.size()) >
             std::make_pair(groups[b].docs.size(), groups[b].members.size());
    });
    if (diagnostics)
      diagnostics->warn("timeline: " + std::to_string(kept.size()) + " dated entries; the " +
                        std::to_string(options.max_entries) + " reported by most documents are shown");
    kept.resize(options.max_entries);
    std::sort(kept.begin(), kept.end());
  }
  // 4. Entries, sorted by date; background history marked as context.
  std::vector<TimelineItem> items;
  for (const size_t k : kept) {
    const Group& g = groups[k];
    if ((k & 1023) == 0 && stop.stop_requested()) throw Cancelled();
    TimelineItem item;
    item.date = value_of(g);
    item.until = statements[g.members[0]].until;
    item.scheduled = statements[g.members[0]].scheduled;
    // The mention that shares most words with the others describes the entry;
    // one that reads as a sentence ("A key part of the deal ...") before a
    // fragment of a list ("the Agdam district by November 20").
    // Centrality: the stems a member shares with each other member, summed,
    // i.e. per stem of the member, how many others use it.
    std::unordered_map<uint32_t, size_t> members_with;
    for (size_t m : g.members)
      for (uint32_t w : statements[m].stems) ++members_with[w];
    std::vector<std::pair<size_t, size_t>> order;  // (rank, member); lower first
    for (size_t m : g.members) {
      size_t centrality = 0;
      for (uint32_t w : statements[m].stems) centrality += members_with[w] - 1;
      const TimelineMention& mention = statements[m].mention;
      const bool own_date = mention.value == item.date;
      const char first = cluster.documents[mention.doc].text[mention.text.begin];
      const bool fragment = first >= 'a' && first <= 'z';
      order.emplace_back((own_date ? 0 : SIZE_MAX / 2) + (fragment ? SIZE_MAX / 4 : 0) +
                             (SIZE_MAX / 8 - std::min(centrality, SIZE_MAX / 8)),
                         m);
    }
    std::stable_sort(order.begin(), order.end(), [&statements](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      const TimelineMention& x = statements[a.second].mention;
      const TimelineMention& y = statements[b.second].mention;
      return x.doc != y.doc ? x.doc < y.doc : x.text.begin < y.text.begin;
    });
    for (const auto& [rank, m] : order) item.mentions.push_back(statements[m].mention);
    for (const TimelineMention& m : item.mentions) item.docs.push_back(m.doc);
    std::sort(item.docs.begin(), item.docs.end());
    item.docs.erase(std::unique(item.docs.begin(), item.docs.end()), item.docs.end());
    item.conflict = g.conflict;
    item.actual = g.actual;
    if (cluster_day) {
      const long day = days_from_civil(cluster_day->year, cluster_day->month, cluster_day->day);
      item.context = last_day(item.until.empty() ? item.date : item.until) <= day - options.context_days;
    }
    items.push_back(std::move(item));
  }
  std::stable_sort(items.begin(), items.end(), [](const TimelineItem& a, const TimelineItem& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.scheduled != b.scheduled) return !a.scheduled;
    return a.docs.front() < b.docs.front();
  });
  return items;
}

}  // namespace chorus::compare

#include "compare/timeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "compare/sorted_sets.h"
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

// Whether `a` and `b` share a name that passes `keep`.
template <typename Keep>
bool share_name(const std::vector<std::string>& a, const std::vector<std::string>& b, Keep keep) {
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      if (keep(a[i])) return true;
      ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

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
};

size_t find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<TimelineItem> build_timeline(const Cluster& cluster, std::span<const DocumentAnnotations> annotations,
                                         const TimelineOptions& options) {
  const std::optional<CivilDate> cluster_day = cluster_reference(cluster.documents);
  std::vector<DatedStatement> statements;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    std::optional<CivilDate> reference = parse_iso_date(cluster.documents[d].published);
    if (!reference) reference = cluster_day;
    for (DatedStatement& s : dated_statements(cluster, d, annotations[d].timexes, reference)) {
      if (s.named) statements.push_back(std::move(s));
    }
  }
  // A clause's first word is a name when the cluster writes it capitalized
  // inside a sentence too ("Agdam was transferred ...").
  std::set<std::string> names_seen;
  for (const DatedStatement& s : statements) names_seen.insert(s.names.begin(), s.names.end());
  for (DatedStatement& s : statements) {
    if (s.opener.empty() || !names_seen.count(s.opener)) continue;
    s.names.insert(std::lower_bound(s.names.begin(), s.names.end(), s.opener), s.opener);
    if (s.opener_near)
      s.near_names.insert(std::lower_bound(s.near_names.begin(), s.near_names.end(), s.opener), s.opener);
  }
  // A stem next to both dates, or a name, that at most a quarter of the
  // statements use is telling ("could return on Friday", "the return, first set for
  // Friday"); common ones ("said", the story's main word) are not, alone.
  std::map<uint32_t, int> stem_df;
  std::map<std::string, int> name_df;
  for (const DatedStatement& s : statements) {
    for (uint32_t w : s.stems) ++stem_df[w];
    for (const std::string& n : s.names) ++name_df[n];
  }
  const auto telling_name = [&](const std::string& n) {
    return 4 * name_df[n] <= static_cast<int>(statements.size());
  };
  const auto telling = [&](const DatedStatement& x, const DatedStatement& y) {
    for (size_t i = 0, j = 0; i < x.near.size() && j < y.near.size();) {
      if (x.near[i] == y.near[j]) {
        if (4 * stem_df[x.near[i]] <= static_cast<int>(statements.size())) return true;
        ++i, ++j;
      } else if (x.near[i] < y.near[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    return false;
  };
  const auto one_claim = [&](const DatedStatement& x, const DatedStatement& y) {
    return options.same_claim && x.mention.doc != y.mention.doc &&
           options.same_claim(x.mention.doc, x.mention.timex.begin, y.mention.doc, y.mention.timex.begin);
  };
  // 1. The same date and status, told with two words in common, a telling
  // one or a name, or in one claim: one entry.
  std::vector<size_t> parent(statements.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t a = 0; a < statements.size(); ++a) {
    for (size_t b = a + 1; b < statements.size(); ++b) {
      const DatedStatement& x = statements[a];
      const DatedStatement& y = statements[b];
      if (x.mention.value != y.mention.value || x.scheduled != y.scheduled || x.until != y.until) continue;
      if (shared(x.near, y.near) >= 2 || telling(x, y) || share_name(x.names, y.names, telling_name) ||
          one_claim(x, y))
        parent[find(parent, b)] = find(parent, a);
    }
  }
  std::map<size_t, Group> by_root;
  for (size_t s = 0; s < statements.size(); ++s) by_root[find(parent, s)].members.push_back(s);
  std::vector<Group> groups;
  for (auto& [root, group] : by_root) groups.push_back(std::move(group));
  const auto docs_of = [&statements](const Group& g) {
    std::set<uint32_t> docs;
    for (size_t m : g.members) docs.insert(statements[m].mention.doc);
    return docs;
  };
  const auto value_of = [&statements](const Group& g) -> const std::string& {
    return statements[g.members.front()].mention.value;
  };
  // 2. Outlets that date one event differently: entries a few days apart, from
  // disjoint documents, whose clauses say the same. The date most documents
  // give stands; the entry lists each document's date.
  for (size_t a = 0; a < groups.size(); ++a) {
    for (size_t b = 0; b < groups.size(); ++b) {
      Group& x = groups[a];
      Group& y = groups[b];
      if (a == b || x.merged_away || y.merged_away) continue;
      if (value_of(x).size() != 10 || value_of(y).size() != 10 || value_of(x) == value_of(y)) continue;
      if (statements[x.members[0]].scheduled || statements[y.members[0]].scheduled) continue;
      const std::set<uint32_t> dx = docs_of(x), dy = docs_of(y);
      if (dx.size() < dy.size() || (dx.size() == dy.size() && value_of(x) > value_of(y))) continue;
      if (std::abs(last_day(value_of(x)) - last_day(value_of(y))) > options.conflict_max_days) continue;
      if (std::any_of(dy.begin(), dy.end(), [&dx](uint32_t d) { return dx.count(d); })) continue;
      bool same = false;
      for (size_t m : x.members) {
        for (size_t n : y.members) {
          const auto& sx = statements[m].near;
          const auto& sy = statements[n].near;
          if (shared(sx, sy) >= 3 && jaccard(sx, sy) >= options.conflict_similarity) same = true;
          if (one_claim(statements[m], statements[n])) same = true;
        }
      }
      if (!same) continue;
      // A state seen on two days ("remained missing") is no disagreement.
      const auto any_state = [&statements](const Group& g) {
        return std::any_of(g.members.begin(), g.members.end(), [&statements](size_t m) { return statements[m].state; });
      };
      if (any_state(x) || any_state(y)) continue;
      for (uint32_t d : dx) x.conflict.emplace_back(d, value_of(x));
      for (uint32_t d : dy) x.conflict.emplace_back(d, value_of(y));
      std::sort(x.conflict.begin(), x.conflict.end());
      x.members.insert(x.members.end(), y.members.begin(), y.members.end());
      y.merged_away = true;
    }
  }
  // 3. A deadline's actual date: the happened entry after it that shares its
  // rarest words (a district's name, not the country every clause names).
  const double total = static_cast<double>(statements.size());
  const auto words_of = [&statements](const Group& g) {
    std::set<uint32_t> stems;
    std::set<std::string> names;
    for (size_t m : g.members) {
      stems.insert(statements[m].near.begin(), statements[m].near.end());
      names.insert(statements[m].near_names.begin(), statements[m].near_names.end());
    }
    return std::make_pair(stems, names);
  };
  for (Group& s : groups) {
    if (s.merged_away || !statements[s.members[0]].scheduled || value_of(s).size() != 10) continue;
    // What was due: the words next to the deadline ("control of the Kalbajar
    // district by ..."), not the whole sentence around it.
    std::set<uint32_t> s_stems;
    std::set<std::string> s_names;
    for (size_t m : s.members) {
      s_stems.insert(statements[m].near.begin(), statements[m].near.end());
      s_names.insert(statements[m].near_names.begin(), statements[m].near_names.end());
    }
    double best = 0;
    const Group* best_group = nullptr;
    for (const Group& h : groups) {
      if (&h == &s || h.merged_away || value_of(h).size() != 10) continue;
      const long delta = last_day(value_of(h)) - last_day(value_of(s));
      // A happened entry on or after the deadline, or a later deadline (a new date).
      if (delta < 0 || delta > options.actual_max_days) continue;
      if (statements[h.members[0]].scheduled && delta == 0) continue;
      // A state ("has fallen since Tuesday") is not the deed that was due.
      if (std::all_of(h.members.begin(), h.members.end(), [&statements](size_t m) { return statements[m].state; }))
        continue;
      const auto [h_stems, h_names] = words_of(h);
      // The rarest shared word decides; the others only break near ties.
      double rarest = 0, sum = 0;
      for (uint32_t w : s_stems) {
        if (!h_stems.count(w)) continue;
        rarest = std::max(rarest, std::log(total / stem_df[w]));
        sum += std::log(total / stem_df[w]);
      }
      for (const std::string& n : s_names) {
        if (!h_names.count(n)) continue;
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
  // 4. Entries, sorted by date; background history marked as context.
  std::vector<TimelineItem> items;
  for (const Group& g : groups) {
    if (g.merged_away) continue;
    TimelineItem item;
    item.date = value_of(g);
    item.until = statements[g.members[0]].until;
    item.scheduled = statements[g.members[0]].scheduled;
    // The mention that shares most words with the others describes the entry;
    // one that reads as a sentence ("A key part of the deal ...") before a
    // fragment of a list ("the Agdam district by November 20").
    std::vector<std::pair<size_t, size_t>> order;  // (rank, member); lower first
    for (size_t m : g.members) {
      size_t centrality = 0;
      for (size_t n : g.members)
        if (n != m) centrality += shared(statements[m].stems, statements[n].stems);
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

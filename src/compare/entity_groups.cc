#include "compare/entity_groups.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "compare/entity_context.h"
#include "compare/entity_items.h"
#include "compare/entity_name_index.h"
#include "entities/entity_names.h"

namespace chorus::compare {

using entities::EntityMention;
using entities::EntityType;
using entities::fold_name;
using entities::kEntityTypeCount;
using entities::name_key;
using entities::within_one_edit;

namespace {

constexpr uint32_t kAllDocs = UINT32_MAX;
constexpr size_t kPerson = static_cast<size_t>(EntityType::kPerson);
using Votes = std::array<float, kEntityTypeCount>;

// One spelling of a name: every item with that folded form, or, for a
// surname ("Kharlov" beside "Yevgeny Kharlov"), those of one document, since
// one surname may stand for different people in different reports.
struct Node {
  std::string form;
  std::string key;
  uint32_t words = 1;
  bool acronym = false;
  bool recovered = true;  // only untagged variants so far
  uint32_t doc = kAllDocs;
  std::vector<uint32_t> items;
};

size_t top_type(const Votes& votes) {
  return static_cast<size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin());
}

double share(const Votes& votes, size_t type) {
  const double total = std::accumulate(votes.begin(), votes.end(), 0.0);
  return total > 0 ? votes[type] / total : 0;
}

std::string last_word(const std::string& form) { return form.substr(form.rfind(' ') + 1); }

// The forms a name's short form may take: its last word, and its last two
// of three or more (a surname, "solheim vik" of "ingrid solheim vik", names
// being folded with their hyphens as spaces; "crown court" of an
// organization).
// Views of `form`.
std::vector<std::string_view> name_tails(std::string_view form) {
  const size_t last = form.rfind(' ');
  std::vector<std::string_view> out{form.substr(last + 1)};
  if (last != std::string_view::npos && last > 0) {
    const size_t before = form.rfind(' ', last - 1);
    if (before != std::string_view::npos) out.push_back(form.substr(before + 1));
  }
  return out;
}
std::string first_word(const std::string& form) { return form.substr(0, form.find(' ')); }

bool first_names_agree(const std::string& a, const std::string& b) {
  const std::string x = first_word(a), y = first_word(b);
  return name_key(x) == name_key(y) || (std::min(x.size(), y.size()) >= 4 && within_one_edit(x, y));
}

class Grouper {
 public:
  Grouper(const Cluster& cluster, const EntityGroupOptions& options)
      : cluster_(cluster), options_(options), context_(cluster) {}

  std::vector<EntityGroup> run(std::span<const std::vector<EntityMention>> mentions);

 private:
  void build_nodes();
  void place_item(uint32_t i, bool surname);
  void recover();
  uint32_t find(uint32_t n) { return parent_[n] == n ? n : parent_[n] = find(parent_[n]); }
  void unite(uint32_t a, uint32_t b);
  bool types_agree(uint32_t a, uint32_t b) const;
  bool full_names_agree(uint32_t a, uint32_t b) const;
  std::string node_role(uint32_t n) const;
  void merge_variants(bool multiword);
  void attach_short_forms();
  void attach_organization_short_forms();
  std::vector<EntityGroup> output() const;

  const Cluster& cluster_;
  const EntityGroupOptions& options_;
  const ContextWeights context_;
  std::vector<NameItem> items_;
  std::vector<std::pair<uint32_t, uint32_t>> links_;
  std::vector<Node> nodes_;
  std::map<std::pair<std::string, uint32_t>, uint32_t> node_of_;  // (form, doc or kAllDocs)
  // The folded form of each item, a view of one copy per distinct form
  // (a large cluster has millions of mentions of a few thousand names).
  std::vector<std::string_view> forms_;
  std::unordered_set<std::string> form_table_;
  void add_form(uint32_t i) {
    forms_.push_back(*form_table_.insert(fold_name(items_[i].span.of(cluster_.documents[items_[i].doc].text))).first);
  }
  // Keyed by views of form_table_'s strings, which stay where they are.
  std::unordered_map<std::string_view, Votes> form_votes_;
  std::unordered_set<std::string_view> surnames_;  // one-word forms that end a person's full name
  NameIndex index_;
  std::vector<uint32_t> parent_;
  std::vector<Votes> votes_;       // by root
  std::vector<ContextBag> bags_;   // by root
  std::vector<int64_t> full_;      // by root: a person's full-name node, or -1
};

void Grouper::place_item(uint32_t i, bool surname) {
  const NameItem& item = items_[i];
  const std::string form(forms_[i]);
  const uint32_t doc = surname ? item.doc : kAllDocs;
  auto [it, added] = node_of_.try_emplace({form, doc}, static_cast<uint32_t>(nodes_.size()));
  if (added) {
    Node node;
    node.form = form;
    node.key = name_key(form);
    node.words = static_cast<uint32_t>(std::count(form.begin(), form.end(), ' ') + 1);
    const std::string_view written = item.span.of(cluster_.documents[item.doc].text);
    node.acronym = std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    node.doc = doc;
    nodes_.push_back(std::move(node));
    index_.add(nodes_.back().form, nodes_.back().key, it->second, options_);
  }
  Node& node = nodes_[it->second];
  node.items.push_back(i);
  node.recovered = node.recovered && item.recovered;
}

void Grouper::build_nodes() {
  for (size_t i = 0; i < items_.size(); ++i) {
    add_form(i);
    Votes& votes = form_votes_[forms_.back()];
    for (size_t t = 0; t < votes.size(); ++t) votes[t] += items_[i].votes[t];
  }
  // Surnames: names that end a longer person name, unless their own
  // mentions mostly say place or organization ("Solheim-Vik", tagged as
  // something else, is still Ingrid Solheim-Vik's name).
  const auto not_a_person = [](const Votes& v) {
    return share(v, static_cast<size_t>(EntityType::kLocation)) + share(v, static_cast<size_t>(EntityType::kOrganization)) >= 0.5;
  };
  for (const auto& [form, votes] : form_votes_) {
    if (form.find(' ') == std::string::npos || share(votes, kPerson) < 0.5) continue;
    for (std::string_view last : name_tails(form)) {
      const auto it = form_votes_.find(last);
      if (it != form_votes_.end() && !not_a_person(it->second)) surnames_.insert(it->first);
    }
  }
  for (uint32_t i = 0; i < items_.size(); ++i) place_item(i, surnames_.count(forms_[i]) > 0);
  index_.sort();
}

void Grouper::recover() {
  const size_t before = items_.size();
  auto match = [&](const std::string& form) {
    if (form_votes_.count(form)) return RunMatch::kExact;
    const uint32_t words = static_cast<uint32_t>(std::count(form.begin(), form.end(), ' ') + 1);
    for (uint32_t n : index_.candidates(form, name_key(form), options_))
      if (nodes_[n].words == words && !nodes_[n].acronym) return RunMatch::kVariant;
    return RunMatch::kNone;
  };
  auto exact_votes = [&](const std::string& form) {
    Votes votes{};
    votes[top_type(form_votes_.at(form))] = 1;
    return votes;
  };
  recover_items(cluster_, match, exact_votes, items_);
  for (uint32_t i = static_cast<uint32_t>(before); i < items_.size(); ++i) {
    add_form(i);
    place_item(i, surnames_.count(forms_[i]) > 0);
  }
  index_.sort();
}

void Grouper::unite(uint32_t a, uint32_t b) {
  a = find(a), b = find(b);
  if (a == b) return;
  if (b < a) std::swap(a, b);
  parent_[b] = a;
  for (size_t t = 0; t < kEntityTypeCount; ++t) votes_[a][t] += votes_[b][t];
  if (full_[a] < 0) full_[a] = full_[b];
  merge_into(bags_[a], bags_[b]);
  ContextBag().swap(bags_[b]);
}

// Types agree when each group's main type is a real share of the other's
// evidence (taggers mix up places and organizations), or one side is a
// single tag the other group was also given.
bool Grouper::types_agree(uint32_t a, uint32_t b) const {
  const Votes& va = votes_[a];
  const Votes& vb = votes_[b];
  if (std::accumulate(va.begin(), va.end(), 0.0f) == 0 || std::accumulate(vb.begin(), vb.end(), 0.0f) == 0)
    return true;  // an untagged variant: its type is the other's
  const size_t ta = top_type(va), tb = top_type(vb);
  if (ta == tb || share(va, tb) >= 0.25 || share(vb, ta) >= 0.25) return true;
  // One tag alone is weak evidence: enough that the other group was given it at times.
  auto weak = [](const Votes& v) { return std::accumulate(v.begin(), v.end(), 0.0f) <= 1.5f; };
  return (weak(va) && share(vb, ta) >= 0.1) || (weak(vb) && share(va, tb) >= 0.1);
}

// Two people with full names merge through their surnames only when the
// full names agree word for word by key: "Harker" of John Harker never
// meets "Harker" of Alice Harker.
bool Grouper::full_names_agree(uint32_t a, uint32_t b) const {
  if (full_[a] < 0 || full_[b] < 0) return true;
  const std::string& x = nodes_[full_[a]].form;
  const std::string& y = nodes_[full_[b]].form;
  return first_names_agree(x, y) && name_key(last_word(x)) == name_key(last_word(y));
}

void Grouper::merge_variants(bool multiword) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    const Node& node = nodes_[n];
    if ((node.words > 1) != multiword || node.acronym) continue;
    for (uint32_t m : index_.candidates(node.form, node.key, options_))
      if (m > n && nodes_[m].words == node.words && !nodes_[m].acronym) pairs.emplace_back(n, m);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  for (const auto& [n, m] : pairs) {
    const Node& a = nodes_[n];
    const Node& b = nodes_[m];
    if (a.recovered && b.recovered) continue;
    const uint32_t ra = find(n), rb = find(m);
    if (ra == rb || !types_agree(ra, rb) || (!multiword && !full_names_agree(ra, rb))) continue;
    // People's full names must agree on the first name ("Mark"/"Morris" Udall),
    // by key or by a typo ("Hans"/"Hand").
    const bool people = top_type(votes_[ra]) == kPerson && top_type(votes_[rb]) == kPerson;
    if (multiword && people && !first_names_agree(a.form, b.form)) continue;
    const double needed = spelling_threshold(a.form, a.key, b.form, b.key, people, options_);
    if (needed <= 1 && context_similarity(bags_[ra], bags_[rb]) >= needed) unite(ra, rb);
  }
}

// The role most of a node's mentions give, or "".
std::string Grouper::node_role(uint32_t n) const {
  std::map<std::string_view, uint32_t> roles;
  for (uint32_t i : nodes_[n].items)
    if (!items_[i].role.empty()) ++roles[items_[i].role];
  std::string best;
  uint32_t count = 0;
  for (const auto& [role, c] : roles)
    if (c > count) best = std::string(role), count = c;
  return best;
}

// A surname joins the one longer person name ending in it: in its own
// document when there is one, else in the cluster; when several people share
// it, it stays alone.
void Grouper::attach_short_forms() {
  std::unordered_map<std::string, std::vector<uint32_t>> full_names;  // last word -> multiword nodes
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    if (nodes_[n].words <= 1 || nodes_[n].recovered) continue;
    for (std::string_view last : name_tails(nodes_[n].form)) full_names[std::string(last)].push_back(n);
  }
  std::unordered_map<std::string, uint32_t> unattached;
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    const Node& node = nodes_[n];
    if (node.doc == kAllDocs) continue;
    std::vector<uint32_t> in_doc, anywhere;
    const std::string role = node_role(n);
    for (uint32_t m : full_names[node.form]) {
      const uint32_t root = find(m);
      if (top_type(votes_[root]) != kPerson) continue;
      // "King Hussein" is not "President Saddam Hussein".
      const std::string full_role = node_role(m);
      if (!role.empty() && !full_role.empty() && role != full_role) continue;
      anywhere.push_back(root);
      for (uint32_t i : nodes_[m].items)
        if (items_[i].doc == node.doc) in_doc.push_back(root);
    }
    for (auto* roots : {&in_doc, &anywhere}) {
      std::sort(roots->begin(), roots->end());
      roots->erase(std::unique(roots->begin(), roots->end()), roots->end());
    }
    if (in_doc.size() == 1) unite(n, in_doc[0]);
    else if (in_doc.empty() && anywhere.size() == 1) unite(n, anywhere[0]);
    else if (auto [it, added] = unattached.try_emplace(node.form, n); !added) unite(it->second, n);
  }
}

// "the Ledger" of the Marrowfield Ledger, "Crown Court" of Hollinsford Crown
// Court: the last words of exactly one organization's longer name, written
// alone and themselves tagged an organization, are that organization.
void Grouper::attach_organization_short_forms() {
  constexpr size_t kOrganization = static_cast<size_t>(EntityType::kOrganization);
  std::unordered_map<std::string, std::vector<uint32_t>> long_names;  // short form -> roots
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    if (nodes_[n].words <= 1 || nodes_[n].recovered || top_type(votes_[find(n)]) != kOrganization) continue;
    for (std::string_view tail : name_tails(nodes_[n].form)) {
      if (tail != nodes_[n].form) long_names[std::string(tail)].push_back(find(n));
    }
  }
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    const Node& node = nodes_[n];
    if (node.doc != kAllDocs || node.acronym) continue;
    const auto it = long_names.find(node.form);
    if (it == long_names.end()) continue;
    if (share(votes_[find(n)], kOrganization) < 0.5) continue;
    std::vector<uint32_t> roots = it->second;
    for (uint32_t& r : roots) r = find(r);
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    if (roots.size() == 1) unite(n, roots[0]);
  }
}

std::vector<EntityGroup> Grouper::output() const {
  std::map<uint32_t, std::vector<uint32_t>> members;  // root -> items
  std::map<uint32_t, bool> tagged;
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    uint32_t root = n;
    while (parent_[root] != root) root = parent_[root];
    auto& list = members[root];
    list.insert(list.end(), nodes_[n].items.begin(), nodes_[n].items.end());
    tagged[root] = tagged[root] || !nodes_[n].recovered;
  }
  std::vector<EntityGroup> groups;
  for (auto& [root, list] : members) {
    if (!tagged[root]) continue;
    std::sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      const NameItem &x = items_[a], &y = items_[b];
      return std::tie(x.doc, x.span.begin, y.span.end) < std::tie(y.doc, y.span.begin, x.span.end);
    });
    EntityGroup group;
    group.type = static_cast<EntityType>(top_type(votes_[root]));
    struct Form { uint32_t count = 0; uint32_t first = 0; uint32_t words = 0; bool acronym = false; };
    std::map<std::string, Form> forms;
    std::map<std::string_view, uint32_t> roles;
    uint32_t last_doc = kAllDocs;
    for (uint32_t i : list) {
      const NameItem& item = items_[i];
      if (!group.mentions.empty() && group.mentions.back().doc == item.doc &&
          item.span.begin < group.mentions.back().span.end)
        continue;  // overlaps the one before
      group.mentions.push_back({item.doc, item.span});
      if (item.doc != last_doc) ++group.documents, last_doc = item.doc;
      const std::string written(item.span.of(cluster_.documents[item.doc].text));
      auto [it, added] = forms.try_emplace(written);
      if (added) {
        it->second.first = static_cast<uint32_t>(group.mentions.size());
        it->second.words = static_cast<uint32_t>(std::count(forms_[i].begin(), forms_[i].end(), ' ') + 1);
        it->second.acronym = std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }
      ++it->second.count;
      if (!item.role.empty()) ++roles[item.role];
    }
    // The name: the most frequent of the longest forms (acronyms only when nothing else).
    const Form* best = nullptr;
    for (const auto& [written, form] : forms) {
      auto rank = [](const Form& f) { return std::make_tuple(!f.acronym, f.words, f.count, -static_cast<int64_t>(f.first)); };
      if (!best || rank(form) > rank(*best)) best = &form, group.name = written;
    }
    std::vector<std::pair<std::string, Form>> others(forms.begin(), forms.end());
    std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) {
      return std::tie(b.second.count, a.second.first) < std::tie(a.second.count, b.second.first);
    });
    for (const auto& [written, form] : others)
      if (written != group.name) group.aliases.push_back(written);
    uint32_t role_count = 0;
    for (const auto& [role, count] : roles)
      if (count > role_count && group.type == EntityType::kPerson) group.role = std::string(role), role_count = count;
    groups.push_back(std::move(group));
  }
  std::sort(groups.begin(), groups.end(), [](const EntityGroup& a, const EntityGroup& b) {
    return std::make_tuple(b.documents, b.mentions.size(), a.name) < std::make_tuple(a.documents, a.mentions.size(), b.name);
  });
  return groups;
}

std::vector<EntityGroup> Grouper::run(std::span<const std::vector<EntityMention>> mentions) {
  items_ = collect_items(cluster_, mentions, links_);
  build_nodes();
  recover();
  parent_.resize(nodes_.size());
  std::iota(parent_.begin(), parent_.end(), 0u);
  votes_.assign(nodes_.size(), Votes{});
  bags_.assign(nodes_.size(), ContextBag{});
  full_.assign(nodes_.size(), -1);
  for (uint32_t n = 0; n < nodes_.size(); ++n) {
    // Summed as it grows, so that a name mentioned 100,000 times does not
    // hold the words of all its sentences at once.
    size_t normalized = 0;
    for (uint32_t i : nodes_[n].items) {
      for (size_t t = 0; t < kEntityTypeCount; ++t) votes_[n][t] += items_[i].votes[t];
      context_.add(cluster_, items_[i].doc, items_[i].sentence, items_[i].span, bags_[n]);
      if (bags_[n].size() > 2 * normalized + 4096) {
        normalize(bags_[n]);
        normalized = bags_[n].size();
      }
    }
    normalize(bags_[n]);
    if (nodes_[n].words > 1 && !nodes_[n].recovered && top_type(votes_[n]) == kPerson) full_[n] = n;
  }
  std::vector<uint32_t> node_of_item(items_.size());
  for (uint32_t n = 0; n < nodes_.size(); ++n)
    for (uint32_t i : nodes_[n].items) node_of_item[i] = n;
  for (const auto& [a, b] : links_) unite(node_of_item[a], node_of_item[b]);
  merge_variants(true);
  attach_short_forms();
  attach_organization_short_forms();
  merge_variants(false);
  return output();
}

}  // namespace

std::vector<EntityGroup> group_entities(const Cluster& cluster, std::span<const std::vector<EntityMention>> mentions,
                                        const EntityGroupOptions& options) {
  return Grouper(cluster, options).run(mentions);
}

}  // namespace chorus::compare

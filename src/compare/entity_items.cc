#include "compare/entity_items.h"

#include <algorithm>
#include <unordered_set>

#include "entities/entity_aliases.h"
#include "entities/entity_names.h"
#include "text/ascii.h"
#include "text/stopwords.h"

namespace chorus::compare {

using entities::acronym_after;
using entities::after_so_called;
using entities::capitalized_runs;
using entities::EntityMention;
using entities::EntityType;
using entities::fold_name;
using entities::is_place_noun;
using entities::is_title;
using entities::kEntityTypeCount;
using entities::names_organization;
using entities::names_place;
using entities::role_after;
using entities::stated_alias;
using entities::title_before;
using entities::title_prefix;

namespace {

constexpr size_t kPerson = static_cast<size_t>(EntityType::kPerson);
constexpr size_t kPlace = static_cast<size_t>(EntityType::kLocation);

// The folded word right after byte `at` ("district" in "Agdam district").
std::string next_word(std::string_view text, uint32_t at) {
  if (at >= text.size() || text[at] != ' ') return "";
  uint32_t end = at + 1;
  while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z')))
    ++end;
  return fold_name(text.substr(at + 1, end - at - 1));
}

// Takes titles off the front of `span` ("Gov. ", "Mayor "); the role of the
// last one, or "" (and `titled` false) when there is none.
std::string_view strip_titles(std::string_view text, Span& span, bool& titled) {
  std::string_view role, found;
  titled = false;
  while (size_t n = title_prefix(span.of(text), found)) {
    span.begin += static_cast<uint32_t>(n);
    titled = true;
    if (!found.empty()) role = found;
  }
  return role;
}

void strip_possessive(std::string_view text, Span& span) {
  const std::string_view name = span.of(text);
  if (name.ends_with("'s")) span.end -= 2;
  else if (name.ends_with("\xE2\x80\x99s")) span.end -= 4;
}

// Quotes after a name, and a sentence's period before them, are not part of
// it ("... said Laden.''"); an abbreviation's own periods ("U.S.") are.
void strip_trailing_marks(const Document& doc, uint32_t sentence, Span& span) {
  bool quoted = false;
  while (span.size() > 1) {
    const std::string_view name = span.of(doc.text);
    if (name.back() == '\'' || name.back() == '"') span.end -= 1;
    else if (name.ends_with("\xE2\x80\x99") || name.ends_with("\xE2\x80\x9D")) span.end -= 3;
    else break;
    quoted = true;
  }
  const std::string_view name = span.of(doc.text);
  const bool sentence_end = !doc.sentences.empty() && span.end == doc.sentences[sentence].span.end;
  if (name.size() > 1 && name.back() == '.' && (quoted || sentence_end) && name.find('.') == name.size() - 1)
    --span.end;
}

// Capitalized words that are no names: weekdays and months.
bool calendar_word(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march",  "april",   "may",       "june",     "july",   "august",   "september", "october", "november",
      "december"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

// "I'm", "We've", "It'll": a contraction opening a sentence is no name.
bool contraction(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  for (const std::string_view end : {"m", "ve", "ll", "re", "d"}) {
    if (!name.ends_with(end)) continue;
    const std::string_view before = name.substr(0, name.size() - end.size());
    if (before.ends_with('\'') || before.ends_with("\xE2\x80\x99")) return true;  // ' or ’
  }
  return false;
}

// "14:30 UTC", "9 a.m. EST": a time zone after a clock time.
bool after_clock_time(std::string_view text, uint32_t at) {
  if (at < 3 || text[at - 1] != ' ') return false;
  const std::string_view before = text.substr(0, at - 1);
  if (before.ends_with("a.m.") || before.ends_with("p.m.") || before.ends_with("am") || before.ends_with("pm"))
    return true;
  return before.size() >= 3 && before[before.size() - 3] == ':' && text::is_ascii_digit(before.back()) &&
         text::is_ascii_digit(before[before.size() - 2]);
}

// Words before a name that say it is a place ("near Ashton Parva").
bool place_preposition(std::string_view word) {
  return word == "in" || word == "near" || word == "outside" || word == "across" || word == "around" ||
         word == "towards" || word == "toward";
}

// The folded word right before byte `at`.
std::string previous_word(std::string_view text, uint32_t at) {
  if (at < 2 || text[at - 1] != ' ') return "";
  uint32_t begin = at - 1;
  while (begin > 0 && ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || (text[begin - 1] >= 'A' && text[begin - 1] <= 'Z')))
    --begin;
  return fold_name(text.substr(begin, at - 1 - begin));
}

void add_item(const Document& doc, uint32_t d, Span span, EntityType type, std::vector<NameItem>& items) {
  // "Ms." or "The" tagged alone names no one.
  if (is_title(span.of(doc.text)) || text::is_stopword(fold_name(span.of(doc.text)))) return;
  if (contraction(span.of(doc.text)) || after_clock_time(doc.text, span.begin)) return;
  bool titled = false;
  std::string_view role = strip_titles(doc.text, span, titled);
  strip_possessive(doc.text, span);
  const uint32_t sentence = sentence_at(doc, span.begin);
  strip_trailing_marks(doc, sentence, span);
  if (span.empty()) return;
  if (!titled) {
    role = title_before(doc.text, span.begin);
    titled = !role.empty();
  }
  NameItem item;
  item.doc = d;
  item.span = span;
  item.sentence = sentence;
  item.votes[static_cast<size_t>(type)] += 1;
  if (titled) item.votes[kPerson] += 2;  // a title is said of people
  if (role.empty()) {
    role = role_after(doc.text, span.end);
    if (!role.empty()) item.votes[kPerson] += 1;
  }
  if (is_place_noun(next_word(doc.text, span.end))) item.votes[kPlace] += 2;
  // Across the cluster these add up: a name often said to be "in" or "near"
  // somewhere is a place, whatever one mention was tagged.
  if (!titled && place_preposition(previous_word(doc.text, span.begin))) item.votes[kPlace] += 1;
  // The name's own words: "... Agency", "Lake ...".
  const std::string folded = fold_name(span.of(doc.text));
  if (names_organization(folded)) item.votes[static_cast<size_t>(EntityType::kOrganization)] += 2;
  else if (names_place(folded)) item.votes[kPlace] += 2;
  item.role = role;
  items.push_back(std::move(item));
}

// "Agdam and Kalbajar" tagged as one name: two names when each is tagged alone elsewhere.
std::vector<Span> split_coordinated(std::string_view text, Span span, const std::unordered_set<std::string>& tagged) {
  const std::string_view name = span.of(text);
  const size_t at = name.find(" and ");
  if (at == std::string_view::npos) return {span};
  const Span left{span.begin, span.begin + static_cast<uint32_t>(at)};
  const Span right{left.end + 5, span.end};
  if (tagged.count(fold_name(left.of(text))) && tagged.count(fold_name(right.of(text)))) return {left, right};
  return {span};
}

// The item of document items [first, items.size()) overlapping `span`, or a new one.
uint32_t item_for(const Document& doc, uint32_t d, Span span, const NameItem& like, size_t first,
                  std::vector<NameItem>& items) {
  for (size_t i = first; i < items.size(); ++i) {
    if (items[i].span.begin < span.end && span.begin < items[i].span.end) return static_cast<uint32_t>(i);
  }
  NameItem item;
  item.doc = d;
  item.span = span;
  item.sentence = sentence_at(doc, span.begin);
  item.votes = like.votes;
  items.push_back(std::move(item));
  return static_cast<uint32_t>(items.size() - 1);
}

// The quoted nickname between a first name and a surname, its span, and
// where the surname starts: Gordon "Gus" Harlowe, Gordon “Gus” Harlowe.
std::optional<std::pair<Span, uint32_t>> nickname_after(std::string_view text, uint32_t at) {
  constexpr std::string_view kOpen[] = {" \"", " \xE2\x80\x9C"};
  constexpr std::string_view kClose[] = {"\" ", "\xE2\x80\x9D "};
  for (size_t q = 0; q < 2; ++q) {
    if (!text.substr(at).starts_with(kOpen[q])) continue;
    const uint32_t begin = at + static_cast<uint32_t>(kOpen[q].size());
    const Span nick = entities::capitalized_run(text, begin, static_cast<uint32_t>(std::min<size_t>(text.size(), begin + 40)));
    if (nick.empty() || !text.substr(nick.end).starts_with(kClose[q])) return std::nullopt;
    const uint32_t next = nick.end + static_cast<uint32_t>(kClose[q].size());
    if (next >= text.size() || text[next] < 'A' || text[next] > 'Z') return std::nullopt;
    return std::pair(nick, next);
  }
  return std::nullopt;
}

// Gordon "Gus" Harlowe tagged in pieces: one person, the full span, with the
// nickname an alias of it (linked), so "Gus" alone elsewhere is him too.
void join_nicknames(const Document& doc, uint32_t d, size_t first, size_t end, std::vector<NameItem>& items,
                    std::vector<std::pair<uint32_t, uint32_t>>& links) {
  for (size_t i = first; i < end; ++i) {
    const auto nick = nickname_after(doc.text, items[i].span.end);
    if (!nick) continue;
    size_t surname = end;
    for (size_t k = i + 1; k < end; ++k) {
      if (items[k].span.begin == nick->second) surname = k;
    }
    if (surname == end) continue;
    NameItem like = items[i];
    like.votes = {};
    like.votes[kPerson] = 1;
    const uint32_t alias = item_for(doc, d, nick->first, like, first, items);
    items[i].span.end = items[surname].span.end;
    items[i].votes[kPerson] += 2;  // a nickname is given to people
    items[surname].span = items[i].span;
    links.emplace_back(static_cast<uint32_t>(i), alias);
  }
}

bool overlaps_any(const std::vector<Span>& sorted, Span span) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), span.begin,
                             [](const Span& s, uint32_t at) { return s.end <= at; });
  return it != sorted.end() && it->begin < span.end;
}

}  // namespace

uint32_t sentence_at(const Document& doc, uint32_t at) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), at,
                             [](uint32_t pos, const Sentence& s) { return pos < s.span.begin; });
  return it == doc.sentences.begin() ? 0 : static_cast<uint32_t>(it - doc.sentences.begin() - 1);
}

std::vector<NameItem> collect_items(const Cluster& cluster, std::span<const std::vector<EntityMention>> mentions,
                                    std::vector<std::pair<uint32_t, uint32_t>>& links) {
  std::unordered_set<std::string> tagged;
  for (const auto& list : mentions)
    for (const EntityMention& m : list) tagged.insert(fold_name(m.text));
  std::vector<NameItem> items;
  for (uint32_t d = 0; d < mentions.size() && d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    const size_t first = items.size();
    for (const EntityMention& m : mentions[d]) {
      for (const Span part : split_coordinated(doc.text, m.span, tagged)) add_item(doc, d, part, m.type, items);
    }
    const size_t tagged_end = items.size();
    join_nicknames(doc, d, first, tagged_end, items, links);
    for (size_t i = first; i < tagged_end; ++i) {
      if (doc.sentences.empty()) break;
      const Span sentence = doc.sentences[items[i].sentence].span;
      const uint32_t floor = i > first && items[i - 1].span.end > sentence.begin ? items[i - 1].span.end
                                                                                  : sentence.begin;
      if (const auto acronym = acronym_after(doc.text, items[i].span, floor, sentence.end)) {
        items[i].span.begin = acronym->name_begin;
        const NameItem like = items[i];
        links.emplace_back(static_cast<uint32_t>(i), item_for(doc, d, acronym->acronym, like, first, items));
      } else if (const auto alias = stated_alias(doc.text, items[i].span, sentence.end)) {
        const NameItem like = items[i];
        links.emplace_back(static_cast<uint32_t>(i), item_for(doc, d, *alias, like, first, items));
      }
    }
  }
  return items;
}

void recover_items(const Cluster& cluster, const std::function<RunMatch(const std::string&)>& match,
                   const std::function<std::array<float, kEntityTypeCount>(const std::string&)>& exact_votes,
                   std::vector<NameItem>& items) {
  std::vector<std::vector<Span>> covered(cluster.documents.size());
  for (const NameItem& item : items) covered[item.doc].push_back(item.span);
  for (auto& spans : covered) std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> runs;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      runs.clear();
      capitalized_runs(doc.text, doc.sentences[s].span, runs);
      for (Span run : runs) {
        // "The C.F.B." at a sentence's start: the name is what follows the function word.
        const size_t space = run.of(doc.text).find(' ');
        if (space != std::string_view::npos &&
            text::is_stopword(fold_name(doc.text.substr(run.begin, space))))
          run.begin += static_cast<uint32_t>(space + 1);
        if (overlaps_any(covered[d], run)) continue;
        bool titled = false;
        std::string_view role = strip_titles(doc.text, run, titled);
        strip_possessive(doc.text, run);
        if (run.empty()) continue;
        const std::string form = fold_name(run.of(doc.text));
        RunMatch how = match(form);
        // A variant must look like a name: capitalized mid-sentence, no
        // function or calendar word ("When" is no "Wuhan").
        if (how == RunMatch::kVariant &&
            (run.begin == doc.sentences[s].span.begin || text::is_stopword(form) || calendar_word(form)))
          how = RunMatch::kNone;
        const bool so_called = after_so_called(doc.text, run.begin);
        if (how == RunMatch::kNone && !so_called) continue;
        NameItem item;
        item.doc = d;
        item.span = run;
        item.sentence = s;
        item.role = role;
        if (how == RunMatch::kExact) {
          item.votes = exact_votes(form);
        } else if (so_called) {
          const bool place = is_place_noun(form.substr(form.rfind(' ') + 1));
          item.votes[place ? kPlace : static_cast<size_t>(EntityType::kMisc)] = 1;
        } else {
          item.recovered = true;
        }
        items.push_back(std::move(item));
      }
    }
  }
}

}  // namespace chorus::compare

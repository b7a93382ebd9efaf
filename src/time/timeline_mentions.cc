#include "time/timeline_mentions.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "entities/entity_names.h"
#include "text/ascii.h"
#include "time/publication_date.h"

namespace chorus::time {
namespace {

// A calendar value the timeline can place: "2020-12-01", "2020-11", "1994"
// (a clock time keeps its day).
std::string placeable(const Timex& t) {
  if (t.type != TimexType::kDate && t.type != TimexType::kTime) return {};
  const std::string& v = t.value;
  const auto digits = [&v](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i)
      if (v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  if (v.size() >= 10 && digits(0, 4) && v[4] == '-' && digits(5, 7) && v[7] == '-' && digits(8, 10))
    return v.substr(0, 10);
  if (v.size() == 7 && digits(0, 4) && v[4] == '-' && digits(5, 7)) return v;
  if (v.size() == 4 && digits(0, 4)) return v;
  return {};
}

// Words before a date that make it a plan or a deadline rather than an event.
// The words the rules for plans, deadlines and states read, as flags by term
// id: every date's window is scanned, and ids compare faster than strings.
enum WordFlag : uint16_t {
  kPlanWord = 1 << 0,   // "expected", "scheduled", "will", ...
  kDue = 1 << 1,        // "due"
  kCopula = 1 << 2,     // "was", "is", "are", "were" (+ "to": "was to")
  kUntil = 1 << 3,      // "by", "until", "before" just before the date
  kPerfect = 1 << 4,    // "had", "has", "have": done by then
  kSet = 1 << 5,        // "set" (+ "for"/"to")
  kOnByInAt = 1 << 6,   // after "due"
  kTo = 1 << 7,
  kFor = 1 << 8,
  kStateWord = 1 << 9,  // "still", "remained", ...: a state seen that day
};

std::unordered_map<uint32_t, uint16_t> word_flags(const Lexicon& lexicon) {
  static constexpr std::pair<std::string_view, uint16_t> kWords[] = {
      {"expected", kPlanWord}, {"scheduled", kPlanWord}, {"will", kPlanWord}, {"would", kPlanWord},
      {"plans", kPlanWord}, {"planned", kPlanWord}, {"plan", kPlanWord}, {"deadline", kPlanWord},
      {"postponed", kPlanWord}, {"delayed", kPlanWord}, {"supposed", kPlanWord}, {"intends", kPlanWord},
      {"aims", kPlanWord}, {"shall", kPlanWord}, {"hoped", kPlanWord}, {"hopes", kPlanWord},
      {"planning", kPlanWord}, {"targeting", kPlanWord}, {"aiming", kPlanWord},
      {"hoping", kPlanWord}, {"intend", kPlanWord}, {"expects", kPlanWord}, {"due", kDue}, {"was", kCopula}, {"is", kCopula}, {"are", kCopula},
      {"were", kCopula}, {"by", kUntil | kOnByInAt}, {"until", kUntil}, {"before", kUntil},
      {"had", kPerfect}, {"has", kPerfect}, {"have", kPerfect}, {"set", kSet}, {"on", kOnByInAt},
      {"in", kOnByInAt}, {"at", kOnByInAt}, {"to", kTo}, {"for", kFor}, {"still", kStateWord},
      {"remain", kStateWord}, {"remains", kStateWord}, {"remained", kStateWord},
      {"continues", kStateWord}, {"continued", kStateWord}};
  std::unordered_map<uint32_t, uint16_t> flags;
  for (const auto& [word, flag] : kWords) {
    if (const std::optional<uint32_t> id = lexicon.find(word)) flags[*id] |= flag;
  }
  return flags;
}

// Dates more than this many years after the report's are left off the timeline.
constexpr int kYearsAhead = 5;
// Words this close to a date (either side) describe what happened on it.
constexpr uint32_t kNearWords = 10;
// The clause quoted for a date reaches at most this many words, and this many
// bytes, to either side of it: output and work per date stay bounded however
// long the sentence (a line of thousands of dates is one "sentence").
constexpr uint32_t kClauseWords = 60;
constexpr uint32_t kClauseBytes = 600;

// The tokens of `doc` inside `span`, [first, end): the date's own words.
std::pair<uint32_t, uint32_t> tokens_in(const Document& doc, Span span) {
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                   [](const Token& t, uint32_t at) { return t.span.begin < at; });
  const uint32_t first = static_cast<uint32_t>(it - doc.tokens.begin());
  uint32_t end = first;
  while (end < doc.tokens.size() && doc.tokens[end].span.end <= span.end) ++end;
  return {first, end};
}

// The part of `sentence` the clause of a date may take: kClauseWords words
// and kClauseBytes bytes to either side of the date's tokens [first, end),
// as tokens [begin, stop) and bytes.
struct Window {
  uint32_t begin, stop;
  Span span;
};
Window clause_window(const Document& doc, const Sentence& sentence, Span date, uint32_t first, uint32_t end) {
  Window w{std::max(sentence.token_begin, first > kClauseWords ? first - kClauseWords : 0),
           std::min(sentence.token_end, end + kClauseWords), sentence.span};
  while (w.begin < first && doc.tokens[w.begin].span.begin + kClauseBytes < date.begin) ++w.begin;
  while (w.stop > end && doc.tokens[w.stop - 1].span.end > date.end + kClauseBytes) --w.stop;
  if (w.begin > sentence.token_begin) w.span.begin = std::min(doc.tokens[w.begin].span.begin, date.begin);
  if (w.stop < sentence.token_end) w.span.end = std::max(w.stop > 0 ? doc.tokens[w.stop - 1].span.end : 0, date.end);
  return w;
}

// `s` cut to `window`.
Span within(Span s, Span window) {
  s.begin = std::clamp(s.begin, window.begin, window.end);
  s.end = std::clamp(s.end, s.begin, window.end);
  return s;
}

int sentence_index(const Document& doc, uint32_t at) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), at,
                                   [](uint32_t a, const Sentence& s) { return a < s.span.begin; });
  if (it == doc.sentences.begin()) return -1;
  const int index = static_cast<int>(it - 1 - doc.sentences.begin());
  return doc.sentences[index].span.end > at ? index : -1;
}

// A capitalized word as a name to compare across outlets: the start of its
// transliteration key, so that "Aghdam" and "Agdam", "Armenia" and
// "Armenian" compare equal.
NameStem name_stem(std::string_view surface) {
  const std::string key = entities::name_key(entities::fold_name(surface));
  NameStem stem = 0;
  for (size_t i = 0; i < 4; ++i) stem = stem << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  return stem;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = text::ascii_lower(c);
  return out;
}

bool separator(char c) { return c == ' ' || c == ',' || c == ';' || c == '\n' || c == '\t'; }

// Trims separators and a leading "and" off a clause.
Span trim_clause(std::string_view text, Span s) {
  for (;;) {
    while (s.begin < s.end && separator(text[s.begin])) ++s.begin;
    const std::string_view rest = text.substr(s.begin, s.end - s.begin);
    if (rest.starts_with("and ")) {
      s.begin += 4;
      continue;
    }
    break;
  }
  while (s.end > s.begin && separator(text[s.end - 1])) --s.end;
  return s;
}

// Drops trailing words that only lead into what follows ("by", "until", "to"),
// never cutting into the date itself (which ends at `keep`).
Span trim_lead_in(std::string_view text, Span s, uint32_t keep) {
  static constexpr std::string_view kLeadIns[] = {"by", "until", "till", "to", "on", "at", "from",
                                                  "in", "since", "before", "after", "the", "and", "or"};
  for (;;) {
    while (s.end > keep && separator(text[s.end - 1])) --s.end;
    uint32_t w = s.end;
    while (w > keep && !separator(text[w - 1])) --w;
    if (w <= keep) return s;
    const std::string word = lower_ascii(text.substr(w, s.end - w));
    if (std::find(std::begin(kLeadIns), std::end(kLeadIns), word) == std::end(kLeadIns)) return s;
    s.end = w;
  }
}

}  // namespace

void dated_statements(const Cluster& cluster, uint32_t doc_index, std::span<const Timex> timexes,
                      std::optional<CivilDate> reference, std::vector<DatedStatement>& out, size_t limit) {
  const Document& doc = cluster.documents[doc_index];
  // Dates of the body, by sentence.
  struct Found { size_t timex; int sentence; std::string value; };
  std::vector<Found> found;
  for (size_t k = 0; k < timexes.size() && found.size() < limit; ++k) {
    const Timex& t = timexes[k];
    if (t.range_from >= 0) continue;  // the end of a range goes with its start
    if (t.anchored) continue;         // "at 5:15 a.m.": its day is only a guess
    std::string value = placeable(t);
    if (value.empty() || region_of(doc, t.span) != Region::kBody) continue;
    // Plans reach a few years ahead ("six launches a year by 2030"); a date
    // further off is a maturity or a contract's end, not news.
    if (reference && std::stoi(value.substr(0, 4)) > reference->year + kYearsAhead) continue;
    const int s = sentence_index(doc, t.span.begin);
    if (s < 0) continue;
    found.push_back({k, s, std::move(value)});
  }
  const std::unordered_map<uint32_t, uint16_t> flags = word_flags(cluster.lexicon);
  const auto flags_of = [&flags](uint32_t term) -> uint16_t {
    const auto it = flags.find(term);
    return it == flags.end() ? 0 : it->second;
  };
  out.reserve(out.size() + found.size());  // exact at most: no doubling of a long document's statements
  for (size_t f = 0; f < found.size(); ++f) {
    const Timex& t = timexes[found[f].timex];
    const Sentence& sentence = doc.sentences[found[f].sentence];
    const bool prev_same = f > 0 && found[f - 1].sentence == found[f].sentence;
    const bool next_same = f + 1 < found.size() && found[f + 1].sentence == found[f].sentence;
    // "from", "since" tie a second date to the start of a state the sentence
    // already dates ("signed on November 9 ... a ceasefire starting from November 10").
    const std::string_view before = std::string_view(doc.text).substr(
        sentence.span.begin, t.span.begin - sentence.span.begin);
    const auto ends_with_word = [&before](std::string_view w) {
      std::string_view b = before;
      while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
      return b.size() >= w.size() && lower_ascii(b.substr(b.size() - w.size())) == w &&
             (b.size() == w.size() || b[b.size() - w.size() - 1] == ' ');
    };
    if ((prev_same || next_same) && (ends_with_word("from") || ends_with_word("since"))) continue;
    const auto [date_first, date_end] = tokens_in(doc, t.span);
    const Window window = clause_window(doc, sentence, t.span, date_first, date_end);
    // The clause: the sentence, or in a sentence with several dates the part
    // from the previous date to the next comma or "and" after this one.
    Span clause = sentence.span;
    if (prev_same) clause.begin = timexes[found[f - 1].timex].span.end;
    if (next_same) {
      // Up to the next date, a comma or an "and", without the words that lead
      // into the next date ("... to lower the reservoir by two meters | by March 2").
      const uint32_t next_start = timexes[found[f + 1].timex].span.begin;
      uint32_t e = t.span.end;
      while (e < next_start && e < window.span.end && doc.text[e] != ',' && doc.text[e] != ';' &&
             std::string_view(doc.text).substr(e, 5) != " and ")
        ++e;
      clause.end = e;
      clause = trim_lead_in(doc.text, clause, t.span.end);
    } else if (prev_same) {
      // The last date of a list ends its clause at the next comma.
      uint32_t e = t.span.end;
      while (e < clause.end && e < window.span.end && doc.text[e] != ',' && doc.text[e] != ';') ++e;
      clause.end = e;
    }
    clause = trim_clause(doc.text, within(clause, window.span));
    // A clause of a word or two ("to Monday") says nothing alone: the sentence
    // (as far as the window reaches).
    size_t clause_words = 0;
    for (uint32_t k = window.begin; k < window.stop; ++k)
      clause_words += clause.contains(doc.tokens[k].span) && !t.span.contains(doc.tokens[k].span);
    if (clause_words < 3) clause = trim_clause(doc.text, window.span);
    if (clause.empty()) clause = t.span;
    DatedStatement statement;
    statement.mention = TimelineMention{doc_index, clause, t.span, found[f].value};
    if (found[f].timex + 1 < timexes.size() && timexes[found[f].timex + 1].range_from ==
                                                   static_cast<int>(found[f].timex))
      statement.until = placeable(timexes[found[f].timex + 1]);
    statement.named = found[f].value.size() == 10 || !t.relative;
    // Plans and deadlines: "by December 1", "was expected to ...", "was to";
    // not "had slowed by Wednesday", which was done by then.
    bool completed = false;
    bool negated = false;  // "was not charged until 2015": charged in 2015
    bool planned = false;
    for (uint32_t k = window.begin; k < window.stop; ++k) {
      const Token& token = doc.tokens[k];
      if (token.span.begin >= t.span.begin) break;
      const uint16_t word = flags_of(token.term);
      if (token.span.begin >= clause.begin) {
        const std::string_view w = cluster.lexicon.str(token.term);
        negated = negated || w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n\u2019t");
        planned = planned || (word & kPlanWord);
      }
      const uint16_t next = k + 1 < sentence.token_end ? flags_of(doc.tokens[k + 1].term) : 0;
      const bool last_word = k + 1 == sentence.token_end || doc.tokens[k + 1].span.begin >= t.span.begin;
      if (token.span.begin >= clause.begin && (word & kPlanWord)) statement.scheduled = true;
      // "due on March 2", "due by Friday" ("due to rain" is a cause, "bonds
      // due 2036" a maturity).
      if ((word & kDue) && token.span.begin >= clause.begin && k + 1 < sentence.token_end) {
        if ((next & kOnByInAt) || doc.tokens[k + 1].span.begin == t.span.begin) statement.scheduled = true;
      }
      if ((word & kCopula) && (next & kTo) && token.span.begin >= sentence.span.begin) statement.scheduled = true;
      // "not ... until" a date, in the past, tells when it did happen.
      if (last_word && (word & kUntil) && !completed && !(negated && !planned)) statement.scheduled = true;
      if (token.span.begin >= clause.begin && (word & kPerfect)) completed = true;
      if ((word & kSet) && (next & (kFor | kTo))) statement.scheduled = true;
    }
    // A day, month or year after the report's own has not happened yet.
    if (reference) {
      const std::string& value = found[f].value;
      const std::string own = day_value(*reference);
      if ((value.size() == 10 || value.size() == 7 || value.size() == 4) && value > own.substr(0, value.size()))
        statement.scheduled = true;
    }
    // "the March 2 deadline"
    for (uint32_t k = date_end; k < sentence.token_end; ++k) {
      if (doc.tokens[k].span.begin < t.span.end) continue;
      if (cluster.lexicon.str(doc.tokens[k].term) == "deadline") statement.scheduled = true;
      break;
    }
    // "were still missing", "remained closed": a state seen that day.
    for (uint32_t k = window.begin; k < window.stop && !statement.state; ++k) {
      if (clause.contains(doc.tokens[k].span) && (flags_of(doc.tokens[k].term) & kStateWord)) statement.state = true;
    }
    if (ends_with_word("since")) statement.state = true;  // "has fallen since Tuesday"
    // The clause's words, outside the date itself; those within a few words
    // of the date also apart, to tell whether two dates belong to one event.
    const uint32_t first_date_token = date_end > date_first ? date_first : sentence.token_end;
    const uint32_t last_date_token = date_end > date_first ? date_end - 1 : sentence.token_begin;
    for (uint32_t k = window.begin; k < window.stop; ++k) {
      const Token& token = doc.tokens[k];
      if (!clause.contains(token.span) || t.span.contains(token.span)) continue;
      if (token.stop || token.kind == TokenKind::kNumber) continue;
      statement.stems.push_back(token.stem);
      const bool near = k + kNearWords >= first_date_token && k <= last_date_token + kNearWords;
      if (near) statement.near.push_back(token.stem);
      const std::string_view surface = doc.at(token.span);
      if (surface.size() >= 4 && surface[0] >= 'A' && surface[0] <= 'Z' && k == sentence.token_begin) {
        statement.opener = name_stem(surface);
        statement.opener_near = near;
      } else if (surface.size() >= 4 && surface[0] >= 'A' && surface[0] <= 'Z') {
        statement.names.push_back(name_stem(surface));
        if (near) statement.near_names.push_back(statement.names.back());
      }
    }
    std::sort(statement.stems.begin(), statement.stems.end());
    statement.stems.erase(std::unique(statement.stems.begin(), statement.stems.end()), statement.stems.end());
    std::sort(statement.near.begin(), statement.near.end());
    statement.near.erase(std::unique(statement.near.begin(), statement.near.end()), statement.near.end());
    std::sort(statement.near_names.begin(), statement.near_names.end());
    std::sort(statement.names.begin(), statement.names.end());
    statement.names.erase(std::unique(statement.names.begin(), statement.names.end()), statement.names.end());
    // Grown by doubling, then deduplicated: returned to their size, since a
    // long document keeps one statement per date until the timeline is built.
    statement.stems.shrink_to_fit();
    statement.near.shrink_to_fit();
    statement.names.shrink_to_fit();
    statement.near_names.shrink_to_fit();
    out.push_back(std::move(statement));
  }
}

}  // namespace chorus::time

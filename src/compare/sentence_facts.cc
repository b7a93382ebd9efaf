#include "compare/sentence_facts.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <memory>
#include <new>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "text/attribution.h"

namespace chorus::compare {
namespace {

template <size_t N>
bool one_of(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// What the facts need to know of each term and stem of the cluster's
// lexicon, looked up once per cluster.
class TermCache {
 public:
  TermCache(const Lexicon& lexicon, const LexicalModel& model)
      : lexicon_(lexicon), model_(model), kind_(lexicon.size(), kUnknown), weight_(lexicon.size(), -1.0f),
        classes_(lexicon.size()) {}

  // Words that turn a statement around: "was not cancelled", "denied that".
  // A form of "deny" after "be" is no denial ("Oduya was denied by a save").
  bool negates(uint32_t term, uint32_t previous_term) {
    const uint8_t k = kind(term);
    return (k & kNegation) || ((k & kDeny) && !(previous_term < kind_.size() && (kind(previous_term) & kBe)));
  }
  bool particle(uint32_t term) { return kind(term) & kParticle; }
  float weight(uint32_t stem) {
    if (weight_[stem] < 0) {
      weight_[stem] = static_cast<float>(model_.weights.idf(lexicon_.str(stem)));
      classes_[stem] = model_.relations.classes(lexicon_.str(stem));
    }
    return weight_[stem];
  }
  std::span<const uint32_t> classes(uint32_t stem) {
    weight(stem);
    return classes_[stem];
  }

 private:
  static constexpr uint8_t kUnknown = 0x80, kNegation = 1, kDeny = 2, kBe = 4, kParticle = 8;
  uint8_t kind(uint32_t term) {
    if (kind_[term] != kUnknown) return kind_[term];
    static constexpr std::string_view kNegations[] = {"not",   "no",     "never", "nor",     "neither", "none",
                                                      "nobody", "nothing", "t",    "cannot"};
    static constexpr std::string_view kDenials[] = {"deny", "denied", "denies", "denying"};
    static constexpr std::string_view kBeForms[] = {"be", "been", "being", "is", "are", "was", "were"};
    const std::string_view w = lexicon_.str(term);
    return kind_[term] = static_cast<uint8_t>((one_of(w, kNegations) ? kNegation : 0) | (one_of(w, kDenials) ? kDeny : 0) |
                                              (one_of(w, kBeForms) ? kBe : 0) | (text::is_particle(w) ? kParticle : 0));
  }
  const Lexicon& lexicon_;
  const LexicalModel& model_;
  std::vector<uint8_t> kind_;
  std::vector<float> weight_;
  std::vector<std::span<const uint32_t>> classes_;
};

// What a token of the document is part of.
enum class Role : uint8_t { kWord, kName, kFigure, kDate };

// One document's tokens with their roles, figures and dates, for building
// the facts of any token range.
struct DocumentContext {
  const Document& doc;
  std::vector<Role> role;
  std::vector<int32_t> name_of;                 // entity per token, -1 when none
  // By the token of their number (figures) or their first token (dates),
  // ascending: flat lists, not a list per token, for a long document.
  std::vector<std::pair<uint32_t, FactFigure>> figures;
  std::vector<std::pair<uint32_t, FactDate>> dates;
};

// The entries of `by_token` whose token is in [begin, end), appended to `out` in order.
template <typename T>
void append_in(const std::vector<std::pair<uint32_t, T>>& by_token, uint32_t begin, uint32_t end, std::vector<T>& out) {
  const auto token_less = [](const std::pair<uint32_t, T>& x, uint32_t t) { return x.first < t; };
  const auto first = std::lower_bound(by_token.begin(), by_token.end(), begin, token_less);
  const auto last = std::lower_bound(first, by_token.end(), end, token_less);
  out.reserve(out.size() + static_cast<size_t>(last - first));
  for (auto it = first; it != last; ++it) out.push_back(it->second);
}

uint32_t token_at(const Document& doc, uint32_t offset) {
  return static_cast<uint32_t>(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                                                [](const Token& token, uint32_t at) { return token.span.end <= at; }) -
                               doc.tokens.begin());
}

DocumentContext describe_tokens(const Document& doc, const DocumentAnnotations& notes) {
  const size_t n = doc.tokens.size();
  DocumentContext context{doc, std::vector<Role>(n, Role::kWord), std::vector<int32_t>(n, -1), {}, {}};
  auto mark = [&](Span span, Role r, int32_t entity) {
    for (uint32_t t = token_at(doc, span.begin); t < n && doc.tokens[t].span.begin < span.end; ++t) {
      context.role[t] = r;
      if (entity >= 0) context.name_of[t] = entity;
    }
  };
  context.figures.reserve(notes.quantities.size());  // at most one each: never grown by doubling
  context.dates.reserve(notes.timexes.size());
  for (const figures::Quantity& q : notes.quantities) mark(q.span, Role::kFigure, -1);
  for (const EntityName& name : notes.names) mark(name.span, Role::kName, static_cast<int32_t>(name.entity));
  for (uint32_t i = 0; i < notes.quantities.size(); ++i) {
    const uint32_t t = notes.quantities[i].token;
    if (t < n) context.figures.emplace_back(t, FactFigure{i, &notes.quantities[i]});
  }
  // Days, months and years, fully resolved.
  for (uint32_t i = 0; i < notes.timexes.size(); ++i) {
    const time::Timex& timex = notes.timexes[i];
    if (timex.type != time::TimexType::kDate) continue;
    const std::string& v = timex.value;
    const bool day = v.size() == 10 && v[4] == '-' && v[7] == '-';
    const bool month = v.size() == 7 && v[4] == '-';
    const bool year = v.size() == 4;
    if ((!day && !month && !year) || v.find_first_not_of("0123456789-") != std::string::npos) continue;
    const uint32_t t = token_at(doc, timex.span.begin);
    if (t >= n || doc.tokens[t].span.begin >= timex.span.end) continue;
    context.dates.emplace_back(t, FactDate{i, std::string_view(v)});
    mark(timex.span, Role::kDate, -1);
  }
  // Within one token, in the order found (as a list per token had them).
  const auto by_token = [](const auto& x, const auto& y) { return x.first < y.first; };
  std::stable_sort(context.figures.begin(), context.figures.end(), by_token);
  std::stable_sort(context.dates.begin(), context.dates.end(), by_token);
  return context;
}

// One sentence's lists as they are built, reused from sentence to sentence;
// ClusterFacts keeps copies at their size in its pools.
struct SentenceLists {
  std::vector<FactWord> words, attribution;
  std::vector<uint32_t> classes, names;
  std::vector<FactFigure> figures;
  std::vector<FactDate> dates;
  std::vector<uint64_t> bigrams;
  void clear() {
    words.clear(), attribution.clear(), classes.clear(), names.clear();
    figures.clear(), dates.clear(), bigrams.clear();
  }
};

// Sorts `words` by stem and keeps one of each stem.
void unique_stems(std::vector<FactWord>& words) {
  const auto by_stem = [](const FactWord& a, const FactWord& b) { return a.stem < b.stem; };
  std::sort(words.begin(), words.end(), by_stem);
  words.erase(std::unique(words.begin(), words.end(), [](const FactWord& a, const FactWord& b) { return a.stem == b.stem; }),
              words.end());
}

void sort_unique(std::vector<uint64_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// A list of a very long sentence (a text without full stops) is made unique
// whenever it doubles past this, so it holds its distinct items, not one
// per token; no sentence of news comes near it.
constexpr size_t kUniqueAt = size_t{1} << 16;

// The facts of one sentence, its lists in `lists` (cleared first); `attribution`
// marks its tokens' (attribution.h).
SentenceTotals facts_of_sentence(const DocumentContext& context, const Lexicon& lexicon, const LexicalModel& model,
                                 const Sentence& sentence, const std::vector<bool>& attribution, TermCache& terms,
                                 std::string& key, SentenceLists& lists) {
  lists.clear();
  const Document& doc = context.doc;
  SentenceTotals facts;
  append_in(context.figures, sentence.token_begin, sentence.token_end, lists.figures);
  append_in(context.dates, sentence.token_begin, sentence.token_end, lists.dates);
  uint32_t previous_stem = UINT32_MAX;
  size_t words_bound = kUniqueAt, bigrams_bound = kUniqueAt;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const Token& token = doc.tokens[t];
    if (lists.words.size() >= words_bound) {
      unique_stems(lists.words);
      words_bound = std::max(kUniqueAt, 2 * lists.words.size());
    }
    if (lists.bigrams.size() >= bigrams_bound) {
      sort_unique(lists.bigrams);
      bigrams_bound = std::max(kUniqueAt, 2 * lists.bigrams.size());
    }
    if (previous_stem != UINT32_MAX) lists.bigrams.push_back((uint64_t{previous_stem} << 32) | token.stem);
    previous_stem = token.stem;
    if (context.role[t] == Role::kFigure || context.role[t] == Role::kDate) continue;
    const bool attributes = attribution[t - sentence.token_begin];
    if (!attributes) {
      facts.negated |= terms.negates(token.term, t > sentence.token_begin ? doc.tokens[t - 1].term : UINT32_MAX);
      if (token.kind == TokenKind::kWord && !token.stop) ++facts.content_words;
      if (context.role[t] == Role::kName) lists.names.push_back(static_cast<uint32_t>(context.name_of[t]));
    }
    if (token.stop || token.kind == TokenKind::kNumber) continue;
    FactWord word{token.stem, terms.weight(token.stem), context.name_of[t]};
    word.set_classes(terms.classes(token.stem));
    if (attributes) {
      lists.attribution.push_back(word);
      continue;
    }
    // A verb and a particle ("called off", "handed over") stand for the
    // phrasal verb's senses.
    if (t + 1 < sentence.token_end && terms.particle(doc.tokens[t + 1].term)) {
      key.assign(lexicon.str(token.stem));
      key += ' ';
      key += lexicon.str(doc.tokens[t + 1].term);
      const std::span<const uint32_t> phrasal = model.relations.classes(key);
      if (!phrasal.empty()) word.set_classes(phrasal);
    }
    lists.words.push_back(word);
  }
  unique_stems(lists.words);
  for (const FactWord& word : lists.words) {
    const std::span<const uint32_t> classes = word.classes();
    lists.classes.insert(lists.classes.end(), classes.begin(), classes.end());
  }
  std::sort(lists.classes.begin(), lists.classes.end());
  lists.classes.erase(std::unique(lists.classes.begin(), lists.classes.end()), lists.classes.end());
  for (uint32_t c : lists.classes) facts.class_bits[(c >> 6) & 3] |= uint64_t{1} << (c & 63);
  std::sort(lists.attribution.begin(), lists.attribution.end(),
            [](const FactWord& a, const FactWord& b) { return a.stem < b.stem; });
  std::sort(lists.names.begin(), lists.names.end());
  lists.names.erase(std::unique(lists.names.begin(), lists.names.end()), lists.names.end());
  sort_unique(lists.bigrams);
  return facts;
}

}  // namespace

// A sentence's seven lists in the order its block holds them, the 8-byte
// aligned ones first so that each starts aligned: the vectors of
// SentenceLists as they are stored, the views of SentenceFacts as they are
// read (the same member names), so the order is written once.
template <typename Lists>
auto in_block_order(Lists& l) {
  return std::tie(l.words, l.attribution, l.figures, l.dates, l.bigrams, l.classes, l.names);
}
static_assert(sizeof(FactWord) % 8 == 0 && sizeof(FactFigure) % 8 == 0 && sizeof(FactDate) % 8 == 0);
static_assert(alignof(FactWord) <= 8 && alignof(FactFigure) <= 8 && alignof(FactDate) <= 8);

ClusterFacts::ClusterFacts(const Cluster& cluster, std::span<const DocumentAnnotations> annotations,
                           const LexicalModel& model) {
  const Lexicon& lexicon = cluster.lexicon;
  TermCache terms(lexicon, model);
  std::string key;
  SentenceLists lists;
  facts_.resize(cluster.documents.size());
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    const DocumentContext context = describe_tokens(doc, annotations[d]);
    facts_[d].reserve(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences) {
      const std::vector<bool> attribution = text::attribution_tokens(lexicon, doc, sentence);
      Stored stored;
      static_cast<SentenceTotals&>(stored) =
          facts_of_sentence(context, lexicon, model, sentence, attribution, terms, key, lists);
      stored.position = static_cast<uint32_t>(facts_[d].size());
      static_assert(std::tuple_size_v<decltype(in_block_order(lists))> == std::tuple_size_v<decltype(stored.counts)>);
      size_t bytes = 0, slot = 0;
      std::apply(
          [&](const auto&... list) {
            ((stored.counts[slot++] = static_cast<uint32_t>(list.size()), bytes += list.size() * sizeof(list[0])), ...);
          },
          in_block_order(lists));
      stored.lists = lists_.allocate((bytes + 7) / 8).data();
      auto* at = reinterpret_cast<std::byte*>(stored.lists);
      const auto put = [&at](const auto& list) {
        using T = typename std::remove_cvref_t<decltype(list)>::value_type;
        if (!list.empty()) std::uninitialized_copy(list.begin(), list.end(), reinterpret_cast<T*>(at));
        at += list.size() * sizeof(T);
      };
      std::apply([&put](const auto&... list) { (put(list), ...); }, in_block_order(lists));
      facts_[d].push_back(stored);
    }
  }
  damp_recurring_words(cluster.documents.size());
}

SentenceFacts ClusterFacts::of(uint32_t doc, uint32_t sentence) const {
  const Stored& stored = facts_[doc][sentence];
  SentenceFacts facts;
  static_cast<SentenceTotals&>(facts) = stored;
  auto* at = reinterpret_cast<std::byte*>(stored.lists);
  size_t slot = 0;
  const auto take = [&]<typename T>(std::span<T>& out) {
    using Element = std::remove_const_t<T>;
    const uint32_t count = stored.counts[slot++];
    if (count != 0) out = std::span<T>(std::launder(reinterpret_cast<Element*>(at)), count);
    at += count * sizeof(Element);
  };
  std::apply([&take](auto&... view) { (take(view), ...); }, in_block_order(facts));
  return facts;
}

void ClusterFacts::damp_recurring_words(size_t documents) {
  // Sentences per word (a name counts by its entity, whatever its spelling).
  std::unordered_map<uint64_t, uint32_t> sentences_with;
  auto key = [](const FactWord& w) {
    return w.entity >= 0 ? (uint64_t{1} << 40) | static_cast<uint32_t>(w.entity) : uint64_t{w.stem};
  };
  for (uint32_t d = 0; d < facts_.size(); ++d)
    for (uint32_t s = 0; s < facts_[d].size(); ++s) {
      uint64_t previous = UINT64_MAX;
      for (const FactWord& w : of(d, s).words)  // sorted by stem: one entity's words may repeat
        if (key(w) != previous) ++sentences_with[previous = key(w)];
    }
  for (uint32_t d = 0; d < facts_.size(); ++d)
    for (uint32_t s = 0; s < facts_[d].size(); ++s) {
      Stored& stored = facts_[d][s];
      stored.word_weight = 0;
      double squares = 0;
      for (FactWord& w : of(d, s).words) {
        const double per_document = static_cast<double>(sentences_with[key(w)]) / documents;
        w.weight = static_cast<float>(w.weight / (1.0 + std::max(0.0, per_document - 1.0)));
        stored.word_weight += w.weight;
        squares += double{w.weight} * w.weight;
      }
      stored.word_norm = std::sqrt(squares);
    }
}

}  // namespace chorus::compare

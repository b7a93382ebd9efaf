// Sentence facts: what each body sentence of a cluster states, in the terms
// two sentences are compared by (pair_features.h). Words weigh by their
// background inverse document frequency (text/term_weights.h), not by their
// frequency in the cluster, except that a word the cluster repeats more
// often than once per document (the story's place, its main noun) weighs
// less the more it recurs: it names the topic, not one fact; the words of a name also match any other name of
// its entity ("Kalbajar" and "Kelbajar", "NBA" and "National Basketball
// Association"); figures
// are values with their units and what they count, so "nearly 2,000" meets
// "1,960" and "two thousand"; dates are the days the time tagger resolves,
// so "on the 25th", "five days later" and "November 25" meet; an attribution
// ("officials said") is kept apart: it says who claims, not what.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "compare/list_pool.h"
#include "core/cluster.h"
#include "figures/quantity.h"
#include "text/term_weights.h"
#include "text/word_relations.h"
#include "time/timex.h"

namespace chorus::compare {

// A name in a document and the entity it names (an index into the
// cluster's entity groups): every spelling of one entity is one term.
struct EntityName {
  Span span;
  uint32_t entity = 0;
};

// Per document of a cluster, what the per-document stages found.
struct DocumentAnnotations {
  std::vector<EntityName> names;             // sorted by start, not overlapping
  std::vector<figures::Quantity> quantities; // as figures::find_quantities gives them
  std::vector<time::Timex> timexes;          // over Document::text, resolved against its day
};

struct FactWord {
  uint32_t stem = 0;  // lexicon id
  float weight = 0;   // background idf, damped when the cluster repeats the word
  int32_t entity = -1;  // the entity whose name the word is part of, else -1
  // WordNet sense classes, ascending; a phrasal verb's ("called off") in
  // place of its verb's. A pointer and a count, not a span: 24 bytes a word,
  // not 32 (the facts of a large cluster hold millions of words).
  std::span<const uint32_t> classes() const { return {class_data, class_count}; }
  void set_classes(std::span<const uint32_t> c) { class_data = c.data(), class_count = static_cast<uint32_t>(c.size()); }
  uint32_t class_count = 0;
  const uint32_t* class_data = nullptr;
};

struct FactFigure {
  uint32_t index = 0;                // into DocumentAnnotations::quantities
  const figures::Quantity* quantity = nullptr;  // that quantity
};

struct FactDate {
  uint32_t index = 0;  // into DocumentAnnotations::timexes
  std::string_view value;  // its value: a day "2031-11-19", a month "2031-11" or a year "2031"
};

// What a sentence's facts sum up, beside its lists.
struct SentenceTotals {
  std::array<uint64_t, 4> class_bits{};  // bit (class mod 256) of each sense class: a quick "surely not"
  bool may_have_class(uint32_t c) const { return (class_bits[(c >> 6) & 3] >> (c & 63)) & 1; }
  bool negated = false;             // "not", "never", "n't", "denied"
  double word_weight = 0;           // sum of words' weights
  double word_norm = 0;             // square root of the sum of their squares
  uint32_t content_words = 0;       // tokens that are words, not stop words
  uint32_t position = 0;            // the sentence's index in its document's body
};

// The lists below are views into their ClusterFacts; they live as long as it
// does.
struct SentenceFacts : SentenceTotals {
  std::span<FactWord> words;              // content stems (names' too), sorted by stem, unique
  std::span<const uint32_t> classes;      // the sense classes of its words, sorted, unique
  std::span<const FactWord> attribution;  // content stems of the attribution ("police said"), sorted
  std::span<const uint32_t> names;        // entity numbers, sorted, unique
  std::span<const FactFigure> figures;    // text order
  std::span<const FactDate> dates;        // days, months and years the sentence names, text order
  std::span<const uint64_t> bigrams;      // adjacent stems (stop words, attribution included), sorted, unique
};

// Everything the comparison needs, loaded once and shared (read-only).
struct LexicalModel {
  text::TermWeights weights;
  text::WordRelations relations;
};

// The facts of every body sentence: facts[doc][sentence].
class ClusterFacts {
 public:
  ClusterFacts(const Cluster& cluster, std::span<const DocumentAnnotations> annotations,
               const LexicalModel& model);

  // A view of one sentence's facts, made on each call (keep the value, not a
  // reference to it).
  SentenceFacts of(uint32_t doc, uint32_t sentence) const;
  size_t documents() const { return facts_.size(); }
  size_t sentences(uint32_t doc) const { return facts_[doc].size(); }

 private:
  // One sentence as stored: its seven lists one after another in one block
  // of `lists_`, found by one pointer and their counts (104 bytes a sentence
  // where seven spans took 176: a large cluster has hundreds of thousands).
  struct Stored : SentenceTotals {
    uint64_t* lists = nullptr;  // words, attribution, figures, dates, bigrams, classes, names
    std::array<uint32_t, 7> counts{};
  };
  // weight / (1 + max(0, sentences using the word / documents - 1)).
  void damp_recurring_words(size_t documents);

  std::vector<std::vector<Stored>> facts_;
  ListPool<uint64_t> lists_;
};

}  // namespace chorus::compare

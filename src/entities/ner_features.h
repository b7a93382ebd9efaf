// Feature extraction for the entity tagger: hashed keys (see ner_hash.h), no
// strings built. Static features (the words, their shapes, affixes, context,
// gazetteer and document-level evidence) are computed once per sentence;
// dynamic ones (previous labels, what this word was tagged earlier in the
// document) once per token as decoding goes left to right.
//
// Document-level features matter on news: a capitalized sentence-initial
// "Rain" is not a name if the document also writes "rain"; a word in an
// all-capitals headline is likely a name if the body writes it capitalized
// mid-sentence; and a word tagged ORG once is likely ORG again.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/ner_gazetteer.h"
#include "entities/ner_labels.h"

namespace chorus::entities {

// One document to tag: its words (views the caller keeps alive) and where each
// sentence ends.
struct NerDocument {
  std::vector<std::string_view> words;
  std::vector<uint32_t> sentence_ends;  // exclusive end index of each sentence, ascending
};

// How a word is written (ASCII letters decide; other bytes are neutral).
enum class WordCase : uint8_t { kLower, kTitle, kUpper, kMixed, kDigits, kOther };
WordCase word_case(std::string_view word);

// A headline in title case ("Man Who Fled the City Loses Appeal"): at least
// four cased words, three in four capitalized, a function word among them.
// Case says as little there as in a headline in capitals, so the features see
// such a sentence in capitals, the form CoNLL-2003 writes its headlines in.
bool is_title_case_headline(std::span<const std::string_view> words);

// "Xxxxx", "XX", "dd-dd", "X.X." ... (at most 16 characters), and its short
// form with repeats collapsed ("Xx", "X", "d-d", "X.X.").
std::string word_shape(std::string_view word, bool collapse);
// hash_bytes(word_shape(word, collapse)) without building the string.
uint64_t word_shape_hash(std::string_view word, bool collapse);

class NerFeatures {
 public:
  explicit NerFeatures(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Gathers the document-level evidence and forgets the label history. With
  // `first_pass` (a label per word from a first tagging of the whole
  // document), adds second-stage features: that label, its neighbours', and
  // what the same word was labelled anywhere in the document.
  void start_document(const NerDocument& doc, std::span<const Label> first_pass = {});
  // Computes the static features of words [begin, end) of the current document.
  void start_sentence(const NerDocument& doc, uint32_t begin, uint32_t end);
  // Replaces `out` with the keys of word `i` of the sentence, given the labels
  // of the two words before it (kOutside before the sentence).
  void token_features(uint32_t i, Label previous, Label before_previous, std::vector<uint32_t>& out) const;
  // Records the label chosen for word `i`, for later words' history features.
  void record(uint32_t i, Label label);

  // The first this many of word `i`'s keys (token_features) depend on the
  // word alone as the tagger sees it, so their scores may be kept by
  // word_hash(i) and reused for its next occurrence.
  uint32_t word_key_count(uint32_t i) const { return word_keys_[i]; }
  uint64_t word_hash(uint32_t i) const { return info_[i].raw; }

 private:
  struct Word {
    uint64_t raw = 0;    // hash of the word as written
    uint64_t lower = 0;  // hash of its ASCII lower case
    uint64_t shape = 0;
    uint64_t short_shape = 0;
    WordCase wcase = WordCase::kOther;
  };
  // Per lower-cased word in the document: how it is written where.
  enum DocFlag : uint8_t { kSeenLower = 1, kSeenCapitalMid = 2, kSeenUpper = 4 };

  // Appends word i's static keys, those of the word alone first; returns
  // how many those are.
  uint32_t static_features(uint32_t i, std::vector<uint32_t>& out) const;
  void first_pass_features(uint32_t i, std::vector<uint32_t>& out) const;
  uint64_t lower_at(int64_t i) const;
  uint64_t short_shape_at(int64_t i) const;
  uint32_t case_at(int64_t i) const;

  const Gazetteer& gazetteer_;
  std::unordered_map<uint64_t, uint8_t> doc_flags_;
  std::span<const Label> first_pass_;
  std::unordered_map<uint64_t, std::array<uint16_t, kEntityTypeCount + 1>> first_pass_counts_;
  uint32_t sentence_begin_ = 0;
  std::unordered_map<uint64_t, std::array<uint16_t, kEntityTypeCount + 1>> history_;  // [O, PER, ORG, LOC, MISC]
  // Current sentence.
  std::span<const std::string_view> words_;
  std::string upper_text_;                     // a title-case headline in capitals
  std::vector<std::string_view> upper_words_;  // views into upper_text_
  std::vector<Word> info_;
  std::vector<uint8_t> gaz_begin_, gaz_inside_;
  std::vector<uint32_t> run_begin_, run_end_;  // the run of capitalized words holding each word
  std::vector<uint32_t> static_keys_;
  std::vector<uint32_t> static_begin_;  // offsets into static_keys_, one past the end too
  std::vector<uint32_t> word_keys_;     // per word: its leading keys of the word alone
  bool upper_sentence_ = false;
};

}  // namespace chorus::entities

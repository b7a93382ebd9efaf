#include "entities/ner_features.h"

#include <algorithm>
#include <string>

#include "entities/ner_hash.h"
#include "text/ascii.h"
#include "text/stopwords.h"

namespace chorus::entities {
namespace {

// Feature templates. The numbers are part of the model format: append only.
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kPrefix,      // + length
  kSuffix = 10, // + length
  kLowerPrev = 20,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kShapePrevCur,
  kShapeCurNext,
  kLowerPrevCur,
  kLowerCurNext,
  kInitialCase,
  kCaseWindow,
  kUpperSentenceCase,
  kDocEvidence,
  kGazBegin,    // + class
  kGazInside = 40,  // + class
  kDictWord = 50,
  kLabelPrev = 60,
  kLabelPrev2,
  kLabelPrevLower,
  kLabelPrevShape,
  kHistory,
  kHistoryCase,
  kLowerPrevShape,
  kShapePrevCurNext,
  kRunShape,
  kRunFirst,
  kRunLast,
  kPass1Label,
  kPass1Window,
  kPass1Doc,
  kPass1DocCase,
};

constexpr uint64_t kPadBegin = 0x1234567;  // component hashes of positions outside the sentence
constexpr uint64_t kPadEnd = 0x7654321;

uint64_t hash_lower(std::string_view word) {
  uint64_t h = kFnvOffset;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(text::ascii_lower(c));
    h *= kFnvPrime;
  }
  return h;
}

char shape_char(char c) {
  if (text::is_ascii_upper(c)) return 'X';
  if (text::is_ascii_lower(c)) return 'x';
  if (text::is_ascii_digit(c)) return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

// Slot of a label in the per-word label counts: O, then the four types.
size_t count_slot(Label label) { return label == kOutside ? 0 : 1 + static_cast<size_t>(label_type(label)); }

bool is_capitalized(WordCase c) { return c == WordCase::kTitle || c == WordCase::kUpper || c == WordCase::kMixed; }

}  // namespace

bool is_title_case_headline(std::span<const std::string_view> words) {
  int cased = 0, capitalized = 0, function_words = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const WordCase c = word_case(words[i]);
    if (c == WordCase::kDigits || c == WordCase::kOther) continue;
    ++cased;
    if (c == WordCase::kLower) continue;
    ++capitalized;
    if (i == 0 || c != WordCase::kTitle || words[i].size() > 5) continue;
    char folded[5];
    for (size_t k = 0; k < words[i].size(); ++k) folded[k] = text::ascii_lower(words[i][k]);
    if (text::is_stopword(std::string_view(folded, words[i].size()))) ++function_words;
  }
  return cased >= 4 && function_words >= 1 && capitalized * 4 >= cased * 3;
}

WordCase word_case(std::string_view word) {
  int upper = 0, lower = 0, digits = 0;
  bool first_upper = false, first_seen = false;
  for (const char c : word) {
    if (text::is_ascii_upper(c)) {
      if (!first_seen) first_upper = true;
      first_seen = true;
      ++upper;
    } else if (text::is_ascii_lower(c)) {
      first_seen = true;
      ++lower;
    } else if (text::is_ascii_digit(c)) {
      ++digits;
    }
  }
  if (upper + lower == 0) return digits > 0 ? WordCase::kDigits : WordCase::kOther;
  if (upper == 0) return WordCase::kLower;
  if (lower == 0) return WordCase::kUpper;
  return first_upper && upper == 1 ? WordCase::kTitle : WordCase::kMixed;
}

std::string word_shape(std::string_view word, bool collapse) {
  std::string shape;
  for (const char c : word) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    const char s = shape_char(c);
    if (collapse && !shape.empty() && shape.back() == s) continue;
    shape.push_back(s);
    if (shape.size() == 16) break;
  }
  return shape;
}

uint64_t word_shape_hash(std::string_view word, bool collapse) {
  uint64_t h = kFnvOffset;
  char last = 0;
  size_t length = 0;
  for (const char c : word) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
    const char s = shape_char(c);
    if (collapse && length > 0 && last == s) continue;
    h = (h ^ static_cast<unsigned char>(s)) * kFnvPrime;
    last = s;
    if (++length == 16) break;
  }
  return h;
}

void NerFeatures::start_document(const NerDocument& doc, std::span<const Label> first_pass) {
  doc_flags_.clear();
  history_.clear();
  first_pass_ = first_pass;
  first_pass_counts_.clear();
  for (size_t i = 0; i < first_pass.size(); ++i) {
    if (word_case(doc.words[i]) == WordCase::kLower) continue;
    auto& counts = first_pass_counts_[hash_lower(doc.words[i])];
    const size_t slot = count_slot(first_pass[i]);
    if (counts[slot] < UINT16_MAX) ++counts[slot];
  }
  uint32_t begin = 0;
  for (const uint32_t end : doc.sentence_ends) {
    // A title-case headline counts as written in capitals, as the tagger sees it.
    const bool headline = is_title_case_headline({doc.words.data() + begin, end - begin});
    for (uint32_t i = begin; i < end; ++i) {
      WordCase c = word_case(doc.words[i]);
      if (headline && c != WordCase::kDigits && c != WordCase::kOther) c = WordCase::kUpper;
      uint8_t flag = 0;
      if (c == WordCase::kLower) flag = kSeenLower;
      if (c == WordCase::kUpper) flag = kSeenUpper;
      if (c == WordCase::kTitle && i > begin) flag = kSeenCapitalMid;
      if (flag != 0) doc_flags_[hash_lower(doc.words[i])] |= flag;
    }
    begin = end;
  }
}

void NerFeatures::start_sentence(const NerDocument& doc, uint32_t begin, uint32_t end) {
  words_ = std::span<const std::string_view>(doc.words).subspan(begin, end - begin);
  sentence_begin_ = begin;
  if (is_title_case_headline(words_)) {
    // Seen in capitals, the form the tagger learned headlines in.
    size_t bytes = 0;
    for (const std::string_view word : words_) bytes += word.size();
    upper_text_.clear();
    upper_text_.reserve(bytes);  // no reallocation below: the views stay valid
    upper_words_.clear();
    for (const std::string_view word : words_) {
      const size_t at = upper_text_.size();
      for (const char c : word) upper_text_.push_back(text::is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c);
      upper_words_.push_back(std::string_view(upper_text_).substr(at, word.size()));
    }
    words_ = upper_words_;
  }
  const size_t n = words_.size();
  info_.resize(n);
  int upper = 0, cased = 0;
  for (size_t i = 0; i < n; ++i) {
    Word& w = info_[i];
    w.raw = hash_bytes(words_[i]);
    w.lower = hash_lower(words_[i]);
    w.shape = word_shape_hash(words_[i], false);
    w.short_shape = word_shape_hash(words_[i], true);
    w.wcase = word_case(words_[i]);
    if (w.wcase == WordCase::kUpper) ++upper;
    if (w.wcase == WordCase::kUpper || w.wcase == WordCase::kLower || w.wcase == WordCase::kTitle) ++cased;
  }
  // Headlines and sports tables are in capitals: case says little there.
  upper_sentence_ = cased >= 2 && upper * 2 > cased;
  // Runs of capitalized words ("Bank of England" is two runs; "Boston Red
  // Sox" one): their ends often say the type ("Inc", "United", "Ministry").
  run_begin_.resize(n);
  run_end_.resize(n);
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i;
    while (j < n && is_capitalized(info_[j].wcase)) ++j;
    if (j == i) {
      run_begin_[i] = i;
      run_end_[i] = i + 1;
      ++i;
      continue;
    }
    for (uint32_t k = i; k < j; ++k) {
      run_begin_[k] = i;
      run_end_[k] = j;
    }
    i = j;
  }
  gaz_begin_.resize(n);
  gaz_inside_.resize(n);
  gazetteer_.match(words_, gaz_begin_, gaz_inside_);
  static_keys_.clear();
  static_begin_.assign(1, 0);
  word_keys_.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    word_keys_[i] = static_features(i, static_keys_);
    static_begin_.push_back(static_cast<uint32_t>(static_keys_.size()));
  }
}

uint64_t NerFeatures::lower_at(int64_t i) const {
  if (i < 0) return kPadBegin;
  if (i >= static_cast<int64_t>(info_.size())) return kPadEnd;
  return info_[static_cast<size_t>(i)].lower;
}

uint64_t NerFeatures::short_shape_at(int64_t i) const {
  if (i < 0) return kPadBegin;
  if (i >= static_cast<int64_t>(info_.size())) return kPadEnd;
  return info_[static_cast<size_t>(i)].short_shape;
}

uint32_t NerFeatures::case_at(int64_t i) const {
  if (i < 0) return 10;
  if (i >= static_cast<int64_t>(info_.size())) return 11;
  return static_cast<uint32_t>(info_[static_cast<size_t>(i)].wcase);
}

uint32_t NerFeatures::static_features(uint32_t i, std::vector<uint32_t>& out) const {
  const Word& w = info_[i];
  const std::string_view word = words_[i];
  const int64_t at = i;
  const size_t first = out.size();
  out.push_back(feature_key(kBias, 0));
  out.push_back(feature_key(kWord, w.raw));
  out.push_back(feature_key(kLower, w.lower));
  out.push_back(feature_key(kShape, w.shape));
  out.push_back(feature_key(kShortShape, w.short_shape));
  // Affixes of the lower-cased word, up to four bytes, when the word is longer.
  uint64_t prefix = kFnvOffset;
  for (size_t k = 1; k <= 4 && k < word.size(); ++k) {
    prefix = (prefix ^ static_cast<unsigned char>(text::ascii_lower(word[k - 1]))) * kFnvPrime;
    out.push_back(feature_key(kPrefix + static_cast<uint32_t>(k), prefix));
  }
  uint64_t suffix = kFnvOffset;
  for (size_t k = 1; k <= 4 && k < word.size(); ++k) {
    suffix = (suffix ^ static_cast<unsigned char>(text::ascii_lower(word[word.size() - k]))) * kFnvPrime;
    out.push_back(feature_key(kSuffix + static_cast<uint32_t>(k), suffix));
  }
  const auto word_keys = static_cast<uint32_t>(out.size() - first);  // the above: the word alone
  out.push_back(feature_key(kLowerPrev, lower_at(at - 1)));
  out.push_back(feature_key(kLowerNext, lower_at(at + 1)));
  out.push_back(feature_key(kLowerPrev2, lower_at(at - 2)));
  out.push_back(feature_key(kLowerNext2, lower_at(at + 2)));
  out.push_back(feature_key(kShapePrevCur, short_shape_at(at - 1), w.short_shape));
  out.push_back(feature_key(kShapeCurNext, w.short_shape, short_shape_at(at + 1)));
  out.push_back(feature_key(kShapePrevCurNext, short_shape_at(at - 1) * 31 + w.short_shape, short_shape_at(at + 1)));
  out.push_back(feature_key(kLowerPrevCur, lower_at(at - 1), w.lower));
  out.push_back(feature_key(kLowerCurNext, w.lower, lower_at(at + 1)));
  out.push_back(feature_key(kLowerPrevShape, lower_at(at - 1), w.short_shape));
  const uint32_t wcase = static_cast<uint32_t>(w.wcase);
  out.push_back(feature_key(kInitialCase, (i == 0 ? 16 : 0) + wcase));
  out.push_back(feature_key(kCaseWindow, case_at(at - 1) * 256 + wcase * 16 + case_at(at + 1)));
  out.push_back(feature_key(kUpperSentenceCase, (upper_sentence_ ? 16 : 0) + wcase, w.lower));
  if (is_capitalized(w.wcase) && !upper_sentence_) {
    const uint32_t length = std::min<uint32_t>(run_end_[i] - run_begin_[i], 4);
    const uint32_t position = (run_begin_[i] == i ? 1 : 0) + (run_end_[i] == i + 1 ? 2 : 0);
    out.push_back(feature_key(kRunShape, length * 4 + position));
    if (run_begin_[i] != i) out.push_back(feature_key(kRunFirst, info_[run_begin_[i]].lower));
    if (run_end_[i] != i + 1) out.push_back(feature_key(kRunLast, info_[run_end_[i] - 1].lower));
  }
  if (is_capitalized(w.wcase)) {
    const auto found = doc_flags_.find(w.lower);
    const uint32_t flags = found == doc_flags_.end() ? 0 : found->second;
    const uint32_t position = (i == 0 ? 1u : 0u) + (upper_sentence_ ? 2u : 0u);
    out.push_back(feature_key(kDocEvidence, flags * 64 + position * 16 + wcase));
  }
  for (int c = 0; c < kGazetteerClassCount; ++c) {
    const uint32_t bit = 1u << c;
    if (gaz_begin_[i] & bit) out.push_back(feature_key(kGazBegin + static_cast<uint32_t>(c), 1));
    if (gaz_inside_[i] & bit) out.push_back(feature_key(kGazInside + static_cast<uint32_t>(c), 1));
  }
  if (!first_pass_.empty()) first_pass_features(i, out);
  const uint32_t dict = gazetteer_.word_classes(word);
  out.push_back(feature_key(kDictWord, dict * 16 + wcase, i == 0 ? 1 : 0));
  return word_keys;
}

void NerFeatures::first_pass_features(uint32_t i, std::vector<uint32_t>& out) const {
  const size_t at = sentence_begin_ + i;
  const uint32_t label = first_pass_[at];
  const uint32_t before = i > 0 ? first_pass_[at - 1] : 31;
  const uint32_t after = i + 1 < info_.size() ? first_pass_[at + 1] : 31;
  out.push_back(feature_key(kPass1Label, label));
  out.push_back(feature_key(kPass1Window, before * 1024 + label * 32 + after));
  const Word& w = info_[i];
  if (w.wcase == WordCase::kLower) return;
  const auto found = first_pass_counts_.find(w.lower);
  if (found == first_pass_counts_.end()) return;
  // The word's labels elsewhere in the document: its own label removed.
  auto counts = found->second;
  --counts[count_slot(static_cast<Label>(label))];
  uint32_t total = 0;
  for (const uint16_t c : counts) total += c;
  if (total == 0) return;
  const size_t best = static_cast<size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  const uint32_t unanimous = counts[best] == total ? 1 : 0;
  out.push_back(feature_key(kPass1Doc, best * 2 + unanimous));
  out.push_back(feature_key(kPass1DocCase, best * 64 + static_cast<uint32_t>(w.wcase) * 2 + (i == 0 ? 1 : 0)));
}

void NerFeatures::token_features(uint32_t i, Label previous, Label before_previous, std::vector<uint32_t>& out) const {
  out.assign(static_keys_.begin() + static_begin_[i], static_keys_.begin() + static_begin_[i + 1]);
  const Word& w = info_[i];
  out.push_back(feature_key(kLabelPrev, previous));
  out.push_back(feature_key(kLabelPrev2, previous * 16u + before_previous));
  out.push_back(feature_key(kLabelPrevLower, previous, w.lower));
  out.push_back(feature_key(kLabelPrevShape, previous, w.short_shape));
  if (w.wcase == WordCase::kLower || w.wcase == WordCase::kOther) return;
  const auto found = history_.find(w.lower);
  if (found == history_.end()) return;
  const auto& counts = found->second;
  const size_t best = static_cast<size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  uint32_t total = 0;
  for (const uint16_t c : counts) total += c;
  const uint32_t unanimous = counts[best] == total ? 1 : 0;
  out.push_back(feature_key(kHistory, best * 2 + unanimous));
  out.push_back(feature_key(kHistoryCase, best * 64 + static_cast<uint32_t>(w.wcase) * 2 + (i == 0 ? 1 : 0)));
}

void NerFeatures::record(uint32_t i, Label label) {
  const Word& w = info_[i];
  if (w.wcase == WordCase::kLower || w.wcase == WordCase::kOther) return;
  auto& counts = history_[w.lower];
  const size_t slot = count_slot(label);
  if (counts[slot] < UINT16_MAX) ++counts[slot];
}

}  // namespace chorus::entities

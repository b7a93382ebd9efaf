#include "compare/pair_features.h"

#include <algorithm>
#include <cmath>

#include "compare/figure_groups.h"

namespace chorus::compare {
namespace {

constexpr std::string_view kNames[kFeatureCount] = {
    "word_cover",   "word_related",   "word_missing", "name_cover",   "name_missing",
    "figure_match", "figure_missing", "figure_conflict", "date_match", "date_missing",
    "date_conflict", "polarity",     "bigram_cover", "length",       "cosine",       "source_missing", "anchor",  "position"};

// Relative difference two figures may have when either is approximate.
constexpr double kTolerance = 0.05;

bool is_day(std::string_view value) { return value.size() == 10; }

// A month holds its days, a year its months: "2031-11" and "2031-11-19" agree.
bool dates_agree(std::string_view a, std::string_view b) {
  return a.size() <= b.size() ? b.substr(0, a.size()) == a : a.substr(0, b.size()) == b;
}

}  // namespace

std::string_view pair_feature_name(PairFeature feature) { return kNames[feature]; }

bool counterparts(const figures::Quantity& a, const figures::Quantity& b) {
  if (a.dimension != b.dimension) return false;
  if (a.dimension == figures::Dimension::kMoney && a.unit != b.unit) return false;
  if (a.event != figures::Event::kNone && b.event != figures::Event::kNone && a.event != b.event) return false;
  if (a.head == figures::kNoStem || b.head == figures::kNoStem || a.generic_head || b.generic_head) return true;
  return a.head == b.head;
}

PairFeatures set_aside_disagreements(PairFeatures f) {
  f[kFigureConflict] = f[kDateConflict] = f[kPolarity] = 0;
  return f;
}

PairFeatures pair_features(const SentenceFacts& a, const SentenceFacts& b) {
  PairFeatures f{};
  // Words: exact stems first, then WordNet relations among the rest.
  double covered = 0, related = 0, dot = 0, anchor = 0;
  size_t k = 0;
  for (const FactWord& word : a.words) {
    while (k < b.words.size() && b.words[k].stem < word.stem) ++k;
    if (k < b.words.size() && b.words[k].stem == word.stem) {
      anchor = std::max(anchor, double{word.weight});
      covered += word.weight;
      dot += double{word.weight} * b.words[k].weight;
    } else if (word.entity >= 0 && std::binary_search(b.names.begin(), b.names.end(), uint32_t(word.entity))) {
      anchor = std::max(anchor, double{word.weight});
      covered += word.weight;  // another name of the same entity
      dot += double{word.weight} * word.weight;
    } else if (std::any_of(word.classes.begin(), word.classes.end(), [&](uint32_t c) {
                 return b.may_have_class(c) && std::binary_search(b.classes.begin(), b.classes.end(), c);
               })) {
      related += word.weight;  // a synonym or derivation of one of B's words
    }
  }
  if (a.word_weight > 0) {
    f[kWordCover] = covered / a.word_weight;
    f[kWordRelated] = related / a.word_weight;
  }
  f[kWordMissing] = std::log1p(std::max(0.0, a.word_weight - covered - related));

  size_t shared_names = 0;
  {
    size_t j = 0;
    for (uint32_t name : a.names) {
      while (j < b.names.size() && b.names[j] < name) ++j;
      shared_names += j < b.names.size() && b.names[j] == name;
    }
  }
  if (!a.names.empty()) f[kNameCover] = static_cast<double>(shared_names) / a.names.size();
  f[kNameMissing] = static_cast<double>(a.names.size() - shared_names);

  for (const FactFigure& x : a.figures) {
    bool any = false, agree = false;
    for (const FactFigure& y : b.figures) {
      if (!counterparts(*x.quantity, *y.quantity)) continue;
      any = true;
      agree |= consistent(*x.quantity, *y.quantity, kTolerance);
    }
    if (agree) {
      f[kFigureMatch] += 1;
    } else if (any) {
      f[kFigureConflict] += 1;
    } else {
      f[kFigureMissing] += 1;
    }
  }
  const bool b_has_days = std::any_of(b.dates.begin(), b.dates.end(), [](const FactDate& d) { return is_day(d.value); });
  for (const FactDate& x : a.dates) {
    const bool agree = std::any_of(b.dates.begin(), b.dates.end(),
                                   [&](const FactDate& y) { return dates_agree(x.value, y.value); });
    if (agree) {
      f[kDateMatch] += 1;
    } else if (is_day(x.value) && b_has_days) {
      f[kDateConflict] += 1;
    } else {
      f[kDateMissing] += 1;
    }
  }
  f[kPolarity] = a.negated != b.negated ? 1 : 0;

  if (!a.bigrams.empty()) {
    size_t shared = 0, j = 0;
    for (uint64_t bigram : a.bigrams) {
      while (j < b.bigrams.size() && b.bigrams[j] < bigram) ++j;
      shared += j < b.bigrams.size() && b.bigrams[j] == bigram;
    }
    f[kBigramCover] = static_cast<double>(shared) / a.bigrams.size();
  }
  f[kLength] = std::log1p(a.content_words);

  double norm_a = 0, norm_b = 0;
  for (const FactWord& w : a.words) norm_a += double{w.weight} * w.weight;
  for (const FactWord& w : b.words) norm_b += double{w.weight} * w.weight;
  if (norm_a > 0 && norm_b > 0) f[kCosine] = dot / std::sqrt(norm_a * norm_b);

  double source_missing = 0;
  for (const FactWord& word : a.attribution) {
    auto has = [&](const std::vector<FactWord>& words) {
      return std::binary_search(words.begin(), words.end(), word,
                                [](const FactWord& x, const FactWord& y) { return x.stem < y.stem; });
    };
    if (!has(b.attribution) && !has(b.words)) source_missing += word.weight;
  }
  f[kSourceMissing] = std::log1p(source_missing);
  f[kAnchor] = anchor;
  f[kPosition] = std::log1p(a.position);
  return f;
}

}  // namespace chorus::compare

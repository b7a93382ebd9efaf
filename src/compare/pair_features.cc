#include "compare/pair_features.h"

#include <algorithm>
#include <cmath>

#include "compare/figure_groups.h"
#include "core/sorted_sets.h"

namespace chorus::compare {
namespace {

constexpr std::string_view kNames[kFeatureCount] = {
    "word_cover",   "word_related",   "word_missing", "name_cover",   "name_missing",
    "figure_match", "figure_missing", "figure_conflict", "date_match", "date_missing",
    "date_conflict", "polarity",     "bigram_cover", "length",       "cosine",       "source_missing", "anchor",  "position"};


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

namespace {

// What one direction reads from the words both sentences share.
struct WordMatch {
  double covered = 0, related = 0, anchor = 0;
};

// A word of one sentence the other does not have by stem: another name of
// the same entity covers it, a synonym or derivation relates it.
void match_unshared(const FactWord& word, const SentenceFacts& other, WordMatch& m) {
  if (word.entity >= 0 && std::binary_search(other.names.begin(), other.names.end(), uint32_t(word.entity))) {
    m.anchor = std::max(m.anchor, double{word.weight});
    m.covered += word.weight;
    return;
  }
  for (uint32_t c : word.classes()) {
    if (other.may_have_class(c) && std::binary_search(other.classes.begin(), other.classes.end(), c)) {
      m.related += word.weight;
      return;
    }
  }
}

void figures_and_dates(const SentenceFacts& a, const SentenceFacts& b, PairFeatures& f) {
  for (const FactFigure& x : a.figures) {
    bool any = false, agree = false;
    for (const FactFigure& y : b.figures) {
      if (!counterparts(*x.quantity, *y.quantity)) continue;
      any = true;
      agree |= consistent(*x.quantity, *y.quantity, kFigureTolerance);
    }
    f[agree ? kFigureMatch : any ? kFigureConflict : kFigureMissing] += 1;
  }
  const bool b_has_days = std::any_of(b.dates.begin(), b.dates.end(), [](const FactDate& d) { return is_day(d.value); });
  for (const FactDate& x : a.dates) {
    const bool agree = std::any_of(b.dates.begin(), b.dates.end(),
                                   [&](const FactDate& y) { return dates_agree(x.value, y.value); });
    f[agree ? kDateMatch : is_day(x.value) && b_has_days ? kDateConflict : kDateMissing] += 1;
  }
}

double source_missing(const SentenceFacts& a, const SentenceFacts& b) {
  const auto by_stem = [](const FactWord& x, const FactWord& y) { return x.stem < y.stem; };
  double missing = 0;
  for (const FactWord& word : a.attribution) {
    if (!std::binary_search(b.attribution.begin(), b.attribution.end(), word, by_stem) &&
        !std::binary_search(b.words.begin(), b.words.end(), word, by_stem))
      missing += word.weight;
  }
  return missing;
}

// The features of one direction from what both share.
void fill(const SentenceFacts& a, const SentenceFacts& b, const WordMatch& m, size_t shared_names,
          size_t shared_bigrams, double cosine, PairFeatures& f) {
  if (a.word_weight > 0) {
    f[kWordCover] = m.covered / a.word_weight;
    f[kWordRelated] = m.related / a.word_weight;
  }
  f[kWordMissing] = std::log1p(std::max(0.0, a.word_weight - m.covered - m.related));
  if (!a.names.empty()) f[kNameCover] = static_cast<double>(shared_names) / a.names.size();
  f[kNameMissing] = static_cast<double>(a.names.size() - shared_names);
  figures_and_dates(a, b, f);
  f[kPolarity] = a.negated != b.negated ? 1 : 0;
  if (!a.bigrams.empty()) f[kBigramCover] = static_cast<double>(shared_bigrams) / a.bigrams.size();
  f[kLength] = std::log1p(a.content_words);
  f[kCosine] = cosine;
  f[kSourceMissing] = std::log1p(source_missing(a, b));
  f[kAnchor] = m.anchor;
  f[kPosition] = std::log1p(a.position);
}

}  // namespace

void pair_features(const SentenceFacts& a, const SentenceFacts& b, PairFeatures& ab, PairFeatures& ba) {
  ab = {};
  ba = {};
  // Words: the stems both have, in one merge; then each side's others.
  WordMatch ma, mb;
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.words.size() || j < b.words.size()) {
    if (j == b.words.size() || (i < a.words.size() && a.words[i].stem < b.words[j].stem)) {
      match_unshared(a.words[i++], b, ma);
    } else if (i == a.words.size() || b.words[j].stem < a.words[i].stem) {
      match_unshared(b.words[j++], a, mb);
    } else {
      const double wa = a.words[i++].weight, wb = b.words[j++].weight;
      ma.covered += wa, mb.covered += wb;
      ma.anchor = std::max(ma.anchor, wa), mb.anchor = std::max(mb.anchor, wb);
      dot += wa * wb;
    }
  }
  const double cosine = a.word_norm > 0 && b.word_norm > 0 ? dot / (a.word_norm * b.word_norm) : 0.0;
  const size_t names = count_shared(a.names, b.names);
  const size_t bigrams = count_shared(a.bigrams, b.bigrams);
  fill(a, b, ma, names, bigrams, cosine, ab);
  fill(b, a, mb, names, bigrams, cosine, ba);
}

PairFeatures pair_features(const SentenceFacts& a, const SentenceFacts& b) {
  PairFeatures ab, ba;
  pair_features(a, b, ab, ba);
  return ab;
}

}  // namespace chorus::compare

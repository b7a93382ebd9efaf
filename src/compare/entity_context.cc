#include "compare/entity_context.h"

#include <algorithm>
#include <cmath>

namespace chorus::compare {
namespace {

constexpr uint32_t kContextWords = 60;

}  // namespace

ContextWeights::ContextWeights(const Cluster& cluster) {
  std::vector<uint32_t> df(cluster.lexicon.size(), 0);
  std::vector<uint32_t> seen(cluster.lexicon.size(), UINT32_MAX);
  uint32_t sentences = 0;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& sentence : doc.sentences) {
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const uint32_t stem = doc.tokens[t].stem;
        if (stem < seen.size() && seen[stem] != sentences) {
          seen[stem] = sentences;
          ++df[stem];
        }
      }
      ++sentences;
    }
  }
  idf_.resize(df.size(), 0);
  for (size_t i = 0; i < df.size(); ++i)
    if (df[i]) idf_[i] = static_cast<float>(std::log(1.0 + static_cast<double>(sentences) / df[i]));
}

void ContextWeights::add(const Cluster& cluster, uint32_t doc, uint32_t sentence, Span name, ContextBag& bag) const {
  const Document& d = cluster.documents[doc];
  if (sentence >= d.sentences.size()) return;
  const Sentence& s = d.sentences[sentence];
  // The words within kContextWords of the name: ordinary sentences whole, a
  // "sentence" of thousands of words (a text without full stops) a bounded part.
  const auto at = static_cast<uint32_t>(
      std::lower_bound(d.tokens.begin() + s.token_begin, d.tokens.begin() + s.token_end, name.begin,
                       [](const Token& t, uint32_t a) { return t.span.begin < a; }) -
      d.tokens.begin());
  const uint32_t begin = std::max(s.token_begin, at - std::min(at, kContextWords));
  const uint32_t end = std::min(s.token_end, at + kContextWords);
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = d.tokens[t];
    if (token.stop || name.contains(token.span) || token.stem >= idf_.size()) continue;
    bag.emplace_back(token.stem, idf_[token.stem]);
  }
}

void normalize(ContextBag& bag) {
  std::sort(bag.begin(), bag.end());
  size_t out = 0;
  for (size_t i = 0; i < bag.size(); ++i) {
    if (out > 0 && bag[out - 1].first == bag[i].first) bag[out - 1].second += bag[i].second;
    else bag[out++] = bag[i];
  }
  bag.resize(out);
}

void merge_into(ContextBag& into, const ContextBag& from) {
  ContextBag merged;
  merged.reserve(into.size() + from.size());
  size_t i = 0, j = 0;
  while (i < into.size() || j < from.size()) {
    if (j == from.size() || (i < into.size() && into[i].first < from[j].first)) merged.push_back(into[i++]);
    else if (i == into.size() || from[j].first < into[i].first) merged.push_back(from[j++]);
    else merged.emplace_back(into[i].first, into[i].second + from[j].second), ++i, ++j;
  }
  into.swap(merged);
}

double context_similarity(const ContextBag& a, const ContextBag& b) {
  double dot = 0, na = 0, nb = 0, shared_a = 0, shared_b = 0, sum_a = 0, sum_b = 0;
  for (const auto& [stem, w] : a) na += w * w, sum_a += w;
  for (const auto& [stem, w] : b) nb += w * w, sum_b += w;
  if (na == 0 || nb == 0) return 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else {
      dot += a[i].second * b[j].second;
      shared_a += a[i].second;
      shared_b += b[j].second;
      ++i, ++j;
    }
  }
  const double cosine = dot / std::sqrt(na * nb);
  const double coverage = sum_a <= sum_b ? shared_a / sum_a : shared_b / sum_b;
  return (cosine + coverage) / 2;
}

}  // namespace chorus::compare

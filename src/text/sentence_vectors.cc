#include "text/sentence_vectors.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

#include "text/attribution.h"
#include "text/number_words.h"

namespace chorus::text {

namespace {

// Calls fn(weight in a, weight in b) for every term both vectors have.
template <typename Fn>
void for_each_shared(const SparseVector& a, const SparseVector& b, Fn fn) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      fn(a[i++].second, b[j++].second);
    }
  }
}

}  // namespace

double dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  for_each_shared(a, b, [&](double x, double y) { sum += x * y; });
  return sum;
}

double coverage(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  for_each_shared(a, b, [&](double x, double) { sum += x * x; });
  return sum;
}

namespace {

// The stem a token compares by: a number word as its digits when the cluster
// writes them ("Twelve people" and "12 people" share a term).
uint32_t comparable_stem(const Lexicon& lexicon, const Token& token) {
  if (token.kind != TokenKind::kWord) return token.stem;
  const int value = number_word_value(lexicon.str(token.term));
  if (value < 0) return token.stem;
  const std::optional<uint32_t> digits = lexicon.find(std::to_string(value));
  if (!digits || lexicon.info(*digits).stem == Lexicon::kUnset) return token.stem;
  return lexicon.info(*digits).stem;
}

// Term counts of one sentence's content stems, sorted by stem id. `names`:
// the document's name mentions, sorted by start; a name counts once, as term
// lexicon.size() + its entity number, in place of its words.
SparseVector term_counts(const Lexicon& lexicon, const Document& doc, const Sentence& sentence,
                         const VectorOptions& options, std::span<const NameMention> names) {
  SparseVector counts;
  if (sentence.token_begin == sentence.token_end) return counts;
  const std::vector<bool> attribution =
      options.claims ? attribution_tokens(lexicon, doc, sentence) : std::vector<bool>();
  auto name = std::lower_bound(names.begin(), names.end(), doc.tokens[sentence.token_begin].span.begin,
                               [](const NameMention& m, uint32_t at) { return m.span.end <= at; });
  const NameMention* counted = nullptr;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const Token& token = doc.tokens[t];
    if (options.claims && attribution[t - sentence.token_begin]) continue;
    while (name != names.end() && name->span.end <= token.span.begin) ++name;
    if (name != names.end() && name->span.begin <= token.span.begin && token.span.end <= name->span.end) {
      if (counted != &*name) counts.emplace_back(lexicon.size() + name->name, 1.0);
      counted = &*name;
      continue;
    }
    if (token.stop) continue;
    counts.emplace_back(options.claims ? comparable_stem(lexicon, token) : token.stem, 1.0);
  }
  std::sort(counts.begin(), counts.end());
  SparseVector merged;
  for (const auto& [stem, count] : counts) {
    if (!merged.empty() && merged.back().first == stem) {
      merged.back().second += count;
    } else {
      merged.emplace_back(stem, count);
    }
  }
  return merged;
}

}  // namespace

SentenceVectors::SentenceVectors(const Cluster& cluster, VectorOptions options) {
  std::unordered_map<uint32_t, uint32_t> document_frequency;  // over sentences
  size_t total = 0;
  vectors_.resize(cluster.documents.size());
  term_bound_ = cluster.lexicon.size();
  std::vector<std::vector<NameMention>> names(cluster.documents.size());
  for (const NameMention& m : options.names) {
    if (m.doc >= names.size()) continue;
    names[m.doc].push_back(m);
    term_bound_ = std::max(term_bound_, cluster.lexicon.size() + m.name + 1);
  }
  for (auto& doc_names : names)
    std::sort(doc_names.begin(), doc_names.end(),
              [](const NameMention& a, const NameMention& b) { return a.span.begin < b.span.begin; });
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    vectors_[d].reserve(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences) {
      vectors_[d].push_back(term_counts(cluster.lexicon, doc, sentence, options, names[d]));
      for (const auto& entry : vectors_[d].back()) ++document_frequency[entry.first];
      ++total;
    }
  }
  for (auto& doc_vectors : vectors_) {
    for (SparseVector& vector : doc_vectors) {
      double norm = 0;
      for (auto& [stem, weight] : vector) {
        weight *= std::log(static_cast<double>(total) / document_frequency[stem]);
        norm += weight * weight;
      }
      norm = std::sqrt(norm);
      for (auto& entry : vector) entry.second = norm > 0 ? entry.second / norm : 0;
    }
  }
}

}  // namespace chorus::text

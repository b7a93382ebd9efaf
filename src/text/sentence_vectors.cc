#include "text/sentence_vectors.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>


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

// Term counts of one sentence's content stems, sorted by stem id.
SparseVector term_counts(const Document& doc, const Sentence& sentence) {
  SparseVector counts;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    if (!doc.tokens[t].stop) counts.emplace_back(doc.tokens[t].stem, 1.0);
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

SentenceVectors::SentenceVectors(const Cluster& cluster) : term_bound_(cluster.lexicon.size()) {
  std::unordered_map<uint32_t, uint32_t> document_frequency;  // over sentences
  size_t total = 0;
  vectors_.resize(cluster.documents.size());
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    vectors_[d].reserve(doc.sentences.size());
    for (const Sentence& sentence : doc.sentences) {
      vectors_[d].push_back(term_counts(doc, sentence));
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

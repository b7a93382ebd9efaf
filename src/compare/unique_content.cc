#include "compare/unique_content.h"

#include <algorithm>

namespace chorus::compare {
namespace {

// One sentence's weight for one stem, in an inverted index by stem.
struct Posting {
  uint32_t sentence;  // global sentence index
  double weight;
};

}  // namespace

std::vector<std::vector<uint32_t>> unique_sentences(const Cluster& cluster,
                                                    const text::SentenceVectors& vectors,
                                                    const UniqueOptions& options) {
  const size_t docs = cluster.documents.size();
  std::vector<std::vector<uint32_t>> out(docs);
  // Global sentence index -> document; first global index of each document.
  std::vector<uint32_t> doc_of, first(docs + 1, 0);
  for (uint32_t d = 0; d < docs; ++d) {
    first[d + 1] = first[d] + static_cast<uint32_t>(vectors.sentences(d));
    doc_of.insert(doc_of.end(), vectors.sentences(d), d);
  }
  // Inverted index (counting sort by stem): only sentences sharing a stem with
  // a claim can support it, so scoring visits those alone. The all-pairs
  // support_score loop is the slow twin, kept in the tests.
  const uint32_t stems = vectors.term_bound();
  std::vector<uint32_t> offsets(stems + 1, 0);
  for (uint32_t d = 0; d < docs; ++d) {
    for (uint32_t s = 0; s < vectors.sentences(d); ++s) {
      for (const auto& [stem, weight] : vectors.of(d, s)) ++offsets[stem + 1];
    }
  }
  for (uint32_t t = 0; t < stems; ++t) offsets[t + 1] += offsets[t];
  std::vector<Posting> postings(offsets[stems]);
  std::vector<uint32_t> fill(offsets.begin(), offsets.end() - 1);
  for (uint32_t d = 0; d < docs; ++d) {
    for (uint32_t s = 0; s < vectors.sentences(d); ++s) {
      for (const auto& [stem, weight] : vectors.of(d, s)) postings[fill[stem]++] = Posting{first[d] + s, weight};
    }
  }

  // Per claim: dot product and covered squared weight with every sentence
  // sharing a stem, accumulated over the claim's postings.
  std::vector<double> dot(first[docs], 0), covered(first[docs], 0);
  std::vector<uint32_t> touched;
  for (uint32_t d = 0; d < docs; ++d) {
    const Document& doc = cluster.documents[d];
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      uint32_t content = 0;
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        content += !doc.tokens[t].stop && doc.tokens[t].kind == TokenKind::kWord;
      }
      if (content < options.min_content_words) continue;
      touched.clear();
      for (const auto& [stem, weight] : vectors.of(d, s)) {
        for (uint32_t p = offsets[stem]; p < offsets[stem + 1]; ++p) {
          const Posting& posting = postings[p];
          if (doc_of[posting.sentence] == d) continue;
          if (dot[posting.sentence] == 0 && covered[posting.sentence] == 0) touched.push_back(posting.sentence);
          dot[posting.sentence] += weight * posting.weight;
          covered[posting.sentence] += weight * weight;
        }
      }
      // support_score = (cosine + coverage) / 2, as find_support decides it.
      bool supported = false;
      for (uint32_t o : touched) {
        supported |= (dot[o] + covered[o]) / 2 >= options.threshold;
        dot[o] = covered[o] = 0;
      }
      if (!supported) out[d].push_back(s);
    }
  }
  return out;
}

}  // namespace chorus::compare

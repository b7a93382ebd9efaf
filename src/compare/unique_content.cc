#include "compare/unique_content.h"

#include "chorus/error.h"

namespace chorus::compare {

std::vector<std::vector<uint32_t>> unique_sentences(const Cluster& cluster, const ClaimSet& claims,
                                                    const UniqueOptions& options, std::stop_token stop) {
  std::vector<std::vector<uint32_t>> out(cluster.documents.size());
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      if ((s & 1023) == 0 && stop.stop_requested()) throw Cancelled();
      const Sentence& sentence = doc.sentences[s];
      uint32_t content = 0;
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t)
        content += !doc.tokens[t].stop && doc.tokens[t].kind == TokenKind::kWord;
      if (content < options.min_content_words) continue;
      bool shared = false;
      for (uint32_t c : claims.of({d, s})) shared |= claims.claims[c].outlets >= 2;
      if (!shared) out[d].push_back(s);
    }
  }
  return out;
}

}  // namespace chorus::compare

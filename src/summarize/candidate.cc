#include "summarize/candidate.h"

#include "text/tokenizer.h"

namespace chorus::summarize {
namespace {

// A sentence that is a question or ends in a colon introduces something else;
// it does not report the event. Closing quotes after the mark are skipped.
bool reads_as_statement(std::string_view sentence) {
  for (;;) {
    if (sentence.ends_with('"') || sentence.ends_with('\'') || sentence.ends_with(')')) {
      sentence.remove_suffix(1);
    } else if (sentence.ends_with("\u201D") || sentence.ends_with("\u2019")) {
      sentence.remove_suffix(3);
    } else if (sentence.ends_with("\u00BB")) {
      sentence.remove_suffix(2);
    } else {
      break;
    }
  }
  return !sentence.empty() && sentence.back() != '?' && sentence.back() != ':';
}

// Opening quotation marks: ASCII, newswire ``, curly and guillemets.
bool opens_with_quote(std::string_view sentence) {
  for (std::string_view mark : {"\"", "``", "'", "\u201C", "\u2018", "\u00AB", "\u201E"}) {
    if (sentence.starts_with(mark)) return true;
  }
  return false;
}

}  // namespace

std::vector<Candidate> collect_candidates(const Cluster& cluster, const CandidateOptions& options) {
  std::vector<Candidate> candidates;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      const uint32_t words = text::count_words(doc.at(sentence.span));
      if (words < options.min_words || words > options.max_words) continue;
      if (!reads_as_statement(doc.at(sentence.span))) continue;
      Candidate candidate;
      candidate.doc = d;
      candidate.sentence = s;
      candidate.words = words;
      candidate.position = s;
      candidate.quotation = opens_with_quote(doc.at(sentence.span));
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const Token& token = doc.tokens[t];
        if (!token.stop) candidate.content.push_back(token.stem);
        if (t + 1 < sentence.token_end && !(token.stop && doc.tokens[t + 1].stop)) {
          candidate.bigrams.push_back(bigram_key(token.stem, doc.tokens[t + 1].stem));
        }
      }
      candidates.push_back(std::move(candidate));
    }
  }
  return candidates;
}

}  // namespace chorus::summarize

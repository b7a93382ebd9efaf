#include "compare/distinctive_terms.h"

#include <algorithm>
#include <cmath>
#include <stop_token>
#include <string_view>
#include <unordered_map>

#include "chorus/error.h"

#include "text/ascii.h"

namespace chorus::compare {
namespace {

bool content(const Document& doc, const Token& token) {
  return !token.stop && token.kind == TokenKind::kWord && token.span.size() > 1 &&
         !text::is_ascii_digit(doc.text[token.span.begin]);
}

// Two tokens read as one phrase: only spaces or one hyphen between them.
bool adjacent(const Document& doc, const Token& a, const Token& b) {
  const std::string_view gap = std::string_view(doc.text).substr(a.span.end, b.span.begin - a.span.end);
  if (gap == "-") return true;
  return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
}

uint64_t pair_key(uint32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }

// Stem pair -> dense id in first-seen order: open addressing with linear
// probing, kept at most half full (grown by doubling, so its memory follows
// the distinct pairs, not the tokens).
class PairIds {
 public:
  uint32_t id(uint64_t key) {
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) {
        slots_[i] = static_cast<uint32_t>(keys_.size());
        keys_.push_back(key);
        return slots_[i];
      }
      if (keys_[slots_[i]] == key) return slots_[i];
    }
  }
  const std::vector<uint64_t>& keys() const { return keys_; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static size_t slot_of(uint64_t key, size_t mask) { return (key * 0x9E3779B97F4A7C15ULL) >> 20 & mask; }
  void grow() {
    slots_.assign(std::max<size_t>(16, 2 * slots_.size()), kEmpty);
    const size_t mask = slots_.size() - 1;
    for (uint32_t id = 0; id < keys_.size(); ++id) {
      size_t i = slot_of(keys_[id], mask);
      while (slots_[i] != kEmpty) i = (i + 1) & mask;
      slots_[i] = id;
    }
  }
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> keys_;  // by id
};

// One term occurrence: a stem, or (vocabulary + pair id); its tokens.
struct Occurrence {
  uint32_t key;
  uint32_t first, last;
};

}  // namespace

std::vector<std::vector<TermScore>> distinctive_terms(const Cluster& cluster, const DistinctiveOptions& options,
                                                      std::stop_token stop) {
  const size_t docs = cluster.documents.size();
  std::vector<std::vector<TermScore>> out(docs);
  if (docs < 2) return out;
  const uint32_t vocabulary = cluster.lexicon.size();
  // Every occurrence once, in text order, each document's a contiguous range:
  // counted first, then stored in an array of that size.
  auto for_each_occurrence = [&](const Document& doc, auto&& term, auto&& phrase) {
    for (const Sentence& sentence : doc.sentences) {
      if (stop.stop_requested()) throw Cancelled();
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const Token& token = doc.tokens[t];
        if (!content(doc, token)) continue;
        term(token, t);
        if (!options.bigrams || t + 1 >= sentence.token_end) continue;
        const Token& next = doc.tokens[t + 1];
        if (content(doc, next) && adjacent(doc, token, next)) phrase(token, next, t);
      }
    }
  };
  size_t occurrence_count = 0;
  for (const Document& doc : cluster.documents)
    for_each_occurrence(
        doc, [&](const Token&, uint32_t) { ++occurrence_count; },
        [&](const Token&, const Token&, uint32_t) { ++occurrence_count; });
  PairIds pairs;
  std::vector<Occurrence> occurrences;
  occurrences.reserve(occurrence_count);
  std::vector<size_t> doc_begin(docs + 1, 0);
  for (size_t d = 0; d < docs; ++d) {
    for_each_occurrence(
        cluster.documents[d], [&](const Token& token, uint32_t t) { occurrences.push_back(Occurrence{token.stem, t, t}); },
        [&](const Token& token, const Token& next, uint32_t t) {
          occurrences.push_back(Occurrence{vocabulary + pairs.id(pair_key(token.stem, next.stem)), t, t + 1});
        });
    doc_begin[d + 1] = occurrences.size();
  }
  const size_t terms = vocabulary + pairs.keys().size();
  // Cluster counts; each document's own counts go through one scratch array
  // (memory in the vocabulary, not documents x vocabulary).
  std::vector<uint32_t> counts(terms, 0), cluster_counts(terms, 0);
  for (const Occurrence& o : occurrences) ++cluster_counts[o.key];
  const double total = static_cast<double>(occurrences.size());
  const double a0 = options.prior_scale;
  std::vector<uint32_t> used;  // the current document's distinct terms
  for (size_t d = 0; d < docs; ++d) {
    if (stop.stop_requested()) throw Cancelled();
    const Document& doc = cluster.documents[d];
    const double n_i = static_cast<double>(doc_begin[d + 1] - doc_begin[d]), n_j = total - n_i;
    if (n_i == 0 || n_j == 0) continue;
    for (uint32_t w : used) counts[w] = 0;
    used.clear();
    for (size_t o = doc_begin[d]; o < doc_begin[d + 1]; ++o) {
      if (counts[occurrences[o].key]++ == 0) used.push_back(occurrences[o].key);
    }
    struct Candidate {
      uint32_t key;
      double z;
      uint32_t count;
      uint32_t first = UINT32_MAX, last = 0;  // tokens of the first occurrence
    };
    std::vector<Candidate> candidates;
    for (const uint32_t w : used) {
      const double y_i = counts[w];
      const double y_j = cluster_counts[w] - y_i;
      const double a_w = a0 * cluster_counts[w] / total;
      const double delta = std::log((y_i + a_w) / (n_i + a0 - y_i - a_w)) -
                           std::log((y_j + a_w) / (n_j + a0 - y_j - a_w));
      const double z = delta / std::sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w));
      if (z >= options.min_z) candidates.push_back(Candidate{w, z, static_cast<uint32_t>(y_i)});
    }
    if (candidates.empty()) continue;
    // The most frequent surface form of each candidate, ties to the first.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.key < b.key; });
    std::vector<std::vector<Span>> surfaces(candidates.size());
    for (size_t o = doc_begin[d]; o < doc_begin[d + 1]; ++o) {
      const Occurrence& occurrence = occurrences[o];
      const auto it = std::lower_bound(candidates.begin(), candidates.end(), occurrence.key,
                                       [](const Candidate& c, uint32_t k) { return c.key < k; });
      if (it == candidates.end() || it->key != occurrence.key) continue;
      surfaces[it - candidates.begin()].push_back(
          Span{doc.tokens[occurrence.first].span.begin, doc.tokens[occurrence.last].span.end});
    }
    // Surface forms counted through a hash map: a word repeated 80,000
    // times costs 80,000 steps, not 80,000 squared.
    std::unordered_map<std::string_view, std::pair<size_t, size_t>> forms;  // -> (count, first index)
    for (size_t c = 0; c < candidates.size(); ++c) {
      const std::vector<Span>& spans = surfaces[c];
      forms.clear();
      size_t best = 0, best_count = 0;
      for (size_t s = 0; s < spans.size(); ++s) {
        auto& [count, first] = forms.try_emplace(doc.at(spans[s]), 0, s).first->second;
        ++count;
        if (count > best_count || (count == best_count && first < best)) best = first, best_count = count;
      }
      candidates[c].first = spans[best].begin;
      candidates[c].last = spans[best].end;
    }
    // A word that occurs only inside a selected pair ("sea" of "sea-wall")
    // adds nothing: the pair stands for it.
    std::vector<bool> covered(candidates.size(), false);
    for (const Candidate& pair : candidates) {
      if (pair.key < vocabulary) continue;
      const uint64_t stems = pairs.keys()[pair.key - vocabulary];
      for (uint32_t stem : {static_cast<uint32_t>(stems >> 32), static_cast<uint32_t>(stems)}) {
        const auto it = std::lower_bound(candidates.begin(), candidates.end(), stem,
                                         [](const Candidate& c, uint32_t k) { return c.key < k; });
        if (it != candidates.end() && it->key == stem && it->count == pair.count) covered[it - candidates.begin()] = true;
      }
    }
    size_t kept = 0;
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (!covered[c]) candidates[kept++] = candidates[c];
    }
    candidates.resize(kept);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.z != b.z ? a.z > b.z : a.first < b.first;
    });
    for (const Candidate& c : candidates) {
      if (out[d].size() >= options.max_terms) break;
      out[d].push_back(TermScore{Span{c.first, c.last}, c.z, c.count});
    }
  }
  return out;
}

}  // namespace chorus::compare

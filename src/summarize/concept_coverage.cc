// Concept coverage, the default method: choose the sentences that together
// cover the most weight of the cluster's concepts (summarize/concepts.h),
// each concept counted once, so redundancy costs without a separate penalty.
//
// Three additions to Gillick and Favre's model, all about news writing:
// versions of one story (wire updates, the same article twice) count as one
// document (story_versions.h); a concept is worth more when documents state
// it in their lead (ConceptOptions lead_bonus); and a concept counts at the
// prominence of the most prominent chosen sentence that states it,
// prominence = 1 + 1/(2(position + 1)): the first sentence of an article
// 1.5, its tenth about 1.05. The objective
//   F(S) = sum over concepts c of weight(c) * max over s in S with c of prominence(s)
// is monotone submodular, so a greedy by gain per word, checked against the
// best single sentence, is within a constant factor of the optimum (a swap
// search that got closer to it did not score better on DUC 2004). Direct
// quotations and sentences under ten words are left out: they rarely stand
// alone as a report of the event; so is a sentence whose content words are
// mostly (70%) in the summary already.
// Parameters (lead bonus 1 over the first three sentences, prominence
// 1/(2(position + 1)), ten words, 70%, versions sharing half their bigrams)
// were set on DUC 2004 and are fixed.
#include <algorithm>

#include "chorus/error.h"
#include "summarize/concepts.h"
#include "summarize/method.h"
#include "summarize/story_versions.h"

namespace chorus::summarize {
namespace {

constexpr uint32_t kMinWords = 10;
constexpr double kLeadBonus = 1.0;
constexpr uint32_t kLeadSentences = 3;
constexpr double kProminence = 0.5;
constexpr double kRepeatShare = 0.7;

class ConceptCoverage final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget,
                               const std::stop_token& stop) const override {
    Search search(cluster, candidates);
    if (search.concepts.weight.empty()) return in_order(candidates, budget);

    std::vector<uint32_t> chosen = search.greedy(budget, stop);
    if (budget.fill) return chosen;  // the best single sentence rarely fills a budget
    // The greedy's guarantee needs the best single sentence as a start too.
    int single = -1;
    double single_value = search.value(chosen);
    for (uint32_t i : search.eligible) {
      if (!budget.fits(0, candidates[i].words)) continue;
      const double value = search.value({i});
      if (value > single_value) {
        single = static_cast<int>(i);
        single_value = value;
      }
    }
    if (single >= 0) chosen = search.greedy(budget, stop, {static_cast<uint32_t>(single)});
    return chosen;
  }

 private:
  struct Search {
    const std::vector<Candidate>& candidates;
    Concepts concepts;
    std::vector<double> prominence;   // per candidate
    std::vector<uint32_t> eligible;   // candidates the method may choose
    std::vector<uint16_t> stem_documents;  // per stem id: documents whose eligible sentences use it
    std::vector<double> best;         // scratch: per concept, its prominence in the summary
    std::vector<uint32_t> touched;    // scratch: concepts whose `best` is set

    Search(const Cluster& cluster, const std::vector<Candidate>& all) : candidates(all) {
      std::vector<char> counted(all.size(), 0);
      prominence.resize(all.size());
      for (uint32_t i = 0; i < all.size(); ++i) {
        prominence[i] = 1.0 + kProminence / (all[i].position + 1.0);
        counted[i] = all[i].words >= kMinWords && !all[i].quotation;
      }
      if (std::find(counted.begin(), counted.end(), 1) == counted.end()) {
        counted.assign(all.size(), 1);  // only short sentences: take what there is
      }
      for (uint32_t i = 0; i < all.size(); ++i) {
        if (counted[i]) eligible.push_back(i);
      }
      concepts = extract_concepts(cluster, all, {kLeadBonus, kLeadSentences, story_versions(cluster, all)}, counted);
      stem_documents.assign(cluster.lexicon.size(), 0);
      std::vector<uint32_t> last_document(cluster.lexicon.size(), UINT32_MAX);
      for (uint32_t i : eligible) {
        for (uint32_t stem : all[i].content) {
          if (last_document[stem] != all[i].doc) {
            last_document[stem] = all[i].doc;
            ++stem_documents[stem];
          }
        }
      }
      best.assign(concepts.weight.size(), 0.0);
    }

    // F of a set of candidates.
    double value(const std::vector<uint32_t>& set) {
      double total = 0;
      for (uint32_t i : set) {
        for (uint32_t c : concepts.of_candidate[i]) {
          if (best[c] == 0) touched.push_back(c);
          if (prominence[i] > best[c]) {
            total += concepts.weight[c] * (prominence[i] - best[c]);
            best[c] = prominence[i];
          }
        }
      }
      for (uint32_t c : touched) best[c] = 0;
      touched.clear();
      return total;
    }

    // Sentences chosen greedily by gain in F per word within `budget`; under
    // Budget::fill the last one crosses it. Once no sentence adds a concept
    // (small clusters run out of shared bigrams), sentences that add the most
    // new content words, weighted by the documents that use them, per word.
    // A sentence that mostly repeats the summary is never taken.
    std::vector<uint32_t> greedy(const Budget& budget, const std::stop_token& stop,
                                 const std::vector<uint32_t>& start = {}) {
      std::vector<uint32_t> chosen;
      std::vector<double> covered(concepts.weight.size(), 0.0);  // per concept, best prominence so far
      std::vector<char> stated(stem_documents.size(), 0);         // per stem: in the summary
      std::vector<char> taken(candidates.size(), 0);
      uint32_t used = 0;
      const auto take = [&](uint32_t pick) {
        taken[pick] = 1;
        used += candidates[pick].words;
        chosen.push_back(pick);
        for (uint32_t c : concepts.of_candidate[pick]) covered[c] = std::max(covered[c], prominence[pick]);
        for (uint32_t stem : candidates[pick].content) stated[stem] = 1;
      };
      for (uint32_t pick : start) take(pick);
      for (;;) {
        if (stop.stop_requested()) throw Cancelled();
        int concept_pick = -1, word_pick = -1;
        double concept_ratio = 0, word_ratio = 0;
        for (uint32_t i : eligible) {
          if (taken[i] || !budget.fits(used, candidates[i].words)) continue;
          double new_words = 0, repeated_words = 0;
          for (uint32_t stem : candidates[i].content) {
            if (stated[stem]) ++repeated_words; else new_words += stem_documents[stem];
          }
          if (repeated_words > kRepeatShare * static_cast<double>(candidates[i].content.size())) continue;
          double gain = 0;
          for (uint32_t c : concepts.of_candidate[i]) {
            if (prominence[i] > covered[c]) gain += concepts.weight[c] * (prominence[i] - covered[c]);
          }
          const double words = candidates[i].words;
          if (gain / words > concept_ratio) {  // strict: ties keep the earlier sentence
            concept_pick = static_cast<int>(i);
            concept_ratio = gain / words;
          }
          if (new_words / words > word_ratio) {
            word_pick = static_cast<int>(i);
            word_ratio = new_words / words;
          }
        }
        const int pick = concept_pick >= 0 ? concept_pick : word_pick;
        if (pick < 0) return chosen;
        take(static_cast<uint32_t>(pick));
      }
    }
  };

  // No shared concept at all (e.g. one short article): sentences in order.
  static std::vector<uint32_t> in_order(const std::vector<Candidate>& candidates, const Budget& budget) {
    std::vector<uint32_t> chosen;
    uint32_t used = 0;
    for (uint32_t i = 0; i < candidates.size(); ++i) {
      if (!budget.fits(used, candidates[i].words)) continue;
      chosen.push_back(i);
      used += candidates[i].words;
    }
    return chosen;
  }
};

}  // namespace

std::unique_ptr<Method> make_concept_coverage() { return std::make_unique<ConceptCoverage>(); }

}  // namespace chorus::summarize

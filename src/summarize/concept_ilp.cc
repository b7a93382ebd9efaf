// Concept ILP (Gillick and Favre 2009, "A scalable global model for
// summarization", ILP for NLP workshop; the ICSI system of TAC 2008/2009):
//   maximize   sum_i w_i c_i
//   subject to sum_j l_j s_j <= L
//              s_j Occ_ij <= c_i            for every concept i in sentence j
//              sum_j s_j Occ_ij >= c_i      for every concept i
//              s_j in {0, 1}, c_i in [0, 1]
// Concepts and weights are those of concepts.h with its default options, the
// paper's: stemmed bigrams (not two stop words) in at least 3 documents of a
// ten-document cluster, weighted by document frequency. c_i is continuous:
// with integral s the constraints force it to 0 or 1, so the optimum is the
// paper's.
//
// Solved with COIN-OR CBC (branch and bound over Clp), silenced, warm-started
// with the greedy (gain per word, then best single sentence). The solver's
// time grows much faster than its input, so it is bounded three ways, all
// deterministic: the method chooses among at most kMaxCandidates sentences
// (summarizer.h's candidate limit); a program of more than kMaxRows
// constraints is not solved (the greedy answer stands); and CBC stops after
// kMaxNodes nodes or kMaxWork / rows simplex iterations (an iteration costs
// about the rows). Where it stops early the answer is the better of its
// incumbent and the greedy's, and IlpSolution::optimal is false. DUC 2004
// stays within every bound, each cluster solved to optimality (at most 3536
// rows, 148 nodes, rows × iterations 4.0e6); 600 generated sentences of a
// small vocabulary made 8346 rows, whose root LP alone took 2.4 s.
//
// Budget::fill cannot be written as a linear constraint ("the last sentence
// may cross the limit"), so under fill the ILP is solved strictly at the
// budget, then sentences are added by largest uncovered concept weight
// (ties: the earlier) while the summary is shorter than the budget.
#include "summarize/concept_ilp.h"

#include <algorithm>

#include "CbcEventHandler.hpp"
#include "CbcModel.hpp"
#include "CglGomory.hpp"
#include "CglKnapsackCover.hpp"
#include "CglMixedIntegerRounding2.hpp"
#include "CglProbing.hpp"
#include "CoinPackedMatrix.hpp"
#include "CoinPackedVector.hpp"
#include "OsiClpSolverInterface.hpp"
#include "chorus/error.h"
#include "summarize/method.h"

namespace chorus::summarize {
namespace {

constexpr int kMaxNodes = 5000;           // DUC 2004 needs at most 148 per cluster
constexpr double kMaxWork = 8.0e6;        // rows × simplex iterations; DUC 2004: at most 4.0e6
constexpr int kMaxRows = 6000;            // DUC 2004: at most 3536
constexpr uint32_t kMaxCandidates = 600;  // DUC 2004: at most 575

// Stops the search once the simplex iterations exceed `limit` (a
// deterministic measure of the solver's work) or `stop` is requested.
class WorkLimit final : public CbcEventHandler {
 public:
  WorkLimit(long long limit, const std::stop_token& cancel) : limit_(limit), cancel_(cancel) {}
  CbcAction event(CbcEvent) override {
    if (cancel_.stop_requested()) return stop;
    return model_ != nullptr && model_->getIterationCount() > limit_ ? stop : noAction;
  }
  CbcEventHandler* clone() const override { return new WorkLimit(*this); }

 private:
  long long limit_;
  std::stop_token cancel_;
};

double covered_value(const Concepts& concepts, const std::vector<uint32_t>& chosen, std::vector<char>& covered) {
  std::fill(covered.begin(), covered.end(), 0);
  double value = 0;
  for (uint32_t j : chosen) {
    for (uint32_t c : concepts.of_candidate[j]) {
      if (!covered[c]) value += concepts.weight[c];
      covered[c] = 1;
    }
  }
  return value;
}

// Greedy by uncovered weight per word, then the best single sentence.
std::vector<uint32_t> greedy(const Concepts& concepts, const std::vector<uint32_t>& lengths, uint32_t capacity) {
  const size_t n = lengths.size();
  std::vector<char> covered(concepts.weight.size(), 0), taken(n, 0);
  std::vector<uint32_t> chosen;
  uint32_t used = 0;
  double value = 0;
  for (;;) {
    int best = -1;
    double best_ratio = 0, best_gain = 0;
    for (size_t j = 0; j < n; ++j) {
      if (taken[j] || lengths[j] == 0 || used + lengths[j] > capacity) continue;
      double gain = 0;
      for (uint32_t c : concepts.of_candidate[j]) gain += covered[c] ? 0 : concepts.weight[c];
      if (gain > 0 && gain / lengths[j] > best_ratio) {
        best = static_cast<int>(j);
        best_ratio = gain / lengths[j];
        best_gain = gain;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push_back(static_cast<uint32_t>(best));
    used += lengths[best];
    value += best_gain;
    for (uint32_t c : concepts.of_candidate[best]) covered[c] = 1;
  }
  int single = -1;
  double single_value = value;
  for (size_t j = 0; j < n; ++j) {
    if (lengths[j] > capacity) continue;
    double v = 0;
    for (uint32_t c : concepts.of_candidate[j]) v += concepts.weight[c];
    if (v > single_value) {
      single = static_cast<int>(j);
      single_value = v;
    }
  }
  if (single >= 0) return {static_cast<uint32_t>(single)};
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// Sentence j is dominated when another sentence covers all its concepts in
// no more words (an equal one that comes earlier counts too): an optimal
// summary never needs j, since swapping j for that sentence loses nothing.
bool dominated(const Concepts& concepts, const std::vector<uint32_t>& lengths, uint32_t j) {
  const std::vector<uint32_t>& mine = concepts.of_candidate[j];
  for (uint32_t k = 0; k < lengths.size(); ++k) {
    if (k == j || lengths[k] > lengths[j]) continue;
    const std::vector<uint32_t>& theirs = concepts.of_candidate[k];
    if (theirs.size() < mine.size()) continue;
    if (theirs.size() == mine.size() && lengths[k] == lengths[j] && k > j) continue;
    if (std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) return true;
  }
  return false;
}

}  // namespace

IlpSolution solve_concept_ilp(const Concepts& concepts, const std::vector<uint32_t>& lengths, uint32_t capacity,
                              const std::stop_token& stop) {
  IlpSolution solution;
  std::vector<char> covered(concepts.weight.size(), 0);
  solution.chosen = greedy(concepts, lengths, capacity);
  solution.value = covered_value(concepts, solution.chosen, covered);

  // Only sentences that have a concept, fit at all and are not dominated
  // can be needed; the pruning keeps the optimum and makes the ILP ~7x faster.
  std::vector<uint32_t> sentences;
  for (uint32_t j = 0; j < lengths.size(); ++j) {
    if (stop.stop_requested()) throw Cancelled();
    if (!concepts.of_candidate[j].empty() && lengths[j] <= capacity && !dominated(concepts, lengths, j)) sentences.push_back(j);
  }
  const int sentence_count = static_cast<int>(sentences.size());
  const int concept_count = static_cast<int>(concepts.weight.size());
  if (sentence_count == 0 || concept_count == 0) {
    solution.optimal = true;
    return solution;
  }

  // Columns: s_0..s_{S-1}, then c_0..c_{C-1}. CBC minimizes: the objective is negated.
  const int columns = sentence_count + concept_count;
  std::vector<double> column_lower(columns, 0.0), column_upper(columns, 1.0), objective(columns, 0.0);
  for (int i = 0; i < concept_count; ++i) objective[sentence_count + i] = -concepts.weight[i];
  CoinPackedMatrix matrix(false, 0, 0);
  matrix.setDimensions(0, columns);
  std::vector<double> row_lower, row_upper;
  CoinPackedVector row;
  for (int k = 0; k < sentence_count; ++k) row.insert(k, static_cast<double>(lengths[sentences[k]]));
  matrix.appendRow(row);
  row_lower.push_back(-COIN_DBL_MAX);
  row_upper.push_back(static_cast<double>(capacity));
  std::vector<std::vector<int>> sentences_of(concept_count);
  for (int k = 0; k < sentence_count; ++k) {
    for (uint32_t c : concepts.of_candidate[sentences[k]]) {
      sentences_of[c].push_back(k);
      row.clear();  // s_j - c_i <= 0
      row.insert(k, 1.0);
      row.insert(sentence_count + static_cast<int>(c), -1.0);
      matrix.appendRow(row);
      row_lower.push_back(-COIN_DBL_MAX);
      row_upper.push_back(0.0);
    }
  }
  for (int c = 0; c < concept_count; ++c) {  // sum_j s_j - c_i >= 0
    row.clear();
    for (int k : sentences_of[c]) row.insert(k, 1.0);
    row.insert(sentence_count + c, -1.0);
    matrix.appendRow(row);
    row_lower.push_back(0.0);
    row_upper.push_back(COIN_DBL_MAX);
  }

  if (matrix.getNumRows() > kMaxRows) return solution;  // the greedy's, not proven optimal

  OsiClpSolverInterface lp;
  lp.messageHandler()->setLogLevel(0);
  lp.setHintParam(OsiDoReducePrint, true, OsiHintTry);
  lp.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), row_lower.data(),
                 row_upper.data());
  for (int k = 0; k < sentence_count; ++k) lp.setInteger(k);

  CbcModel model(lp);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setMaximumNodes(kMaxNodes);
  const WorkLimit work_limit(static_cast<long long>(kMaxWork / matrix.getNumRows()), stop);
  model.passInEventHandler(&work_limit);
  // Cuts as CBC's own solver uses them; they cut the nodes by half here.
  CglProbing probing;
  probing.setUsingObjective(true);
  probing.setMaxPass(1);
  probing.setMaxProbe(10);
  probing.setMaxLook(10);
  CglGomory gomory;
  gomory.setLimit(100);
  CglKnapsackCover knapsack;
  CglMixedIntegerRounding2 rounding;
  model.addCutGenerator(&probing, -1, "Probing");
  model.addCutGenerator(&gomory, -1, "Gomory");
  model.addCutGenerator(&knapsack, -1, "Knapsack");
  model.addCutGenerator(&rounding, -1, "MIR");
  model.setNumberThreads(0);
  // The greedy answer, less any sentence pruned above, as the first incumbent.
  std::vector<double> start(columns, 0.0);
  double start_value = 0;
  {
    std::vector<int> position(lengths.size(), -1);
    for (int k = 0; k < sentence_count; ++k) position[sentences[k]] = k;
    for (uint32_t j : solution.chosen) {
      if (position[j] < 0) continue;
      start[position[j]] = 1.0;
      for (uint32_t c : concepts.of_candidate[j]) {
        double& covers = start[sentence_count + static_cast<int>(c)];
        if (covers == 0.0) start_value += concepts.weight[c];
        covers = 1.0;
      }
    }
  }
  model.setBestSolution(start.data(), columns, -start_value, true);
  if (stop.stop_requested()) throw Cancelled();
  model.initialSolve();
  model.branchAndBound();
  if (stop.stop_requested()) throw Cancelled();

  solution.optimal = model.isProvenOptimal();
  const double* best = model.bestSolution();
  if (best != nullptr) {
    std::vector<uint32_t> chosen;
    for (int k = 0; k < sentence_count; ++k) {
      if (best[k] > 0.5) chosen.push_back(sentences[k]);
    }
    const double value = covered_value(concepts, chosen, covered);
    uint32_t words = 0;
    for (uint32_t j : chosen) words += lengths[j];
    if (words <= capacity && value > solution.value + 1e-9) {
      solution.chosen = std::move(chosen);
      solution.value = value;
    }
  }
  return solution;
}

namespace {

class ConceptIlp final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster& cluster, const std::vector<Candidate>& candidates,
                               const Budget& budget,
                               const std::stop_token& stop) const override {
    const Concepts concepts = extract_concepts(cluster, candidates);
    std::vector<uint32_t> lengths(candidates.size());
    for (size_t j = 0; j < candidates.size(); ++j) lengths[j] = candidates[j].words;
    std::vector<uint32_t> chosen = solve_concept_ilp(concepts, lengths, budget.words, stop).chosen;

    uint32_t used = 0;
    std::vector<char> taken(candidates.size(), 0), covered(concepts.weight.size(), 0);
    for (uint32_t j : chosen) {
      used += lengths[j];
      taken[j] = 1;
      for (uint32_t c : concepts.of_candidate[j]) covered[c] = 1;
    }
    // Fill (see the header comment), or no concept at all: add by uncovered weight.
    if (!budget.fill && !chosen.empty()) return chosen;
    for (;;) {
      if (stop.stop_requested()) throw Cancelled();
      int best = -1;
      double best_gain = -1;
      for (size_t j = 0; j < candidates.size(); ++j) {
        if (taken[j] || !budget.fits(used, lengths[j])) continue;
        double gain = 0;
        for (uint32_t c : concepts.of_candidate[j]) gain += covered[c] ? 0 : concepts.weight[c];
        if (gain > best_gain) {
          best = static_cast<int>(j);
          best_gain = gain;
        }
      }
      if (best < 0) break;
      taken[best] = 1;
      chosen.push_back(static_cast<uint32_t>(best));
      used += lengths[best];
      for (uint32_t c : concepts.of_candidate[best]) covered[c] = 1;
    }
    return chosen;
  }
  uint32_t own_candidate_limit() const override { return kMaxCandidates; }
};

}  // namespace

std::unique_ptr<Method> make_concept_ilp() { return std::make_unique<ConceptIlp>(); }

}  // namespace chorus::summarize

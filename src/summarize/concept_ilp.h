// The exact concept-coverage summary (Gillick and Favre 2009): choose the
// sentences that cover the largest total weight of concepts within a length,
// as an integer linear program solved by CBC. The method is make_concept_ilp
// (method.h); the solver is here so that tests can compare it with brute force.
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

#include "summarize/concepts.h"

namespace chorus::summarize {

struct IlpSolution {
  std::vector<uint32_t> chosen;  // sentence indices, ascending
  double value = 0;              // total weight of the concepts they cover
  // False when the solver stopped at its node limit before proving the
  // optimum: `chosen` is then the better of its best solution and the greedy's.
  bool optimal = false;
};

// Sentences i = 0..lengths.size()-1 with concepts `concepts.of_candidate[i]` and
// lengths `lengths[i]`; at most `capacity` words in all. Deterministic.
// Throws chorus::Cancelled once `stop` is requested (checked between the
// steps, not inside the solver).
IlpSolution solve_concept_ilp(const Concepts& concepts, const std::vector<uint32_t>& lengths, uint32_t capacity,
                              const std::stop_token& stop = {});

}  // namespace chorus::summarize

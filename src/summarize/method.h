// The interface every summarization method implements, and the registry
// that finds a method by name.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/cluster.h"
#include "summarize/candidate.h"

namespace chorus::summarize {

class Method {
 public:
  virtual ~Method() = default;
  // Indices into `candidates` of the chosen sentences (any order), whose
  // words add up to at most `budget`.
  virtual std::vector<uint32_t> select(const Cluster& cluster,
                                       const std::vector<Candidate>& candidates,
                                       uint32_t budget) const = 0;
};

// "default" names the project's best method. Throws chorus::Error listing
// the known names when `name` is unknown.
std::unique_ptr<Method> make_method(std::string_view name);
std::vector<std::string_view> method_names();
// The name a method is known by ("default" -> the default method's name).
std::string_view canonical_method_name(std::string_view name);

// Methods, one file each.
std::unique_ptr<Method> make_concept_greedy();
std::unique_ptr<Method> make_lead();

}  // namespace chorus::summarize

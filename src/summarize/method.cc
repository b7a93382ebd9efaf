#include "summarize/method.h"

#include <string>

#include "chorus/error.h"

namespace chorus::summarize {
namespace {

struct Entry {
  std::string_view name;
  std::unique_ptr<Method> (*make)();
};

// The first entry is the default.
constexpr Entry kMethods[] = {
    {"concept", make_concept_coverage},
    {"lead", make_lead},
    {"centroid", make_centroid},
    {"lexrank", make_lexrank},
    {"textrank", make_textrank},
    {"mmr", make_mmr},
    {"sumbasic", make_sum_basic},
    {"kl", make_kl_greedy},
    {"submodular", make_submodular},
    {"ilp", make_concept_ilp},
};

}  // namespace

std::unique_ptr<Method> make_method(std::string_view name) {
  if (name == "default") return kMethods[0].make();
  for (const Entry& entry : kMethods) {
    if (entry.name == name) return entry.make();
  }
  std::string known = "default";
  for (const Entry& entry : kMethods) known += ", " + std::string(entry.name);
  throw Error("unknown summarization method '" + std::string(name) + "' (known: " + known + ")");
}

std::string_view canonical_method_name(std::string_view name) {
  return name == "default" ? kMethods[0].name : name;
}

std::vector<std::string_view> method_names() {
  std::vector<std::string_view> names{"default"};
  for (const Entry& entry : kMethods) names.push_back(entry.name);
  return names;
}

}  // namespace chorus::summarize

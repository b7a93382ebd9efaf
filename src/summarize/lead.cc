// Lead: the opening sentences of the first document (in date order), the
// classic news baseline: journalists put the essentials first.
#include "summarize/method.h"

namespace chorus::summarize {
namespace {

class Lead final : public Method {
 public:
  std::vector<uint32_t> select(const Cluster&, const std::vector<Candidate>& candidates,
                               const Budget& budget, const std::stop_token&) const override {
    std::vector<uint32_t> chosen;
    if (candidates.empty()) return chosen;
    const uint32_t doc = candidates.front().doc;
    uint32_t used = 0;
    for (size_t i = 0; i < candidates.size() && candidates[i].doc == doc; ++i) {
      if (!budget.fits(used, candidates[i].words)) break;
      chosen.push_back(static_cast<uint32_t>(i));
      used += candidates[i].words;
    }
    return chosen;
  }
  // One pass over the first document's candidates: any number is cheap, and
  // a limit chosen by another score could drop the lead itself.
  bool limits_candidates() const override { return false; }
};

}  // namespace

std::unique_ptr<Method> make_lead() { return std::make_unique<Lead>(); }

}  // namespace chorus::summarize

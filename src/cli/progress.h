// A progress bar on standard error for long runs: drawn only when standard
// error is a terminal and not silenced, so logs and pipes stay clean.
#pragma once

#include <cstddef>
#include <string>

namespace chorus::cli {

class ProgressBar {
 public:
  // `label` names the work ("summarizing"); `enabled` false draws nothing
  // (e.g. --quiet). Checks whether standard error is a terminal.
  ProgressBar(std::string label, bool enabled);
  ~ProgressBar();  // clears the bar
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::size_t done, std::size_t total);

 private:
  std::string label_;
  bool active_ = false;
  bool drawn_ = false;
};

}  // namespace chorus::cli

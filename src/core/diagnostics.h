// Diagnostics: warnings collected while processing, for the front end to show.
// The library never prints; it records what a user should know here.
#pragma once

#include <string>
#include <vector>

namespace chorus {

struct Diagnostics {
  std::vector<std::string> warnings;  // one line each, naming file and place

  void warn(std::string message) { warnings.push_back(std::move(message)); }
};

}  // namespace chorus

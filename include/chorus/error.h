// chorus::Error: the one exception type the library throws on bad input or
// misuse. Its message is meant for a user: what went wrong, where (file, line
// or byte) and, where it helps, what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace chorus {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Thrown by Engine::digest when its stop token is triggered before it ends
// (a service whose time limit has passed).
class Cancelled : public Error {
 public:
  Cancelled() : Error("the digest was cancelled before it finished") {}
};

}  // namespace chorus

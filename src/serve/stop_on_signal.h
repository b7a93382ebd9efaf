// Graceful shutdown: the first SIGINT or SIGTERM calls a stop function, from an
// ordinary thread (not a signal handler), so it may lock and join freely. A
// second one, while the server is still stopping, calls another function (the
// CLI prints a line and exits at once) instead of the default action that
// would kill the process without a word.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace chorus::serve {

class StopOnSignal {
 public:
  // Blocks SIGINT and SIGTERM in the calling thread, and so in every thread
  // it starts later: construct it before starting any other thread.
  StopOnSignal(std::function<void()> stop, std::function<void(int signal)> again);
  ~StopOnSignal();  // stops watching; restores the signal mask
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

  // The first signal that arrived, or 0.
  int signal() const { return signal_; }

 private:
  std::atomic<bool> done_{false};
  std::atomic<int> signal_{0};
  std::thread watcher_;
};

}  // namespace chorus::serve

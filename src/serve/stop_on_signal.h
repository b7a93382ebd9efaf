// Graceful shutdown: SIGINT and SIGTERM call a stop function once, from an
// ordinary thread (not a signal handler), so it may lock and join freely.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace chorus::serve {

class StopOnSignal {
 public:
  // Blocks SIGINT and SIGTERM in the calling thread, and so in every thread
  // it starts later: construct it before starting any other thread.
  explicit StopOnSignal(std::function<void()> stop);
  ~StopOnSignal();  // stops watching; restores the signal mask
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

  // The signal that arrived, or 0.
  int signal() const { return signal_; }

 private:
  std::atomic<bool> done_{false};
  std::atomic<int> signal_{0};
  std::thread watcher_;
};

}  // namespace chorus::serve

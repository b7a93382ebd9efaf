#include "serve/stop_on_signal.h"

#include <pthread.h>
#include <signal.h>

#include <ctime>

namespace chorus::serve {
namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

StopOnSignal::StopOnSignal(std::function<void()> stop) {
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  watcher_ = std::thread([this, set, stop = std::move(stop)] {
    // Wake up now and then to notice the destructor.
    const timespec tick{0, 100'000'000};
    while (!done_) {
      const int got = sigtimedwait(&set, nullptr, &tick);
      if (got == SIGINT || got == SIGTERM) {
        signal_ = got;
        stop();
        return;
      }
    }
  });
}

StopOnSignal::~StopOnSignal() {
  done_ = true;
  watcher_.join();
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

}  // namespace chorus::serve

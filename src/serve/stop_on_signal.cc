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

StopOnSignal::StopOnSignal(std::function<void()> stop, std::function<void(int signal)> again) {
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  watcher_ = std::thread([this, set, stop = std::move(stop), again = std::move(again)] {
    // Wake up now and then to notice the destructor.
    const timespec tick{0, 100'000'000};
    while (!done_) {
      const int got = sigtimedwait(&set, nullptr, &tick);
      if (got != SIGINT && got != SIGTERM) continue;
      if (signal_ == 0) {
        signal_ = got;
        stop();  // returns at once; the server stops on its own threads
      } else {
        again(got);
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

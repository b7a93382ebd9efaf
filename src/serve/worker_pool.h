// A fixed set of worker threads with a bounded queue: the service's answer to
// "how much work at once". A job that finds every worker busy and the queue
// full is refused at once (the caller answers 503) instead of piling up.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace chorus::serve {

class WorkerPool {
 public:
  // `threads` >= 1 workers; up to `queue_capacity` jobs wait beyond them.
  WorkerPool(std::size_t threads, std::size_t queue_capacity);
  ~WorkerPool();  // finishes running and queued jobs, then joins
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job`; false when all workers are busy and the queue is full.
  // Jobs must not throw.
  bool try_submit(std::function<void()> job);

  struct Load {
    std::size_t workers = 0;
    std::size_t busy = 0;    // jobs running
    std::size_t queued = 0;  // jobs waiting for a worker
  };
  Load load() const;
  // Waits until no job is running or queued.
  void wait_idle();

 private:
  void work();

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;  // notified when a job ends
  std::deque<std::function<void()>> jobs_;
  std::size_t busy_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace chorus::serve

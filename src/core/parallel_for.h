// parallel_for: runs body(worker, i) for every i in [0, count) on up to
// `threads` threads (the caller's among them), each index once. Items are
// taken in order from a shared counter, so a long item does not hold others
// back. Each call writes only its own item's result, so the result is the
// same whatever the number of threads. `worker` (0 .. threads-1) indexes
// per-thread scratch. The first exception an item throws stops the others
// from taking new items and is rethrown once all have finished.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace chorus {

// The threads a stage uses for `count` items when `requested` (0: one per core).
inline unsigned worker_count(unsigned requested, size_t count) {
  const unsigned wanted = requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(wanted, count)));
}

template <typename Body>
void parallel_for(size_t count, unsigned threads, Body&& body) {
  if (threads <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) body(0u, i);
    return;
  }
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;
  auto work = [&](unsigned worker) {
    while (!failed.load(std::memory_order_relaxed)) {
      const size_t i = next.fetch_add(1, std::memory_order_relaxed);
      if (i >= count) return;
      try {
        body(worker, i);
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed = true;
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(threads - 1);
    for (unsigned w = 1; w < threads; ++w) helpers.emplace_back(work, w);
    work(0);
  }  // joined here
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace chorus

// parallel_for: every index once, whatever the threads; the first error rethrown.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "core/parallel_for.h"

namespace chorus {
namespace {

TEST(ParallelFor, RunsEveryIndexOnceOnEveryThreadCount) {
  for (unsigned threads : {1u, 2u, 5u}) {
    std::vector<std::atomic<int>> seen(1000);
    std::atomic<unsigned> highest_worker{0};
    parallel_for(seen.size(), threads, [&](unsigned worker, size_t i) {
      ++seen[i];
      unsigned high = highest_worker.load();
      while (worker > high && !highest_worker.compare_exchange_weak(high, worker)) {
      }
    });
    for (const auto& count : seen) EXPECT_EQ(count.load(), 1);
    EXPECT_LT(highest_worker.load(), threads);
  }
}

TEST(ParallelFor, NoItemsRunsNothing) {
  int calls = 0;
  parallel_for(0, 4, [&](unsigned, size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelFor, AnItemsErrorIsRethrownAfterTheOthersFinish) {
  std::atomic<int> running{0};
  EXPECT_THROW(parallel_for(200, 3,
                            [&](unsigned, size_t i) {
                              ++running;
                              if (i == 17) {
                                --running;
                                throw std::runtime_error("item 17");
                              }
                              --running;
                            }),
               std::runtime_error);
  EXPECT_EQ(running.load(), 0);  // no worker still inside an item
}

TEST(ParallelFor, WorkerCountIsBoundedByTheItems) {
  EXPECT_EQ(worker_count(8, 3), 3u);
  EXPECT_EQ(worker_count(2, 100), 2u);
  EXPECT_EQ(worker_count(4, 0), 1u);
  EXPECT_GE(worker_count(0, 100), 1u);  // one per core
}

}  // namespace
}  // namespace chorus

// Closes client sockets without losing the answer just written to them.
// Closing a socket that still has unread input makes the kernel send a reset,
// and a client that has not yet read the answer (a 413 sent while it is still
// uploading) then loses it. So the write side is shut down first and whatever
// the client still sends is read and dropped, on one background thread, until
// the client closes or a short time or byte budget runs out.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace chorus::serve {

class LingeringCloser {
 public:
  struct Limits {
    std::chrono::steady_clock::duration linger = std::chrono::seconds(1);
    std::size_t max_bytes = 1024 * 1024;  // dropped per socket before closing anyway
    std::size_t max_sockets = 256;        // beyond this, sockets are closed at once
  };
  explicit LingeringCloser(Limits limits);
  LingeringCloser() : LingeringCloser(Limits{}) {}
  ~LingeringCloser();  // closes every socket still lingering
  LingeringCloser(const LingeringCloser&) = delete;
  LingeringCloser& operator=(const LingeringCloser&) = delete;

  // Takes ownership of `socket`: shuts down its write side and closes it later.
  void close(int socket);

 private:
  struct Lingering {
    int socket;
    std::chrono::steady_clock::time_point until;
    std::size_t dropped = 0;
  };
  void run();
  void wake();

  const Limits limits_;
  int wake_pipe_[2] = {-1, -1};
  std::mutex mutex_;
  std::vector<Lingering> incoming_;  // handed over, not yet polled
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chorus::serve

#include "serve/lingering_closer.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "chorus/error.h"

namespace chorus::serve {

LingeringCloser::LingeringCloser(Limits limits) : limits_(limits) {
  if (::pipe2(wake_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) throw Error("cannot create a pipe for the service");
  thread_ = std::thread([this] { run(); });
}

LingeringCloser::~LingeringCloser() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake();
  thread_.join();
  ::close(wake_pipe_[0]);
  ::close(wake_pipe_[1]);
}

void LingeringCloser::wake() {
  const char byte = 0;
  [[maybe_unused]] const ssize_t ignored = ::write(wake_pipe_[1], &byte, 1);
}

void LingeringCloser::close(int socket) {
  ::shutdown(socket, SHUT_WR);
  {
    const std::lock_guard lock(mutex_);
    if (!stopping_ && incoming_.size() < limits_.max_sockets) {
      incoming_.push_back({socket, std::chrono::steady_clock::now() + limits_.linger});
      socket = -1;
    }
  }
  if (socket >= 0) {
    ::close(socket);
  } else {
    wake();
  }
}

void LingeringCloser::run() {
  std::vector<Lingering> lingering;
  std::vector<pollfd> fds;
  char scratch[16 * 1024];
  for (;;) {
    {
      const std::lock_guard lock(mutex_);
      lingering.insert(lingering.end(), incoming_.begin(), incoming_.end());
      incoming_.clear();
      if (stopping_) break;
    }
    const auto now = std::chrono::steady_clock::now();
    auto next = now + std::chrono::seconds(60);
    fds.assign(1, pollfd{wake_pipe_[0], POLLIN, 0});
    for (const Lingering& socket : lingering) {
      fds.push_back({socket.socket, POLLIN, 0});
      next = std::min(next, socket.until);
    }
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(next - now).count();
    if (::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(wait, 0))) < 0 && errno != EINTR) break;
    if (fds[0].revents & POLLIN) {
      while (::read(wake_pipe_[0], scratch, sizeof scratch) > 0) {
      }
    }
    const auto after = std::chrono::steady_clock::now();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < lingering.size(); ++i) {
      Lingering& socket = lingering[i];
      bool done = after >= socket.until;
      if (!done && fds[i + 1].revents != 0) {
        const ssize_t got = ::recv(socket.socket, scratch, sizeof scratch, MSG_DONTWAIT);
        if (got > 0) socket.dropped += static_cast<std::size_t>(got);
        done = got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR) || socket.dropped > limits_.max_bytes;
      }
      if (done) {
        ::close(socket.socket);
      } else {
        lingering[kept++] = socket;
      }
    }
    lingering.resize(kept);
  }
  for (const Lingering& socket : lingering) ::close(socket.socket);
}

}  // namespace chorus::serve

#include "serve/connection_stream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace chorus::serve {
namespace {

thread_local ConnectionStream* current_stream = nullptr;

int remaining_ms(std::chrono::steady_clock::time_point deadline) {
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  return static_cast<int>(std::clamp<long long>(left.count(), 0, 24LL * 3600 * 1000));
}

void address_of(int socket, bool remote, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  auto* raw = reinterpret_cast<sockaddr*>(&address);
  if ((remote ? getpeername(socket, raw, &length) : getsockname(socket, raw, &length)) != 0) return;
  char host[NI_MAXHOST], service[NI_MAXSERV];
  if (getnameinfo(raw, length, host, sizeof host, service, sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(service);
  }
}

}  // namespace

ConnectionStream::ConnectionStream(int socket, int stop_fd, const StreamLimits& limits)
    : socket_(socket), stop_fd_(stop_fd), limits_(limits) {}

ConnectionStream* ConnectionStream::current() { return current_stream; }
ConnectionStream::Current::Current(ConnectionStream& stream) { current_stream = &stream; }
ConnectionStream::Current::~Current() { current_stream = nullptr; }

bool ConnectionStream::wait_for_request(std::chrono::steady_clock::duration idle) {
  if (begin_ < end_) return true;  // pipelined: the next request is here already
  failure_ = ReadFailure::none;
  const Clock::time_point deadline = Clock::now() + idle;
  for (;;) {
    pollfd fds[2] = {{socket_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    const int ready = ::poll(fds, 2, remaining_ms(deadline));
    if (ready < 0 && errno == EINTR) continue;
    // A request that has begun to arrive is taken even when stopping, so its
    // client is told (503) rather than cut off without a word.
    if (ready > 0 && fds[0].revents != 0) return fill();
    return false;  // idle too long, stopping, or failed
  }
}

bool ConnectionStream::has_pending_input() const {
  pollfd fd{socket_, POLLIN, 0};
  return begin_ < end_ || (::poll(&fd, 1, 0) > 0 && (fd.revents & POLLIN));
}

void ConnectionStream::begin_request() {
  const Clock::time_point now = Clock::now();
  head_deadline_ = now + limits_.head_timeout;
  body_deadline_ = write_deadline_ = Clock::time_point{};
  head_complete_ = false;
  head_.clear();
  body_wire_bytes_ = 0;
  written_ = 0;
  failure_ = ReadFailure::none;
}

ReadFailure ConnectionStream::fail(ReadFailure why) const {
  if (failure_ == ReadFailure::none) failure_ = why;
  return failure_;
}

bool ConnectionStream::wait(short events, Clock::time_point deadline, ReadFailure on_timeout) const {
  for (;;) {
    pollfd fds[2] = {{socket_, events, 0}, {stop_fd_, POLLIN, 0}};
    // Reads give up when the server stops; an answer is still written.
    const nfds_t count = events == POLLIN ? 2 : 1;
    const int ready = ::poll(fds, count, remaining_ms(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) {
      fail(ReadFailure::closed);
      return false;
    }
    if (count == 2 && (fds[1].revents & POLLIN)) {
      fail(ReadFailure::stopping);
      return false;
    }
    if (fds[0].revents != 0) return true;  // ready, or an error the next call reports
    if (Clock::now() >= deadline) {
      if (events == POLLIN) fail(on_timeout);
      return false;
    }
  }
}

bool ConnectionStream::fill() {
  for (;;) {
    const ssize_t got = ::recv(socket_, buffer_, sizeof buffer_, 0);
    if (got > 0) {
      begin_ = 0;
      end_ = static_cast<std::size_t>(got);
      return true;
    }
    if (got < 0 && errno == EINTR) continue;
    fail(ReadFailure::closed);
    return false;
  }
}

bool ConnectionStream::is_readable() const {
  if (begin_ < end_) return true;
  const Clock::time_point deadline = head_complete_ ? body_deadline_ : head_deadline_;
  return wait(POLLIN, deadline, head_complete_ ? ReadFailure::body_deadline : ReadFailure::head_deadline);
}

bool ConnectionStream::is_writable() const {
  const Clock::time_point deadline =
      write_deadline_ == Clock::time_point{} ? Clock::now() + limits_.body_timeout : write_deadline_;
  return wait(POLLOUT, deadline, ReadFailure::none);
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  if (failure_ != ReadFailure::none || size == 0) return failure_ == ReadFailure::none ? 0 : -1;
  if (begin_ == end_) {
    const Clock::time_point deadline = head_complete_ ? body_deadline_ : head_deadline_;
    const ReadFailure late = head_complete_ ? ReadFailure::body_deadline : ReadFailure::head_deadline;
    if (!wait(POLLIN, deadline, late) || !fill()) return -1;
  }
  std::size_t count = std::min(size, end_ - begin_);
  if (!head_complete_) {
    // Hand out the head up to its blank line only, watching for it: the
    // body's deadline starts there.
    count = 0;
    while (count < size && begin_ + count < end_ && !head_complete_) {
      if (head_.size() >= limits_.max_head_bytes) {
        fail(ReadFailure::head_too_large);
        break;
      }
      head_ += buffer_[begin_ + count++];
      if (head_.size() >= 4 && head_.compare(head_.size() - 4, 4, "\r\n\r\n") == 0) {
        head_complete_ = true;
        body_deadline_ = Clock::now() + limits_.body_timeout;
      }
    }
    if (count == 0) return -1;
  } else {
    if (body_wire_bytes_ + count > limits_.max_body_wire_bytes) {
      fail(ReadFailure::body_too_large);
      return -1;
    }
    body_wire_bytes_ += count;
  }
  std::memcpy(ptr, buffer_ + begin_, count);
  begin_ += count;
  return static_cast<ssize_t>(count);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  if (write_deadline_ == Clock::time_point{}) write_deadline_ = Clock::now() + limits_.body_timeout;
  std::size_t sent = 0;
  while (sent < size) {
    if (!wait(POLLOUT, write_deadline_, ReadFailure::none)) return -1;
    const ssize_t n = ::send(socket_, ptr + sent, size - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
    if (n <= 0) return -1;
    sent += static_cast<std::size_t>(n);
  }
  written_ += sent;
  return static_cast<ssize_t>(sent);
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const { address_of(socket_, true, ip, port); }
void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const { address_of(socket_, false, ip, port); }

}  // namespace chorus::serve

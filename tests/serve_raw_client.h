// A client that writes raw bytes to the service, for requests no well-behaved
// HTTP client sends: chunked bodies without end, trickled heads, bad framing.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>

namespace chorus::testing {

class RawClient {
 public:
  explicit RawClient(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
    }
  }
  ~RawClient() { ::close(fd_); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  // Sends all of `bytes`; false once the server has closed or stopped reading
  // for `seconds`.
  bool send(const std::string& bytes, double seconds = 30) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      pollfd fd{fd_, POLLOUT, 0};
      if (::poll(&fd, 1, static_cast<int>(seconds * 1000)) <= 0 || (fd.revents & (POLLERR | POLLHUP))) return false;
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }

  // Whether an answer (or the end of the connection) is waiting to be read.
  bool readable() const {
    pollfd fd{fd_, POLLIN, 0};
    return ::poll(&fd, 1, 0) > 0;
  }

  // Everything the server sends until it closes the connection, or until
  // `seconds` pass without a byte.
  std::string read_all(double seconds = 60) {
    std::string out;
    char buffer[4096];
    for (;;) {
      pollfd fd{fd_, POLLIN, 0};
      if (::poll(&fd, 1, static_cast<int>(seconds * 1000)) <= 0) return out;
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return out;
      out.append(buffer, static_cast<std::size_t>(n));
    }
  }

  // One answer: its head and a body of Content-Length bytes.
  std::string read_answer(double seconds = 60) {
    std::string out;
    char c = 0;
    std::size_t head_end = std::string::npos;
    std::size_t length = 0;
    for (;;) {
      if (head_end != std::string::npos && out.size() >= head_end + length) return out;
      pollfd fd{fd_, POLLIN, 0};
      if (::poll(&fd, 1, static_cast<int>(seconds * 1000)) <= 0 || ::recv(fd_, &c, 1, 0) != 1) return out;
      out += c;
      if (head_end == std::string::npos && out.size() >= 4 && out.compare(out.size() - 4, 4, "\r\n\r\n") == 0) {
        head_end = out.size();
        const std::size_t at = out.find("Content-Length: ");
        if (at != std::string::npos) length = std::stoul(out.substr(at + 16));
      }
    }
  }

 private:
  int fd_ = -1;
};

// The status code of a raw answer ("HTTP/1.1 413 ..." -> 413), or 0.
inline int status_of(const std::string& answer) {
  if (answer.size() < 12 || answer.compare(0, 5, "HTTP/") != 0) return 0;
  return std::stoi(answer.substr(9, 3));
}

}  // namespace chorus::testing

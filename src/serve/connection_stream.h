// One client connection as httplib reads and writes it, with total deadlines:
// the request head must arrive within one deadline and the body within
// another, however the bytes trickle in (httplib's own socket stream restarts
// its timeout at every byte), and the head's size is bounded. Reads also fail
// at once when the server stops. The stream remembers why a read failed, so
// the answer can say so (408, 431, 503), and the head's bytes, so a malformed
// one can be described.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>

namespace chorus::serve {

struct StreamLimits {
  std::chrono::steady_clock::duration head_timeout = std::chrono::seconds(10);
  std::chrono::steady_clock::duration body_timeout = std::chrono::seconds(30);  // also to send the answer
  std::size_t max_head_bytes = 64 * 1024;
  std::size_t max_body_wire_bytes = 20u * 1024u * 1024u;  // the body as sent, chunked framing included
};

enum class ReadFailure {
  none,
  head_deadline,   // the head did not arrive within head_timeout
  head_too_large,  // the head is over max_head_bytes
  body_deadline,   // the body did not arrive within body_timeout
  body_too_large,  // the body as sent is over max_body_wire_bytes
  stopping,        // the server is stopping
  closed,          // the client closed the connection or the socket failed
};

class ConnectionStream final : public httplib::Stream {
 public:
  // `stop_fd` becomes readable when the server stops.
  ConnectionStream(int socket, int stop_fd, const StreamLimits& limits);
  ConnectionStream(const ConnectionStream&) = delete;
  ConnectionStream& operator=(const ConnectionStream&) = delete;

  // Waits up to `idle` for the first byte of the next request; false when
  // none came, the client closed, or the server is stopping.
  bool wait_for_request(std::chrono::steady_clock::duration idle);
  // Starts a request: its head deadline runs from now.
  void begin_request();

  ReadFailure failure() const { return failure_; }
  // The head bytes read so far for this request (all of it once complete).
  const std::string& head() const { return head_; }
  bool head_complete() const { return head_complete_; }
  // Bytes of this request's body read so far, as sent.
  std::size_t body_bytes_read() const { return body_wire_bytes_; }
  // Bytes of the answer written so far for this request.
  std::size_t bytes_written() const { return written_; }
  // Asks the keep-alive loop to close after this answer: part of the body is
  // left unread (or the framing cannot be trusted).
  void close_after_answer() { close_after_answer_ = true; }
  bool must_close() const { return close_after_answer_; }
  // Whether the client sent bytes beyond what was read (buffered here).
  bool has_unread_input() const { return begin_ < end_; }
  // The same, or bytes waiting in the socket.
  bool has_pending_input() const;
  const StreamLimits& limits() const { return limits_; }

  // The stream of the request this thread is serving, or nullptr: httplib's
  // handlers see only the Request, and a connection is served on one thread.
  static ConnectionStream* current();
  class Current {  // makes `stream` current for this thread while it lives
   public:
    explicit Current(ConnectionStream& stream);
    ~Current();
    Current(const Current&) = delete;
    Current& operator=(const Current&) = delete;
  };

  // httplib::Stream
  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return socket_; }

 private:
  using Clock = std::chrono::steady_clock;
  // Waits until the socket has `events` or the deadline passes; false (with
  // failure_ set for reads) otherwise.
  bool wait(short events, Clock::time_point deadline, ReadFailure on_timeout) const;
  bool fill();  // reads more bytes into the buffer
  ReadFailure fail(ReadFailure why) const;  // keeps the first reason

  const int socket_;
  const int stop_fd_;
  const StreamLimits limits_;
  char buffer_[16 * 1024];
  std::size_t begin_ = 0, end_ = 0;  // unread bytes in buffer_

  Clock::time_point head_deadline_{}, body_deadline_{}, write_deadline_{};
  bool head_complete_ = false;
  std::string head_;
  std::size_t body_wire_bytes_ = 0;
  std::size_t written_ = 0;
  bool close_after_answer_ = false;
  mutable ReadFailure failure_ = ReadFailure::none;
};

}  // namespace chorus::serve

#include "serve/connection_server.h"

#include <fcntl.h>
#include <malloc.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>

#include "chorus/error.h"
#include "serve/http_errors.h"

namespace chorus::serve {
namespace {

std::chrono::steady_clock::duration seconds(double value) {
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(value));
}

constexpr std::size_t kTrimAfterBytes = 256 * 1024;

StreamLimits stream_limits(const ServeOptions& options) {
  StreamLimits limits;
  limits.head_timeout = seconds(options.head_timeout_seconds);
  limits.body_timeout = seconds(options.body_timeout_seconds);
  limits.max_head_bytes = options.max_head_bytes;
  // Room for chunked framing around the decoded bytes the handler counts.
  limits.max_body_wire_bytes = 2 * options.max_body_bytes;
  return limits;
}

// httplib hands each accepted socket to its task queue from the accepting
// thread; this one runs it there at once, since process_and_close_socket
// only passes it on (to a connection thread, or to a quick 503).
class RunAtOnce : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

}  // namespace

ConnectionServer::ConnectionServer(const ServeOptions& options)
    : options_(options), limits_(stream_limits(options)), connections_(options.connections, 0) {
  if (::pipe2(stop_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) throw Error("cannot create a pipe for the service");
  new_task_queue = [] { return new RunAtOnce; };
  // The Keep-Alive header httplib sends announces the idle limit.
  set_keep_alive_timeout(static_cast<time_t>(std::ceil(options.idle_timeout_seconds)));
}

ConnectionServer::~ConnectionServer() {
  stop_connections();
  connections_.wait_idle();
  ::close(stop_pipe_[0]);
  ::close(stop_pipe_[1]);
}

void ConnectionServer::widen_backlog(int backlog) { ::listen(svr_sock_, backlog); }

void ConnectionServer::stop_connections() {
  if (!stopping_.exchange(true)) {
    const char byte = 0;
    [[maybe_unused]] const ssize_t ignored = ::write(stop_pipe_[1], &byte, 1);
  }
  stop();
}

bool ConnectionServer::process_and_close_socket(socket_t sock) {
  if (stopping_ || !connections_.try_submit([this, sock] { serve(sock); })) refuse(sock);
  return true;
}

void ConnectionServer::refuse(socket_t sock) {
  const std::string answer =
      error_response(stopping_ ? HttpError{503, "the server is shutting down; retry later"}
                               : HttpError{503, "too many connections: all " + std::to_string(options_.connections) +
                                                    " are taken (--connections); retry later"});
  // A new socket's send buffer is empty: this does not block the accepting thread.
  [[maybe_unused]] const ssize_t sent = ::send(sock, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  closer_.close(sock);
}

void ConnectionServer::serve(socket_t sock) {
  const int yes = 1;
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // answers go out at once (no Nagle delay)
  ConnectionStream stream(sock, stop_pipe_[0], limits_);
  const ConnectionStream::Current current(stream);
  const auto idle = seconds(options_.idle_timeout_seconds);
  bool clean = true;  // nothing left unread: the socket may simply be closed
  for (std::size_t served = 0; served < keep_alive_max_count_; ++served) {
    if (stopping_) {
      // A request that has begun to arrive is told why it is not served.
      if (stream.has_pending_input()) {
        const std::string answer = error_response({503, "the server is shutting down; retry later"});
        stream.write(answer.data(), answer.size());
        clean = false;
      }
      break;
    }
    if (!stream.wait_for_request(idle)) break;
    stream.begin_request();
    bool connection_closed = false;
    const bool last = served + 1 == keep_alive_max_count_;
    bool ok = false;
    try {
      ok = process_request(stream, last, connection_closed, nullptr);
    } catch (...) {
      ok = false;  // handlers catch their own errors; never let one end the thread
    }
    // A large request's body, articles and digest are freed by now; give the
    // pages back, or a long-running service keeps its peak size for good.
    if (stream.body_bytes_read() >= kTrimAfterBytes) malloc_trim(0);
    if (stream.bytes_written() == 0) {
      // httplib answers nothing when the request line did not arrive whole.
      if (auto error = read_failure_error(stream.failure(), stream.head(), options_)) {
        const std::string answer = error_response(*error);
        stream.write(answer.data(), answer.size());
      }
      clean = false;
      break;
    }
    if (!ok || connection_closed || stream.must_close() || stream.failure() != ReadFailure::none) {
      clean = !stream.must_close() && stream.failure() == ReadFailure::none && !stream.has_unread_input();
      break;
    }
  }
  if (clean) {
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  } else {
    closer_.close(sock);
  }
}

}  // namespace chorus::serve

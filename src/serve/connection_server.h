// httplib's server with connections served our way: httplib 0.11 restarts
// its read timeout at every byte, so a client trickling one byte every few
// seconds holds a connection thread for as long as it likes, and its fixed
// thread pool queues new connections without bound. Here each connection is
// read through a ConnectionStream (total deadlines for the head and the body,
// a bounded head), keep-alive connections wait idle for a bounded time, at
// most `connections` are served at once (one more is answered 503 at once),
// and stop_connections() cuts every read in progress.
#pragma once

#include <httplib.h>

#include <atomic>

#include "serve/connection_stream.h"
#include "serve/lingering_closer.h"
#include "serve/server.h"
#include "serve/worker_pool.h"

namespace chorus::serve {

class ConnectionServer : public httplib::Server {
 public:
  // `options` must outlive the server.
  explicit ConnectionServer(const ServeOptions& options);
  ~ConnectionServer() override;

  // httplib listens with a backlog of 5, compiled into its shared library:
  // under a burst of new connections the kernel drops SYNs and the client
  // waits a second to retry. Listening again on the bound socket (allowed on
  // Linux) raises the backlog.
  void widen_backlog(int backlog);
  // Stops listening, closes idle connections and makes reads in progress fail
  // (answers are still written); safe from any thread, more than once.
  void stop_connections();
  // Waits until every connection has ended.
  void wait_connections() { connections_.wait_idle(); }

 private:
  bool process_and_close_socket(socket_t sock) override;  // httplib's private virtual, called per accepted socket
  void serve(socket_t sock);
  void refuse(socket_t sock);

  const ServeOptions& options_;
  const StreamLimits limits_;
  int stop_pipe_[2] = {-1, -1};  // readable once stopping: wakes every poll at once
  std::atomic<bool> stopping_{false};
  LingeringCloser closer_;
  WorkerPool connections_;  // one thread per connection served
};

}  // namespace chorus::serve

// The HTTP service over the engine (docs/API.md):
//   POST /v1/digest   articles in, the digest out (JSON as `chorus digest
//                     --format json` prints it; ?format=html|md|text too)
//   GET  /v1/health   liveness and load
//   GET  /            a page to paste or upload articles and see the report
// Errors are JSON {"error": "..."} naming the problem and the limit: 400 bad
// input, 404, 405, 408 a head or body not received in time, 411, 413 over a
// size limit, 414, 415, 431, 501, 505, 503 when every worker is busy and the
// queue is full, a request runs past its time limit, every connection is
// taken, or the server is stopping.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <thread>

namespace chorus::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see Server::bind)
  // Digests computed at once; each takes one core while it runs.
  std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
  // Requests that may wait for a worker; one more is refused with 503.
  std::size_t queue = 16;
  // Largest request body accepted (413 above): as the CLI's --max-file-size.
  // Counts the decoded bytes (after chunked framing and gzip, deflate or br
  // content coding); the bytes as sent may be at most twice this.
  std::size_t max_body_bytes = 10u * 1024u * 1024u;
  // Largest request head: request line and headers (431 above).
  std::size_t max_head_bytes = 64u * 1024u;
  // Most articles in one request (413 above).
  std::size_t max_articles = 200;
  // Longest a request may take, waiting for a worker included (503 after).
  double timeout_seconds = 30;
  // Connections served at once, each on its own thread; one more is answered
  // 503 and closed at once.
  std::size_t connections = 128;
  // Total time for a request's head to arrive, from its first byte (408
  // after), however slowly it trickles in.
  double head_timeout_seconds = 10;
  // Total time for a request's body to arrive once its head has, and for the
  // client to take the answer (408 after).
  double body_timeout_seconds = 30;
  // Longest a keep-alive connection may wait idle for its next request.
  double idle_timeout_seconds = 5;
  // After stop(), how long running digests may go on before they are
  // cancelled (their clients get 503).
  double grace_seconds = 10;
  // The entity model (chorus::Options::ner_model), loaded once at start;
  // empty: digests without entities.
  std::string ner_model;
};

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the listening socket and returns its port (the chosen one when
  // options.port is 0). Throws chorus::Error when it cannot.
  int bind();
  // Serves on the bound socket until stop(); returns once the requests in
  // progress are answered: requests still arriving are cut at once, digests
  // running get grace_seconds before they are cancelled.
  void run();
  // Stops accepting and makes run() return; safe from any thread, also
  // before run() has started.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chorus::serve

// The HTTP service over the engine (docs/API.md):
//   POST /v1/digest   articles in, the digest out (JSON as `chorus digest
//                     --format json` prints it; ?format=html|md|text too)
//   GET  /v1/health   liveness and load
//   GET  /            a page to paste or upload articles and see the report
// Errors are JSON {"error": "..."}: 400 bad input, 404, 405, 413 over a size
// limit, 503 when every worker is busy and the queue is full, or when a
// request runs past its time limit.
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
  std::size_t max_body_bytes = 10u * 1024u * 1024u;
  // Most articles in one request (413 above).
  std::size_t max_articles = 200;
  // Longest a request may take, waiting for a worker included (503 after).
  double timeout_seconds = 30;
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
  // progress are answered.
  void run();
  // Stops accepting and makes run() return; safe from any thread, also
  // before run() has started.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chorus::serve

#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stop_token>
#include <map>
#include <nlohmann/json.hpp>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "render/render.h"
#include "serve/digest_request.h"
#include "serve/index_page.h"
#include "serve/worker_pool.h"

namespace chorus::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kJson = "application/json";

std::string error_json(const std::string& message) {
  // replace: a message may quote a client's bytes cut mid-character.
  return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void fail(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(error_json(message), kJson);
}

// The methods each route answers; other methods on these paths get 405.
const std::map<std::string, std::string>& allowed_methods() {
  static const std::map<std::string, std::string> routes = {
      {"/", "GET, HEAD"}, {"/v1/health", "GET, HEAD"}, {"/v1/digest", "POST"}};
  return routes;
}

const char* content_type(const std::string& format) {
  if (format == "html") return "text/html; charset=utf-8";
  if (format == "md") return "text/markdown; charset=utf-8";
  if (format == "text") return "text/plain; charset=utf-8";
  return "application/json";
}

// One digest handed from a connection thread to a worker.
struct Job {
  const Engine* engine = nullptr;  // the server's, with the entity model loaded once
  DigestRequest request;
  std::string format;
  std::atomic<bool> abandoned{false};  // the client was answered 503 already
  std::stop_source stop;                // requested with `abandoned`: a running digest stops early
  std::promise<std::pair<int, std::string>> result;  // status, body

  void run() {
    if (abandoned) return result.set_value({503, {}});
    try {
      const Digest digest = engine->digest(request.articles, request.options, stop.get_token());
      result.set_value({200, render::render(digest, format, render::RenderOptions{})});
    } catch (const Cancelled&) {
      result.set_value({503, {}});  // nobody waits for it any more
    } catch (const Error& error) {
      result.set_value({400, error_json(error.what())});
    } catch (const std::exception& error) {
      result.set_value({500, error_json(std::string("internal error: ") + error.what())});
    }
  }
};

// httplib 0.11 listens with a backlog of 5, compiled into its shared
// library: under a burst of new connections the kernel drops SYNs and the
// client waits a second to retry. Listening again on the bound socket
// (allowed on Linux) raises the backlog.
class HttpServer : public httplib::Server {
 public:
  void widen_backlog(int backlog) { ::listen(svr_sock_, backlog); }
};

}  // namespace

Options engine_options(const ServeOptions& serve) {
  Options options;
  options.ner_model = serve.ner_model;
  return options;
}

struct Server::Impl {
  ServeOptions options;
  Engine engine;
  HttpServer http;
  WorkerPool workers;
  std::string index_page;
  std::atomic<bool> stopping{false};
  bool bound = false;

  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        engine(engine_options(options)),
        workers(options.threads, options.queue),
        index_page(make_index_page()) {
    // Connection threads: one per request a worker runs or the queue holds,
    // plus a few so health checks and 503s are answered while all are taken.
    const std::size_t connections = options.threads + options.queue + 4;
    http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
    http.set_payload_max_length(options.max_body_bytes);
    // Answers go out at once (no Nagle delay against the client's delayed
    // ACK), and a busy client keeps its connection for many requests.
    http.set_tcp_nodelay(true);
    http.set_keep_alive_max_count(1000);
    // SO_REUSEADDR (restart at once) but not httplib's default SO_REUSEPORT,
    // which would let a second server share the port without an error.
    http.set_socket_options([](socket_t sock) {
      const int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return check_method(req, res);
    });
    http.Get("/", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(index_page, "text/html; charset=utf-8");
    });
    http.Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) { health(res); });
    // A content reader takes the body as sent whatever its Content-Type:
    // httplib would otherwise parse `curl -d` bodies (form-urlencoded) as a form.
    http.Post("/v1/digest", [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& content) {
      if (req.is_multipart_form_data()) {
        res.set_header("Connection", "close");
        return fail(res, 415, "send the articles as a JSON body (Content-Type: application/json), not a form");
      }
      std::string body;
      const bool complete = content([&](const char* data, size_t size) {
        body.append(data, size);
        return true;
      });
      if (!complete) return;  // httplib set the status (413 over the limit); error_body words it
      digest(req, body, res);
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) { return error_body(req, res); }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
      std::string what = "unknown";
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      fail(res, 500, "internal error: " + what);
    });
  }

  httplib::Server::HandlerResponse check_method(const httplib::Request& req, httplib::Response& res) {
    const auto route = allowed_methods().find(req.path);
    if (route == allowed_methods().end()) return httplib::Server::HandlerResponse::Unhandled;
    if ((", " + route->second + ",").find(", " + req.method + ",") != std::string::npos) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.set_header("Allow", route->second);
    // The body (if any) is not read: close rather than misread it as the next request.
    res.set_header("Connection", "close");
    fail(res, 405, req.method + " is not allowed on " + req.path + " (allowed: " + route->second + ")");
    return httplib::Server::HandlerResponse::Handled;
  }

  // Gives every error httplib raises by itself (404, 413, ...) a JSON body.
  httplib::Server::HandlerResponse error_body(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours, already JSON
    switch (res.status) {
      case 404:
        fail(res, 404, "no such resource: " + req.path + " (see GET / and docs/API.md: POST /v1/digest, GET /v1/health)");
        break;
      case 413:
        fail(res, 413, "request body is over the " + std::to_string(options.max_body_bytes) + "-byte limit");
        break;
      default:
        fail(res, res.status, "HTTP error " + std::to_string(res.status));
    }
    return httplib::Server::HandlerResponse::Handled;
  }

  void health(httplib::Response& res) {
    const WorkerPool::Load load = workers.load();
    const nlohmann::ordered_json body = {
        {"status", "ok"}, {"workers", load.workers}, {"busy", load.busy}, {"queued", load.queued}};
    res.set_content(body.dump() + "\n", kJson);
  }

  void digest(const httplib::Request& req, const std::string& body, httplib::Response& res) {
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(options.timeout_seconds));
    const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
    if (format != "json" && format != "html" && format != "md" && format != "text") {
      return fail(res, 400, "unknown format '" + format.substr(0, 40) + "' (known: json, html, md, text)");
    }
    auto job = std::make_shared<Job>();
    job->engine = &engine;
    try {
      job->request = parse_digest_request(body, options.max_articles);
    } catch (const RequestError& error) {
      return fail(res, error.status(), error.what());
    }
    job->format = format;
    std::future<std::pair<int, std::string>> result = job->result.get_future();
    if (!workers.try_submit([job] { job->run(); })) {
      res.set_header("Retry-After", "1");
      return fail(res, 503, "overloaded: all " + std::to_string(options.threads) + " workers are busy and " +
                                std::to_string(options.queue) + " requests are waiting; retry later");
    }
    if (result.wait_until(deadline) != std::future_status::ready) {
      job->abandoned = true;  // a queued job is then skipped; a running one stops early
      job->stop.request_stop();
      res.set_header("Retry-After", "1");
      return fail(res, 503, "the request took longer than the time limit of " + seconds_text() + " s");
    }
    auto [status, answer] = result.get();
    if (status == 200) {
      res.set_content(std::move(answer), content_type(format));
    } else {
      res.status = status;
      res.set_content(std::move(answer), kJson);
    }
  }

  std::string seconds_text() const {
    char text[32];
    std::snprintf(text, sizeof text, "%g", options.timeout_seconds);
    return text;
  }
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Server::~Server() { stop(); }

int Server::bind() {
  const ServeOptions& o = impl_->options;
  int port = o.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(o.host);
  } else if (!impl_->http.bind_to_port(o.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    throw Error("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                " (address in use, not local, or not permitted; try another --port)");
  }
  impl_->http.widen_backlog(1024);
  impl_->bound = true;
  return port;
}

void Server::run() {
  if (!impl_->bound) bind();
  if (impl_->stopping) return;
  impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->stopping = true;
  impl_->http.stop();
}

}  // namespace chorus::serve

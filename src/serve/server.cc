#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <stop_token>

#include "chorus/engine.h"
#include "chorus/error.h"
#include "render/render.h"
#include "serve/connection_server.h"
#include "serve/digest_request.h"
#include "serve/http_errors.h"
#include "serve/index_page.h"
#include "serve/worker_pool.h"

namespace chorus::serve {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kJson = "application/json";

void fail(httplib::Response& res, int status, const std::string& message) {
  if (status == 503) res.set_header("Retry-After", "1");
  res.status = status;
  res.set_content(error_json(message), kJson);
}

// The methods each route answers; other methods on these paths get 405.
const std::map<std::string, std::string>& allowed_methods() {
  static const std::map<std::string, std::string> routes = {
      {"/", "GET, HEAD"}, {"/v1/health", "GET, HEAD"}, {"/v1/digest", "POST"}};
  return routes;
}

// The methods whose body httplib reads before routing (its expect_content).
bool reads_content(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE" || method == "PRI";
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
      const Digest digest = engine->digest(std::move(request.articles), request.options, stop.get_token());
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

}  // namespace

Options engine_options(const ServeOptions& serve) {
  Options options;
  options.ner_model = serve.ner_model;
  return options;
}

struct Server::Impl {
  ServeOptions options;
  Engine engine;
  ConnectionServer http;
  WorkerPool workers;
  std::string index_page;
  std::atomic<bool> stopping{false};
  std::atomic<Clock::rep> stopped_at{0};  // when stop() was called (Clock ticks)
  bool bound = false;

  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        engine(engine_options(options)),
        http(options),
        workers(options.threads, options.queue),
        index_page(make_index_page()) {
    // A backstop only: gate() refuses a Content-Length over the limit first,
    // since httplib would read the whole body just to drop it.
    http.set_payload_max_length(options.max_body_bytes);
    http.set_tcp_nodelay(true);
    // A busy client keeps its connection for many requests.
    http.set_keep_alive_max_count(1000);
    // SO_REUSEADDR (restart at once) but not httplib's default SO_REUSEPORT,
    // which would let a second server share the port without an error.
    http.set_socket_options([](socket_t sock) {
      const int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Before any body is read: the method, the framing and the length, also
    // before answering `Expect: 100-continue`.
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) { return gate(req, res); });
    http.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
      return gate(req, res) == httplib::Server::HandlerResponse::Handled ? res.status : 100;
    });
    http.Get("/", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(index_page, "text/html; charset=utf-8");
    });
    http.Get("/v1/health", [this](const httplib::Request&, httplib::Response& res) { health(res); });
    // A content reader takes the body as sent whatever its Content-Type:
    // httplib would otherwise parse `curl -d` bodies (form-urlencoded) as a form.
    http.Post("/v1/digest", [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& content) { read_and_digest(req, res, content); });
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

  // Ends the connection after this answer: part of the request is unread, or
  // its framing cannot be trusted.
  static void close_after(const httplib::Request& req, httplib::Response& res) {
    if (ConnectionStream* stream = ConnectionStream::current()) stream->close_after_answer();
    if (req.get_header_value("Connection") != "close") res.set_header("Connection", "close");  // httplib adds it then
  }

  static void fail(httplib::Response& res, const HttpError& error) { fail(res, error.status, error.message); }
  static void fail(httplib::Response& res, int status, const std::string& message) {
    ::chorus::serve::fail(res, status, message);
  }

  httplib::Server::HandlerResponse gate(const httplib::Request& req, httplib::Response& res) {
    const bool has_body = req.has_header("Transfer-Encoding") ||
                          (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
    const bool reads_body = req.method == "POST" && req.path == "/v1/digest";
    // A body no handler reads would be taken for the next request.
    if (has_body && !reads_body) close_after(req, res);
    if (check_method(req, res) == httplib::Server::HandlerResponse::Handled) return httplib::Server::HandlerResponse::Handled;
    if (reads_body) {
      if (const auto error = check_body_framing(req, options)) {
        close_after(req, res);
        fail(res, *error);
        return httplib::Server::HandlerResponse::Handled;
      }
    } else if (allowed_methods().count(req.path) == 0 && (has_body || reads_content(req.method))) {
      // 404 now: httplib would read the body first, without a length until
      // the client closes. Closing after it: such a client may well be
      // sending a body.
      close_after(req, res);
      fail(res, explain_status(404, req, nullptr, options));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  }

  httplib::Server::HandlerResponse check_method(const httplib::Request& req, httplib::Response& res) {
    const auto route = allowed_methods().find(req.path);
    if (route == allowed_methods().end()) return httplib::Server::HandlerResponse::Unhandled;
    if ((", " + route->second + ",").find(", " + req.method + ",") != std::string::npos) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.set_header("Allow", route->second);
    // The body (if any) is not read: close rather than misread it as the next request.
    close_after(req, res);
    fail(res, 405, req.method + " is not allowed on " + req.path + " (allowed: " + route->second + ")");
    return httplib::Server::HandlerResponse::Handled;
  }

  // Gives every error httplib raises by itself (400, 404, 413, 414, ...) a
  // JSON body that says what was wrong and the limit, and the status that
  // says it best (408 for a deadline, 431, 501, 505 rather than 400).
  httplib::Server::HandlerResponse error_body(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours, already JSON
    const HttpError error = explain_status(res.status, req, ConnectionStream::current(), options);
    if (error.status != 404 && error.status != 416) close_after(req, res);
    fail(res, error);
    return httplib::Server::HandlerResponse::Handled;
  }

  void health(httplib::Response& res) {
    const WorkerPool::Load load = workers.load();
    const nlohmann::ordered_json body = {
        {"status", "ok"}, {"workers", load.workers}, {"busy", load.busy}, {"queued", load.queued}};
    res.set_content(body.dump() + "\n", kJson);
  }

  void read_and_digest(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& content) {
    if (req.is_multipart_form_data()) {
      close_after(req, res);
      return fail(res, 415,
                                   "send the articles as a JSON body (Content-Type: application/json), not a form");
    }
    // The receiver sees the body decoded (chunked framing and content coding
    // removed), so the limit holds however the body was sent.
    std::string body;
    bool over = false;
    const bool complete = content([&](const char* data, size_t size) {
      if (size > options.max_body_bytes - body.size()) {
        over = true;
        return false;  // httplib stops reading here
      }
      body.append(data, size);
      return true;
    });
    if (over) {
      close_after(req, res);
      return fail(res, 413, "the request body, decoded, is over the " +
                                                 std::to_string(options.max_body_bytes) + "-byte limit (--max-body)");
    }
    if (!complete) {
      close_after(req, res);
      const ConnectionStream* stream = ConnectionStream::current();
      if (stream != nullptr) {
        if (const auto error = read_failure_error(stream->failure(), stream->head(), options)) return fail(res, *error);
      }
      const std::string coding = req.get_header_value("Content-Encoding");
      return fail(
          res, 400,
          "the request body could not be read: it ended early, or its chunked framing" +
              (coding.empty() || coding == "identity" ? std::string() : " or its " + coding + " data") + " is malformed");
    }
    digest(req, body, res);
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
    if (stopping || !workers.try_submit([job] { job->run(); })) {
      if (stopping) return fail(res, {503, "the server is shutting down; retry later"});
      return fail(res, {503, "overloaded: all " + std::to_string(options.threads) + " workers are busy and " +
                                 std::to_string(options.queue) + " requests are waiting; retry later"});
    }
    if (const auto error = wait_for(result, deadline)) {
      job->abandoned = true;  // a queued job is then skipped; a running one stops early
      job->stop.request_stop();
      return fail(res, *error);
    }
    auto [status, answer] = result.get();
    if (status == 200) {
      res.set_content(std::move(answer), content_type(format));
    } else {
      res.status = status;
      res.set_content(std::move(answer), kJson);
    }
  }

  // Waits for a digest until the request's deadline, or, once the server is
  // stopping, until its grace period ends; the error when it gave up.
  std::optional<HttpError> wait_for(std::future<std::pair<int, std::string>>& result, Clock::time_point deadline) {
    const auto grace = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.grace_seconds));
    for (;;) {
      // Short waits: the grace period starts whenever stop() comes.
      if (result.wait_for(std::chrono::milliseconds(50)) == std::future_status::ready) return std::nullopt;
      const Clock::time_point now = Clock::now();
      if (now >= deadline) {
        return HttpError{503, "the request took longer than the time limit of " + seconds_text(options.timeout_seconds) +
                                  " s (--timeout)"};
      }
      if (stopping && now >= Clock::time_point(Clock::duration(stopped_at.load())) + grace) {
        return HttpError{503, "the server is shutting down: the digest was cancelled after the grace period of " +
                                  seconds_text(options.grace_seconds) + " s (--grace)"};
      }
    }
  }

  static std::string seconds_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
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
  impl_->http.wait_connections();
}

void Server::stop() {
  if (!impl_->stopping.exchange(true)) impl_->stopped_at = Clock::now().time_since_epoch().count();
  impl_->http.stop_connections();
}

}  // namespace chorus::serve

// The words of every error the service answers on its own rather than from a
// handler: what was wrong with the request and which limit it crossed. httplib
// raises bare statuses (400, 413, 414, ...); these functions say why, reading
// the request's head as it arrived and why reading it stopped.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "serve/connection_stream.h"
#include "serve/server.h"

namespace chorus::serve {

struct HttpError {
  int status = 400;
  std::string message;
};

// Checks how a request body is framed before any of it is read: chunked or
// with a Content-Length within max_body_bytes, in a content coding that can be
// decoded. A POST without Content-Length or chunked Transfer-Encoding has no
// body in HTTP/1.1 (RFC 9112 section 6.3), so it is refused with 411 rather
// than read until the client closes.
std::optional<HttpError> check_body_framing(const httplib::Request& req, const ServeOptions& options);

// The error for a read that failed (408, 413, 414, 431, 503), or nullopt when
// the client just went away.
std::optional<HttpError> read_failure_error(ReadFailure failure, const std::string& head, const ServeOptions& options);

// Why httplib answered `status` by itself: from the stream's failure when a
// read failed, else from the head it read (`stream` may be null).
HttpError explain_status(int status, const httplib::Request& req, const ConnectionStream* stream,
                         const ServeOptions& options);

// What is wrong with a request head httplib could not parse.
HttpError diagnose_head(const std::string& head);

// {"error": message} as the body of every error answer.
std::string error_json(const std::string& message);
// A whole HTTP/1.1 answer for `error` that closes the connection, for when
// httplib wrote none.
std::string error_response(const HttpError& error);
const char* reason_phrase(int status);

}  // namespace chorus::serve

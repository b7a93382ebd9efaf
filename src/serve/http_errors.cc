#include "serve/http_errors.h"

#include <strings.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>

namespace chorus::serve {
namespace {

// The methods httplib's request parser knows; others are 501.
constexpr std::array<std::string_view, 10> kKnownMethods = {"GET",     "HEAD",    "POST",  "PUT",   "DELETE",
                                                             "CONNECT", "OPTIONS", "TRACE", "PATCH", "PRI"};
constexpr std::size_t kQuoted = 60;

// A client's bytes in a message: cut short, line ends shown.
std::string quote(std::string_view text) {
  std::string out = "'";
  for (std::size_t i = 0; i < text.size() && i < kQuoted; ++i) {
    if (text[i] == '\r') {
      out += "\\r";
    } else if (text[i] == '\n') {
      out += "\\n";
    } else {
      out += text[i];
    }
  }
  return out + (text.size() > kQuoted ? "...'" : "'");
}

std::string seconds(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::string bytes(std::size_t value) { return std::to_string(value) + "-byte"; }

std::string body_limit(const ServeOptions& options) {
  return "the " + bytes(options.max_body_bytes) + " limit (--max-body)";
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<HttpError> check_body_framing(const httplib::Request& req, const ServeOptions& options) {
  if (req.has_header("Transfer-Encoding")) {
    const std::string coding = req.get_header_value("Transfer-Encoding");
    if (strcasecmp(coding.c_str(), "chunked") != 0) {
      return HttpError{501, "Transfer-Encoding " + quote(coding) +
                                " is not supported: send the body with Content-Length or Transfer-Encoding: chunked"};
    }
  } else if (!req.has_header("Content-Length")) {
    return HttpError{411, req.method + " " + req.path +
                              " needs a body with Content-Length or Transfer-Encoding: chunked (HTTP/1.1 reads a "
                              "request with neither as having no body)"};
  } else {
    const std::size_t count = req.get_header_value_count("Content-Length");
    const std::string length = req.get_header_value("Content-Length");
    const bool digits = !length.empty() && length.size() <= 19 &&
                        std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return HttpError{400, "Content-Length " + quote(length) + " is not a number of bytes"};
    for (std::size_t i = 1; i < count; ++i) {
      if (req.get_header_value("Content-Length", i) != length) {
        return HttpError{400, "the request has several different Content-Length headers"};
      }
    }
    if (std::stoull(length) > options.max_body_bytes) {
      return HttpError{413, "the request body (Content-Length " + length + ") is over " + body_limit(options)};
    }
  }
  if (req.has_header("Content-Encoding")) {
    const std::string coding = std::string(trim(req.get_header_value("Content-Encoding")));
    if (coding != "gzip" && coding != "deflate" && coding != "br" && coding != "identity") {
      return HttpError{415, "Content-Encoding " + quote(coding) + " is not supported (gzip, deflate, br or none)"};
    }
  }
  return std::nullopt;
}

std::optional<HttpError> read_failure_error(ReadFailure failure, const std::string& head, const ServeOptions& options) {
  switch (failure) {
    case ReadFailure::head_deadline:
      return HttpError{408, "the request head (request line and headers) did not arrive within " +
                                seconds(options.head_timeout_seconds) + " s (--head-timeout)"};
    case ReadFailure::head_too_large:
      if (head.find('\n') == std::string::npos) {
        return HttpError{414, "the request line is over the " + bytes(options.max_head_bytes) +
                                  " limit (--max-head): send long input in a POST body"};
      }
      return HttpError{431, "the request head (request line and headers) is over the " +
                                bytes(options.max_head_bytes) + " limit (--max-head)"};
    case ReadFailure::body_deadline:
      return HttpError{408, "the request body did not arrive within " + seconds(options.body_timeout_seconds) +
                                " s of its head (--body-timeout)"};
    case ReadFailure::body_too_large:
      return HttpError{413, "the request body as sent, chunked framing included, is over the " +
                                bytes(2 * options.max_body_bytes) + " limit (twice --max-body)"};
    case ReadFailure::stopping:
      return HttpError{503, "the server is shutting down; retry later"};
    case ReadFailure::none:
    case ReadFailure::closed:
      break;
  }
  return std::nullopt;
}

HttpError diagnose_head(const std::string& head) {
  const std::size_t line_end = head.find('\n');
  if (line_end == std::string::npos) return {400, "incomplete request line " + quote(head)};
  const std::string_view line(head.data(), line_end + 1);
  if (line.size() < 2 || line[line.size() - 2] != '\r') {
    return {400, "the request line " + quote(line) + " must end with CRLF"};
  }
  const std::string_view content = line.substr(0, line.size() - 2);
  std::vector<std::string_view> parts;  // split at spaces, as httplib does (runs of spaces count as one)
  for (std::size_t start = 0; start < content.size();) {
    const std::size_t space = std::min(content.find(' ', start), content.size());
    if (space > start) parts.push_back(content.substr(start, space - start));
    start = space + 1;
  }
  if (parts.size() != 3) {
    return {400, "malformed request line " + quote(content) + " (expected METHOD TARGET HTTP/1.1)"};
  }
  if (std::find(kKnownMethods.begin(), kKnownMethods.end(), parts[0]) == kKnownMethods.end()) {
    return {501, "method " + quote(parts[0]) + " is not implemented (this server answers GET, HEAD and POST)"};
  }
  if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
    return {505, "HTTP version " + quote(parts[2]) + " is not supported (HTTP/1.1 or HTTP/1.0)"};
  }
  if (std::count(parts[1].begin(), parts[1].end(), '?') > 1) {
    return {400, "malformed request target " + quote(parts[1]) + " (more than one '?')"};
  }
  for (std::size_t start = line_end + 1; start < head.size();) {
    std::size_t end = head.find('\n', start);
    if (end == std::string::npos) end = head.size();
    std::string_view header(head.data() + start, end - start);
    start = end + 1;
    if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
    if (header.empty()) break;  // the blank line ending the head
    if (header.size() + 2 > CPPHTTPLIB_HEADER_MAX_LENGTH) {
      return {431, "the header line " + quote(header) + " is over the " + bytes(CPPHTTPLIB_HEADER_MAX_LENGTH) +
                       " limit"};
    }
    const std::size_t colon = header.find(':');
    if (colon == std::string_view::npos || colon == 0 || trim(header.substr(colon + 1)).empty()) {
      return {400, "malformed header line " + quote(header) + " (expected Name: value)"};
    }
  }
  return {400, "malformed request head " + quote(head)};
}

HttpError explain_status(int status, const httplib::Request& req, const ConnectionStream* stream,
                         const ServeOptions& options) {
  if (stream != nullptr) {
    if (auto error = read_failure_error(stream->failure(), stream->head(), options)) return *error;
  }
  switch (status) {
    case 400:
      if (stream != nullptr) return diagnose_head(stream->head());
      return {400, "malformed request"};
    case 404:
      return {404, "no such resource: " + req.path + " (see GET / and docs/API.md: POST /v1/digest, GET /v1/health)"};
    case 413:
      return {413, "the request body is over " + body_limit(options)};
    case 414:
      return {414, "the request line is over the " + bytes(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) +
                       " limit: send long input in a POST body"};
    case 415:
      return {415, "the request's Content-Encoding cannot be decoded (gzip, deflate, br or none)"};
    case 416:
      return {416, "the Range header " + quote(req.get_header_value("Range")) + " is not a valid byte range"};
    case 500:
      return {500, "internal error while reading the request"};
    default:
      return {status, "HTTP error " + std::to_string(status) + " (" + reason_phrase(status) + ")"};
  }
}

std::string error_json(const std::string& message) {
  // replace: a message may quote a client's bytes cut mid-character.
  return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string error_response(const HttpError& error) {
  const std::string body = error_json(error.message);
  return "HTTP/1.1 " + std::to_string(error.status) + " " + reason_phrase(error.status) +
         "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         (error.status == 503 ? "\r\nRetry-After: 1" : "") + "\r\nConnection: close\r\n\r\n" + body;
}

const char* reason_phrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
  }
}

}  // namespace chorus::serve

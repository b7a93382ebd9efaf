// Fetching one web page by URL (libcurl, loaded on first use), for inputs the CLI is given as
// http:// or https:// URLs. Every fetch is bounded: in time (total, connect
// and low-speed limits), in size (decoded bytes, so a gzip bomb cannot grow
// past the limit) and in where it may go (http and https only, redirects
// included, so a redirect cannot read file:// or other local resources).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chorus::ingest {

struct FetchOptions {
  // The whole transfer, connecting and every redirect included.
  double timeout_seconds = 30.0;
  // Resolving the host and connecting, per request.
  double connect_timeout_seconds = 10.0;
  // A transfer slower than 1 byte/s for this long is cut (a server that
  // trickles bytes, or holds the connection open without answering).
  double low_speed_seconds = 15.0;
  // Most bytes of body kept, counted after gzip/deflate/br decoding; the
  // transfer stops the moment a page passes it.
  uint64_t max_bytes = 10u * 1024u * 1024u;
  // Most redirects followed.
  long max_redirects = 8;
  std::string user_agent = "chorus/0.1 (news digest; +https://example.invalid/chorus)";
};

struct FetchedPage {
  std::string url;           // as asked
  std::string final_url;     // after redirects
  long status = 0;           // final HTTP status (2xx)
  std::string content_type;  // media type of Content-Type, lower-cased, no parameters ("text/html"); "" when none
  std::string charset;       // its charset parameter, lower-cased, unquoted; "" when none
  std::string body;          // decoded body bytes
};

// True when `argument` names an http:// or https:// URL (scheme compared
// case-insensitively), the form the CLI treats as a URL rather than a path.
bool is_url(std::string_view argument);

// Fetches one page, following redirects. Accepted content types are HTML,
// XHTML, plain text and XML, or none given. Throws chorus::Error with a
// one-line message starting with the URL on any failure, e.g.
// "<url>: timed out after 30 s", "<url>: HTTP 404 Not Found",
// "<url>: more than 8 redirects", "<url>: page is over the 10 MB limit",
// "<url>: cannot resolve host 'x.invalid'", "<url>: connection refused",
// "<url>: not a web page (content type image/png)",
// "<url>: only http and https URLs are read",
// "<url>: cannot fetch URLs: libcurl is not installed (...); install libcurl4".
// libcurl is loaded (dlopen) by the first call, not at program start.
// Safe to call from many threads at once.
FetchedPage fetch_url(const std::string& url, const FetchOptions& options = {});

}  // namespace chorus::ingest

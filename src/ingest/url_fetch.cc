#include "ingest/url_fetch.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <system_error>

#include "chorus/error.h"
#include "ingest/curl_library.h"
#include "text/ascii.h"
#include "text/utf8.h"

// CURLOPT_PROTOCOLS_STR and CURLOPT_REDIR_PROTOCOLS_STR, which keep every
// request and redirect on http and https, came in 7.85.
#if LIBCURL_VERSION_NUM < 0x075500
#error "chorus needs libcurl 7.85 or newer (Debian 12 has 7.88)"
#endif

namespace chorus::ingest {
namespace {

// Longest piece of server-sent text (a reason phrase, a content type, a
// Location) quoted back in a message.
constexpr std::size_t kQuoteLimit = 80;

// What the page may be: HTML, XHTML, plain text or XML. A missing type is
// accepted too (old servers omit it; the reader sniffs the bytes).
constexpr std::string_view kWebPageTypes[] = {"text/html", "application/xhtml+xml", "text/plain", "application/xml",
                                              "text/xml"};

std::string_view trim(std::string_view bytes) {
  while (!bytes.empty() && text::is_ascii_space(bytes.front())) bytes.remove_prefix(1);
  while (!bytes.empty() && text::is_ascii_space(bytes.back())) bytes.remove_suffix(1);
  return bytes;
}

bool starts_with_ignoring_case(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && text::ascii_lowered(bytes.substr(0, prefix.size())) == prefix;
}

// `bytes` fit for a one-line message: well-formed UTF-8 is kept; control
// characters, line separators and ill-formed bytes become %XX (as a URL
// would spell them); past `limit` bytes the rest is cut to "...".
std::string printable(std::string_view bytes, std::size_t limit = std::string_view::npos) {
  std::string out;
  for (std::size_t at = 0; at < bytes.size();) {
    if (out.size() >= limit) {
      out += "...";
      break;
    }
    const text::Utf8Step step = text::decode_utf8(bytes, at);
    const char32_t c = step.code_point;
    const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029;
    if (step.valid && !control) {
      out.append(bytes.substr(at, step.length));
    } else {
      for (uint32_t i = 0; i < step.length; ++i) {
        char escaped[4];
        std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(bytes[at + i]));
        out += escaped;
      }
    }
    at += step.length;
  }
  return out;
}

// "812 bytes", "64 KB", "10 MB" (binary units, as the 10 MB default is).
std::string format_size(uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  const bool megabytes = bytes >= 1024 * 1024;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (megabytes ? 1024.0 * 1024.0 : 1024.0));
  std::string result = text;
  if (result.ends_with(".0")) result.resize(result.size() - 2);
  return result + (megabytes ? " MB" : " KB");
}

// "30", "1.5", "0.25": seconds as a user wrote them.
std::string format_seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", seconds);
  return text;
}

// Seconds to the milliseconds curl takes, at least 1 (0 would mean "never").
long milliseconds(double seconds) {
  const double ms = std::ceil(seconds * 1000.0);
  return ms >= static_cast<double>(std::numeric_limits<long>::max()) ? std::numeric_limits<long>::max()
                                                                     : std::max(1L, static_cast<long>(ms));
}

// Seconds rounded up to the whole seconds curl takes for its low-speed limit.
long whole_seconds(double seconds) {
  const double whole = std::ceil(seconds);
  return whole >= 1e9 ? 1'000'000'000L : std::max(1L, static_cast<long>(whole));
}

struct MediaType {
  std::string type;     // "text/html"
  std::string charset;  // "iso-8859-1"
};

// A Content-Type value split as RFC 9110 section 8.3 has it:
// type "/" subtype *( ";" name "=" ( token / quoted-string ) ).
MediaType parse_content_type(std::string_view value) {
  MediaType result;
  std::size_t at = value.find(';');
  result.type = text::ascii_lowered(trim(value.substr(0, at)));
  while (at < value.size()) {
    const std::size_t name_end = value.find_first_of("=;", at + 1);
    const std::string name = text::ascii_lowered(trim(value.substr(at + 1, name_end - at - 1)));
    if (name_end == std::string_view::npos || value[name_end] == ';') {
      at = name_end;  // a parameter without a value
      continue;
    }
    std::size_t start = name_end + 1;
    while (start < value.size() && text::is_ascii_space(value[start])) ++start;
    std::string parameter;
    if (start < value.size() && value[start] == '"') {
      std::size_t i = start + 1;
      for (; i < value.size() && value[i] != '"'; ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) ++i;
        parameter += value[i];
      }
      at = value.find(';', i);
    } else {
      at = value.find(';', start);
      parameter = trim(value.substr(start, at == std::string_view::npos ? at : at - start));
    }
    if (name == "charset" && result.charset.empty()) result.charset = text::ascii_lowered(trim(parameter));
  }
  return result;
}

bool is_web_page_type(const std::string& type) {
  return type.empty() || std::find(std::begin(kWebPageTypes), std::end(kWebPageTypes), type) != std::end(kWebPageTypes);
}

// HTTP/2 and HTTP/3 status lines carry no reason phrase: the usual ones.
std::string_view standard_reason(long status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
  }
}

// What one fetch learns while curl runs it; the callbacks write here.
struct Transfer {
  const CurlLibrary* curl = nullptr;
  CURL* handle = nullptr;
  uint64_t max_bytes = 0;
  std::string body;
  long status = 0;     // of the latest status line
  std::string reason;  // its reason phrase, printable
  std::string location;
  // True from the start and after each redirect until a connection is
  // made, so a timeout can say it happened while connecting.
  bool awaiting_connection = true;
  bool response_checked = false;
  // Why a callback stopped the transfer ("" when none did).
  std::string problem;
};

std::string status_problem(long status, const std::string& reason) {
  const std::string_view known = reason.empty() ? standard_reason(status) : std::string_view(reason);
  return "HTTP " + std::to_string(status) + (known.empty() ? "" : " " + std::string(known));
}

std::string over_limit(uint64_t max_bytes) { return "page is over the " + format_size(max_bytes) + " limit"; }

// Why the final response is not a page we keep ("" when it is), checked
// before any of its body is kept: status, content type, announced length.
std::string response_problem(const Transfer& transfer) {
  const CurlLibrary& curl = *transfer.curl;
  long status = 0;
  curl.easy_getinfo(transfer.handle, CURLINFO_RESPONSE_CODE, &status);
  // A 3xx here is a redirect curl could not follow (no Location).
  if (status < 200 || status >= 300) return status_problem(status, status == transfer.status ? transfer.reason : "");
  char* content_type = nullptr;
  curl.easy_getinfo(transfer.handle, CURLINFO_CONTENT_TYPE, &content_type);
  const MediaType media = parse_content_type(content_type == nullptr ? "" : content_type);
  if (!is_web_page_type(media.type)) {
    return "not a web page (content type " + printable(media.type, kQuoteLimit) + ")";
  }
  // The length of the bytes sent: with gzip or br the page is larger still.
  curl_off_t length = -1;
  curl.easy_getinfo(transfer.handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
  if (length > 0 && static_cast<uint64_t>(length) > transfer.max_bytes) {
    return over_limit(transfer.max_bytes) + " (its Content-Length is " + format_size(static_cast<uint64_t>(length)) +
           ")";
  }
  return "";
}

// curl's write callback: keeps decoded body bytes up to the limit. Returning
// less than `count` makes curl stop the transfer with CURLE_WRITE_ERROR.
std::size_t on_body(char* data, std::size_t /*size, always 1*/, std::size_t count, void* user) {
  auto& transfer = *static_cast<Transfer*>(user);
  try {  // nothing may unwind through curl
    if (!transfer.response_checked) {
      transfer.response_checked = true;
      transfer.problem = response_problem(transfer);
      if (!transfer.problem.empty()) return 0;
    }
    if (count > transfer.max_bytes - transfer.body.size()) {
      transfer.problem = over_limit(transfer.max_bytes);
      return 0;
    }
    transfer.body.append(data, count);
  } catch (...) {
    transfer.problem = "out of memory";
    return 0;
  }
  return count;
}

// curl's header callback, called with each header line of every response
// (redirects included) and the blank line that ends each block.
std::size_t on_header(char* data, std::size_t /*size, always 1*/, std::size_t count, void* user) {
  auto& transfer = *static_cast<Transfer*>(user);
  const std::string_view line(data, count);
  try {
    if (line.starts_with("HTTP/")) {
      // "HTTP/1.1 404 Not Found"; HTTP/2 sends "HTTP/2 404" with no reason.
      std::size_t at = std::min(line.find(' '), line.size());
      transfer.status = 0;
      while (++at < line.size() && text::is_ascii_digit(line[at]) && transfer.status < 1000) {
        transfer.status = transfer.status * 10 + (line[at] - '0');
      }
      transfer.reason = at < line.size() ? printable(trim(line.substr(at)), kQuoteLimit) : "";
      transfer.location.clear();
    } else if (starts_with_ignoring_case(line, "location:")) {
      transfer.location = trim(line.substr(9));
    } else if (trim(line).empty() && transfer.status >= 300 && transfer.status < 400 && !transfer.location.empty()) {
      transfer.awaiting_connection = true;  // curl follows it next
    }
  } catch (...) {  // nothing may unwind through curl
    return 0;
  }
  return count;
}

// curl's pre-request callback: a connection is made (or reused) and the
// request is about to go out.
int on_connected(void* user, char* /*primary_ip*/, char* /*local_ip*/, int /*primary_port*/, int /*local_port*/) {
  static_cast<Transfer*>(user)->awaiting_connection = false;
  return CURL_PREREQFUNC_OK;
}

std::string host_of(const CurlLibrary& curl, const char* url) {
  std::unique_ptr<CURLU, decltype(CurlLibrary::url_cleanup)> parsed(curl.url(), curl.url_cleanup);
  char* host = nullptr;
  if (url == nullptr || !parsed || curl.url_set(parsed.get(), CURLUPART_URL, url, 0) != CURLUE_OK ||
      curl.url_get(parsed.get(), CURLUPART_HOST, &host, 0) != CURLUE_OK) {
    return "";
  }
  std::string result = host;
  curl.free(host);
  return result;
}

// What went wrong, for a transfer curl ended with `code`.
std::string transfer_problem(const Transfer& transfer, CURLcode code, const char* error_buffer,
                             const FetchOptions& options, double elapsed_seconds) {
  if (!transfer.problem.empty()) return transfer.problem;
  const CurlLibrary& curl = *transfer.curl;
  // curl's own one-line description, where we have nothing better.
  const std::string detail = printable(trim(*error_buffer != '\0' ? error_buffer : curl.easy_strerror(code)));
  char* effective_url = nullptr;
  curl.easy_getinfo(transfer.handle, CURLINFO_EFFECTIVE_URL, &effective_url);
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      // Our clock starts before curl's, so the whole-transfer limit has
      // surely passed when curl stopped for it.
      if (elapsed_seconds >= options.timeout_seconds) {
        return "timed out after " + format_seconds(options.timeout_seconds) + " s";
      }
      if (transfer.awaiting_connection) {
        return "timed out connecting after " + format_seconds(options.connect_timeout_seconds) + " s";
      }
      return "timed out: the server sent under 1 byte/s for " +
             std::to_string(whole_seconds(options.low_speed_seconds)) + " s";
    case CURLE_TOO_MANY_REDIRECTS:
      return "more than " + std::to_string(options.max_redirects) + " redirects";
    case CURLE_UNSUPPORTED_PROTOCOL:
      // The URL itself was checked to be http or https before.
      if (transfer.location.empty()) return detail;
      return "redirected to a URL that is not http or https (" + printable(transfer.location, kQuoteLimit) + ")";
    case CURLE_COULDNT_RESOLVE_HOST:
      return "cannot resolve host '" + printable(host_of(curl, effective_url), kQuoteLimit) + "'";
    case CURLE_COULDNT_CONNECT: {
      long os_error = 0;
      curl.easy_getinfo(transfer.handle, CURLINFO_OS_ERRNO, &os_error);
      if (os_error == ECONNREFUSED) return "connection refused";
      if (os_error != 0) {
        return "cannot connect (" + std::error_code(static_cast<int>(os_error), std::generic_category()).message() + ")";
      }
      return "cannot connect (" + detail + ")";
    }
    case CURLE_URL_MALFORMAT:
      return "not a valid URL (" + detail + ")";
    case CURLE_PEER_FAILED_VERIFICATION:
      return "the server's TLS certificate is not trusted (" + detail + ")";
    case CURLE_SSL_CONNECT_ERROR:
      return "TLS handshake failed (" + detail + ")";
    case CURLE_GOT_NOTHING:
      return "the server closed the connection without answering";
    case CURLE_PARTIAL_FILE:
      return "the connection closed before the page ended";
    case CURLE_BAD_CONTENT_ENCODING:
      return "cannot decode the compressed page (" + detail + ")";
    default:
      return detail;
  }
}

// Why `options` cannot be used ("" when they can).
std::string options_problem(const FetchOptions& options) {
  const auto positive = [](double seconds) { return std::isfinite(seconds) && seconds > 0; };
  // curl reads 0 as "no limit", and a fetch must never hang.
  if (!positive(options.timeout_seconds) || !positive(options.connect_timeout_seconds) ||
      !positive(options.low_speed_seconds)) {
    return "every fetch timeout must be a positive number of seconds";
  }
  if (options.max_redirects < 0) return "the most redirects to follow must not be negative";
  return "";
}

}  // namespace

bool is_url(std::string_view argument) {
  return starts_with_ignoring_case(argument, "http://") || starts_with_ignoring_case(argument, "https://");
}

FetchedPage fetch_url(const std::string& url, const FetchOptions& options) {
  const auto fail = [&url](const std::string& problem) { return Error(printable(url) + ": " + problem); };
  if (!is_url(url)) throw fail("only http and https URLs are read");
  if (const std::string problem = options_problem(options); !problem.empty()) throw fail(problem);
  // libcurl is loaded (and started) by the first fetch, not at start.
  const CurlLibrary* loaded = nullptr;
  try {
    loaded = &curl_library();
  } catch (const Error& error) {
    throw fail(error.what());
  }
  const CurlLibrary& curl = *loaded;

  std::unique_ptr<CURL, decltype(CurlLibrary::easy_cleanup)> handle(curl.easy_init(), curl.easy_cleanup);
  if (!handle) throw fail("cannot start a libcurl transfer");
  std::unique_ptr<curl_slist, decltype(CurlLibrary::slist_free_all)> headers(
      curl.slist_append(nullptr, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8"),
      curl.slist_free_all);
  if (!headers) throw fail("out of memory");

  Transfer transfer;
  transfer.curl = &curl;
  transfer.handle = handle.get();
  transfer.max_bytes = options.max_bytes;
  char error_buffer[CURL_ERROR_SIZE] = "";

  CURL* h = handle.get();
  // Every option matters (the protocol lists most): refuse to run without one.
  const auto set_option = [&](CURL* easy, CURLoption option, auto value) {
    if (const CURLcode code = curl.easy_setopt(easy, option, value); code != CURLE_OK) {
      throw fail(std::string("cannot set up libcurl (") + curl.easy_strerror(code) + ")");
    }
  };
  set_option(h, CURLOPT_URL, url.c_str());
  set_option(h, CURLOPT_PROTOCOLS_STR, "http,https");
  set_option(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  set_option(h, CURLOPT_FOLLOWLOCATION, 1L);
  set_option(h, CURLOPT_MAXREDIRS, options.max_redirects);
  set_option(h, CURLOPT_AUTOREFERER, 1L);
  // Some sites set a cookie and redirect to themselves until it comes back.
  set_option(h, CURLOPT_COOKIEFILE, "");
  // Every encoding this libcurl decodes; the limit counts decoded bytes.
  set_option(h, CURLOPT_ACCEPT_ENCODING, "");
  set_option(h, CURLOPT_HTTPHEADER, headers.get());
  set_option(h, CURLOPT_USERAGENT, options.user_agent.c_str());
  // Signals are process-wide: with many threads fetching, curl must not use
  // them (its resolver is threaded, so timeouts still hold while resolving).
  set_option(h, CURLOPT_NOSIGNAL, 1L);
  set_option(h, CURLOPT_TIMEOUT_MS, milliseconds(options.timeout_seconds));
  set_option(h, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(options.connect_timeout_seconds));
  set_option(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
  set_option(h, CURLOPT_LOW_SPEED_TIME, whole_seconds(options.low_speed_seconds));
  set_option(h, CURLOPT_ERRORBUFFER, error_buffer);
  set_option(h, CURLOPT_WRITEFUNCTION, on_body);
  set_option(h, CURLOPT_WRITEDATA, &transfer);
  set_option(h, CURLOPT_HEADERFUNCTION, on_header);
  set_option(h, CURLOPT_HEADERDATA, &transfer);
  set_option(h, CURLOPT_PREREQFUNCTION, on_connected);
  set_option(h, CURLOPT_PREREQDATA, &transfer);

  const auto start = std::chrono::steady_clock::now();
  const CURLcode code = curl.easy_perform(h);
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (code != CURLE_OK) throw fail(transfer_problem(transfer, code, error_buffer, options, elapsed));
  // A response without a body never reached on_body's checks.
  if (!transfer.response_checked) {
    const std::string problem = response_problem(transfer);
    if (!problem.empty()) throw fail(problem);
  }

  FetchedPage page;
  page.url = url;
  char* final_url = nullptr;
  curl.easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &final_url);
  page.final_url = final_url == nullptr ? url : final_url;
  curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &page.status);
  char* content_type = nullptr;
  curl.easy_getinfo(h, CURLINFO_CONTENT_TYPE, &content_type);
  MediaType media = parse_content_type(content_type == nullptr ? "" : content_type);
  page.content_type = std::move(media.type);
  page.charset = std::move(media.charset);
  page.body = std::move(transfer.body);
  return page;
}

}  // namespace chorus::ingest

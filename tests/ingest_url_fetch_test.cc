// Fetching pages by URL against a cpp-httplib server on a loopback port (the
// tests never touch the internet): pages, redirects, timeouts, size limits
// however the body is framed or encoded, HTTP errors, content types and
// schemes that are refused.
#include "ingest/url_fetch.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#ifdef CHORUS_TEST_HAVE_ZLIB
#include <zlib.h>
#endif

#include "chorus/error.h"
#include "test_support.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

using namespace std::chrono_literals;

constexpr uint64_t kSmallLimit = 64 * 1024;
// What the endless routes offer: far over kSmallLimit and over what socket
// buffers can hold, so a fetch that read it all would show in `sent`.
constexpr std::size_t kOffered = 128u * 1024u * 1024u;
constexpr std::size_t kPiece = 64 * 1024;

// "café" in ISO-8859-1, as a page in that charset sends it.
const std::string kLatin1Page = "<html><body><p>caf\xE9</p></body></html>";

#ifdef CHORUS_TEST_HAVE_ZLIB
std::string gzip(const std::string& data) {
  z_stream stream{};
  // 15 window bits, +16 for a gzip header and trailer.
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[16384];
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = deflate(&stream, Z_FINISH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  deflateEnd(&stream);
  return result == Z_STREAM_END ? out : "";
}
#endif

// A loopback server with one route per case. Slow routes wait until the
// server stops, so tearing a test down never waits for them.
class PageServer {
 public:
  PageServer() {
    add_routes();
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 500 && !server_.is_running(); ++i) std::this_thread::sleep_for(10ms);
  }
  ~PageServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
  }
  PageServer(const PageServer&) = delete;
  PageServer& operator=(const PageServer&) = delete;

  int port() const { return port_; }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  // Body bytes the endless routes have handed to the socket.
  std::size_t sent() const { return sent_; }

 private:
  // Sleeps `time`, or less when the server is stopping.
  void pause(std::chrono::milliseconds time) const {
    for (auto end = std::chrono::steady_clock::now() + time; !stopping_ && std::chrono::steady_clock::now() < end;) {
      std::this_thread::sleep_for(10ms);
    }
  }

  bool send_piece(httplib::DataSink& sink) {
    static const std::string piece(kPiece, 'x');
    if (stopping_ || !sink.write(piece.data(), piece.size())) return false;
    sent_ += piece.size();
    return true;
  }

  void add_routes() {
    using httplib::Request;
    using httplib::Response;
    server_.Get("/page", [](const Request&, Response& res) {
      res.set_content(kLatin1Page, "text/html; charset=ISO-8859-1");
    });
    server_.Get("/quoted-charset", [](const Request&, Response& res) {
      res.set_content("<p>x</p>", "Text/HTML; Level=1; Charset=\"UTF-8\"");
    });
    // httplib sends text/plain when a body has no type: an empty one it
    // sends as is.
    server_.Get("/untyped", [](const Request&, Response& res) { res.set_content("no type given", ""); });
    server_.Get(R"(/hop/(\d+))", [](const Request& req, Response& res) {
      const int left = std::stoi(req.matches[1]);
      res.set_redirect(left <= 1 ? "/page" : "/hop/" + std::to_string(left - 1));
    });
    server_.Get("/loop", [](const Request&, Response& res) { res.set_redirect("/loop"); });
    server_.Get("/to-file", [](const Request&, Response& res) { res.set_redirect("file:///etc/passwd"); });
    server_.Get("/slow", [this](const Request&, Response& res) {
      pause(5s);
      res.set_content("<p>late</p>", "text/html");
    });
    // Headers, then nothing.
    server_.Get("/stall", [this](const Request&, Response& res) {
      res.set_chunked_content_provider("", [this](std::size_t, httplib::DataSink&) {
        pause(5s);
        return false;
      });
    });
    // An empty Content-Type below, so httplib sends the bytes as they are
    // (it compresses text types for a client that accepts gzip or br).
    server_.Get("/endless-chunked", [this](const Request&, Response& res) {
      res.set_chunked_content_provider("", [this](std::size_t offset, httplib::DataSink& sink) {
        if (offset >= kOffered) {
          sink.done();
          return true;
        }
        return send_piece(sink);
      });
    });
    server_.Get("/endless-with-length", [this](const Request&, Response& res) {
      res.set_content_provider(kOffered, "", [this](std::size_t, std::size_t, httplib::DataSink& sink) {
        return send_piece(sink);
      });
    });
#ifdef CHORUS_TEST_HAVE_ZLIB
    server_.Get("/gzip-page", [](const Request&, Response& res) {
      res.body = gzip("<p>hello, gzip</p>");
      res.set_header("Content-Encoding", "gzip");
    });
    // 8 MB of zeros, about 8 KB on the wire: under the limit until inflated.
    server_.Get("/gzip-bomb", [](const Request&, Response& res) {
      res.body = gzip(std::string(8u * 1024u * 1024u, '\0'));
      res.set_header("Content-Encoding", "gzip");
    });
#endif
    server_.Get("/gone", [](const Request&, Response& res) { res.status = 404; });
    server_.Get("/unavailable", [](const Request&, Response& res) {
      res.status = 503;
      res.set_content("<p>down</p>", "text/html");
    });
    server_.Get("/image", [](const Request&, Response& res) {
      res.set_content(std::string("\x89PNG\r\n\x1A\n", 8), "image/png");
    });
    server_.Get("/garbled-type", [](const Request&, Response& res) {
      res.set_content("x", "image/\xFF\x01\xC3(");
    });
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> sent_{0};
};

class UrlFetch : public ::testing::Test {
 protected:
  // libcurl honours http_proxy and friends; the loopback server must be
  // reached directly wherever the tests run.
  static void SetUpTestSuite() { ::setenv("NO_PROXY", "127.0.0.1", 1); }

  std::string url(const std::string& path) const { return server_.url(path); }
  PageServer server_;
};

sockaddr_in loopback_any_port() {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

std::string url_of(const sockaddr_in& address) {
  return "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/";
}

bool valid_utf8(std::string_view bytes) {
  for (std::size_t at = 0; at < bytes.size();) {
    const text::Utf8Step step = text::decode_utf8(bytes, at);
    if (!step.valid) return false;
    at += step.length;
  }
  return true;
}

// The message fetch_url throws for `url` (failing the test when it
// returns), checked to be one printable line starting with the URL.
std::string fetch_error(const std::string& url, const FetchOptions& options = {}) {
  try {
    const FetchedPage page = fetch_url(url, options);
    ADD_FAILURE() << url << ": fetched " << page.body.size() << " bytes, status " << page.status;
    return "";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_TRUE(message.starts_with(url + ": ")) << message;
    EXPECT_EQ(message.find_first_of("\r\n"), std::string::npos) << message;
    EXPECT_TRUE(valid_utf8(message)) << message;
    return message;
  }
}

TEST_F(UrlFetch, ReadsPageWithItsMediaTypeAndCharset) {
  const FetchedPage page = fetch_url(url("/page"));
  EXPECT_EQ(page.url, url("/page"));
  EXPECT_EQ(page.final_url, url("/page"));
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html");
  EXPECT_EQ(page.charset, "iso-8859-1");
  // Exact bytes, although httplib compressed them for the wire.
  EXPECT_EQ(page.body, kLatin1Page);
}

TEST_F(UrlFetch, ParsesQuotedCharsetAmongParameters) {
  const FetchedPage page = fetch_url(url("/quoted-charset"));
  EXPECT_EQ(page.content_type, "text/html");
  EXPECT_EQ(page.charset, "utf-8");
}

TEST_F(UrlFetch, AcceptsPageWithoutContentType) {
  const FetchedPage page = fetch_url(url("/untyped"));
  EXPECT_EQ(page.content_type, "");
  EXPECT_EQ(page.charset, "");
  EXPECT_EQ(page.body, "no type given");
}

TEST_F(UrlFetch, FollowsRedirectChainToFinalUrl) {
  const FetchedPage page = fetch_url(url("/hop/3"));
  EXPECT_EQ(page.url, url("/hop/3"));
  EXPECT_EQ(page.final_url, url("/page"));
  EXPECT_EQ(page.body, kLatin1Page);
  FetchOptions two;
  two.max_redirects = 2;
  EXPECT_NE(fetch_error(url("/hop/3"), two).find("more than 2 redirects"), std::string::npos);
}

TEST_F(UrlFetch, RedirectLoopIsAnError) {
  EXPECT_NE(fetch_error(url("/loop")).find("more than 8 redirects"), std::string::npos);
}

TEST_F(UrlFetch, SlowServerTimesOut) {
  FetchOptions options;
  options.timeout_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  const std::string message = fetch_error(url("/slow"), options);
  EXPECT_NE(message.find("timed out after 1 s"), std::string::npos) << message;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
}

TEST_F(UrlFetch, StalledTransferHitsLowSpeedLimit) {
  FetchOptions options;
  options.timeout_seconds = 20;
  options.low_speed_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  const std::string message = fetch_error(url("/stall"), options);
  EXPECT_NE(message.find("timed out: the server sent under 1 byte/s for 1 s"), std::string::npos) << message;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
}

// A listening socket whose accept queue is full (backlog 0, filled by
// connections nobody accepts): the kernel drops further connection
// attempts, so connecting hangs until the connect timeout.
TEST_F(UrlFetch, UnansweredConnectTimesOut) {
  const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address = loopback_any_port();
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(listener, 0), 0);
  ASSERT_EQ(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  std::vector<int> fillers;
  for (int i = 0; i < 3; ++i) {
    const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ::connect(filler, reinterpret_cast<sockaddr*>(&address), sizeof address);  // EINPROGRESS is fine
    fillers.push_back(filler);
  }
  std::this_thread::sleep_for(100ms);

  FetchOptions options;
  options.connect_timeout_seconds = 0.5;
  options.timeout_seconds = 8;
  const auto start = std::chrono::steady_clock::now();
  const std::string message = fetch_error(url_of(address), options);
  EXPECT_NE(message.find("timed out connecting after 0.5 s"), std::string::npos) << message;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
  for (const int filler : fillers) ::close(filler);
  ::close(listener);
}

TEST_F(UrlFetch, ChunkedBodyOverLimitIsCutShort) {
  FetchOptions options;
  options.max_bytes = kSmallLimit;
  const std::string message = fetch_error(url("/endless-chunked"), options);
  EXPECT_NE(message.find("page is over the 64 KB limit"), std::string::npos) << message;
  // Stopped at the limit, not after reading everything offered.
  EXPECT_LT(server_.sent(), kOffered / 4);
}

TEST_F(UrlFetch, AnnouncedLengthOverLimitIsRefusedEarly) {
  FetchOptions options;
  options.max_bytes = kSmallLimit;
  const std::string message = fetch_error(url("/endless-with-length"), options);
  EXPECT_NE(message.find("page is over the 64 KB limit (its Content-Length is 128 MB)"), std::string::npos) << message;
  EXPECT_LT(server_.sent(), kOffered / 4);
}

TEST_F(UrlFetch, LimitCountsDecodedBytes) {
#ifndef CHORUS_TEST_HAVE_ZLIB
  GTEST_SKIP() << "zlib not found at configure time: no gzip bodies to serve";
#else
  const FetchedPage page = fetch_url(url("/gzip-page"));
  EXPECT_EQ(page.body, "<p>hello, gzip</p>");
  FetchOptions options;
  options.max_bytes = kSmallLimit;
  const std::string message = fetch_error(url("/gzip-bomb"), options);
  EXPECT_NE(message.find("page is over the 64 KB limit"), std::string::npos) << message;
#endif
}

TEST_F(UrlFetch, HttpErrorsNameStatusAndReason) {
  EXPECT_NE(fetch_error(url("/gone")).find(": HTTP 404 Not Found"), std::string::npos);
  EXPECT_NE(fetch_error(url("/unavailable")).find(": HTTP 503 Service Unavailable"), std::string::npos);
}

TEST_F(UrlFetch, RefusesWhatIsNotAWebPage) {
  EXPECT_NE(fetch_error(url("/image")).find(": not a web page (content type image/png)"), std::string::npos);
  // Bytes that are not UTF-8 or are control characters are escaped, not echoed.
  const std::string message = fetch_error(url("/garbled-type"));
  EXPECT_NE(message.find("not a web page (content type image/%FF%01%C3()"), std::string::npos) << message;
}

TEST_F(UrlFetch, ConnectionRefusedNamesTheUrl) {
  // A port just bound and closed without listening: nothing accepts there.
  const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(socket, 0);
  sockaddr_in address = loopback_any_port();
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(socket, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length), 0);
  ::close(socket);
  FetchOptions options;
  options.timeout_seconds = 5;
  const std::string message = fetch_error(url_of(address), options);
  EXPECT_NE(message.find(": connection refused"), std::string::npos) << message;
}

TEST_F(UrlFetch, OnlyHttpAndHttpsAreRead) {
  for (const std::string refused : {"file:///etc/passwd", "ftp://x", "example.com/page", ""}) {
    EXPECT_NE(fetch_error(refused).find(": only http and https URLs are read"), std::string::npos) << refused;
  }
}

TEST_F(UrlFetch, RedirectToFileIsRefusedUnread) {
  const std::string message = fetch_error(url("/to-file"));
  EXPECT_NE(message.find("redirected to a URL that is not http or https (file:///etc/passwd)"), std::string::npos)
      << message;
  EXPECT_EQ(message.find("root:"), std::string::npos) << message;
}

TEST_F(UrlFetch, ControlBytesInUrlAreEscapedInMessages) {
  try {
    fetch_url("ftp://a\nb\xFF");
    ADD_FAILURE() << "fetched an ftp URL";
  } catch (const Error& error) {
    EXPECT_STREQ(error.what(), "ftp://a%0Ab%FF: only http and https URLs are read");
  }
}

TEST_F(UrlFetch, RefusesOptionsThatCouldHang) {
  FetchOptions options;
  options.timeout_seconds = 0;
  EXPECT_NE(fetch_error(url("/page"), options).find("positive number of seconds"), std::string::npos);
}

TEST_F(UrlFetch, ManyThreadsFetchAtOnce) {
  // Four, as httplib listens with a backlog of 5.
  std::vector<std::string> bodies(4);
  std::vector<std::thread> threads;
  for (std::string& body : bodies) {
    threads.emplace_back([&body, this] {
      try {
        body = fetch_url(url("/hop/2")).body;
      } catch (const Error& error) {
        body = error.what();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& body : bodies) EXPECT_EQ(body, kLatin1Page);
}

TEST(IsUrl, HttpAndHttpsInAnyCase) {
  EXPECT_TRUE(is_url("http://example.com/"));
  EXPECT_TRUE(is_url("https://example.com/a?b=c"));
  EXPECT_TRUE(is_url("HTTPS://EXAMPLE.COM"));
  EXPECT_TRUE(is_url("Http://x"));
  EXPECT_FALSE(is_url("file:///etc/passwd"));
  EXPECT_FALSE(is_url("ftp://example.com/"));
  EXPECT_FALSE(is_url("example.com"));
  EXPECT_FALSE(is_url("articles/http://x.txt"));
  EXPECT_FALSE(is_url("http:/x"));
  EXPECT_FALSE(is_url("https:"));
  EXPECT_FALSE(is_url(""));
}

}  // namespace
}  // namespace chorus::ingest

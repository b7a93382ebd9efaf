// The service against hostile clients (issue 12): bodies over the limit
// however they are framed or encoded, requests without a length, clients that
// trickle bytes, idle and surplus connections, and requests httplib cannot
// parse, each answered with a status and a message naming the limit.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <vector>

#include "serve_raw_client.h"
#include "serve_test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

const std::string kSmall = R"({"articles":[{"id":"a","text":"Harbour workers ended a nine-day strike on Monday after the port agreed to raise wages.\nShips began docking in the afternoon.\n"},{"id":"b","text":"A nine-day strike at the port ended on Monday after the port agreed to raise wages, the union said.\n"}]})";

constexpr std::size_t kLimit = 64 * 1024;

serve::ServeOptions small_limits() {
  serve::ServeOptions options;
  options.threads = 2;
  options.max_body_bytes = kLimit;
  return options;
}

std::string head(const std::string& request_line, const std::string& headers = "") {
  return request_line + "\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

std::string chunked(const std::string& body, std::size_t chunk) {
  std::string out;
  char size[32];
  for (std::size_t at = 0; at < body.size(); at += chunk) {
    const std::string part = body.substr(at, chunk);
    std::snprintf(size, sizeof size, "%zx\r\n", part.size());
    out += size + part + "\r\n";
  }
  return out;
}

// The answer's status is `status`, it closes the connection, and its JSON
// error mentions `needle`.
void expect_answer(const std::string& answer, int status, const std::string& needle) {
  ASSERT_EQ(status_of(answer), status) << answer;
  const std::size_t body = answer.find("\r\n\r\n");
  ASSERT_NE(body, std::string::npos) << answer;
  EXPECT_NE(answer.find("Content-Type: application/json"), std::string::npos) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos) << answer;
  const json error = json::parse(answer.substr(body + 4));
  EXPECT_NE(error["error"].get<std::string>().find(needle), std::string::npos) << answer;
}

std::string gzip(const std::string& data) {
  const std::filesystem::path input = std::filesystem::temp_directory_path() / "chorus_serve_limits_gzip_input";
  write_file(input, data);
  std::string out;
  FILE* pipe = popen(("gzip -c -n " + quoted(input)).c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  std::filesystem::remove(input);
  return out;
}

// kSmall padded with spaces to `size` bytes: still a valid request.
std::string padded_request(std::size_t size) { return kSmall + std::string(size - kSmall.size(), ' '); }

TEST(ServeLimits, ChunkedBodyIsCountedDecoded) {
  TestServer server(small_limits());
  // Exactly at the limit, in small chunks whose framing takes the bytes sent
  // over the limit: served.
  {
    RawClient client(server.port());
    const std::string body = chunked(padded_request(kLimit), 1000);
    ASSERT_GT(body.size(), kLimit);
    ASSERT_TRUE(client.send(head("POST /v1/digest HTTP/1.1", "Transfer-Encoding: chunked\r\n") + body + "0\r\n\r\n"));
    EXPECT_EQ(status_of(client.read_answer()), 200);
  }
  // One byte more: 413.
  {
    RawClient client(server.port());
    ASSERT_TRUE(client.send(head("POST /v1/digest HTTP/1.1", "Transfer-Encoding: chunked\r\n") +
                            chunked(padded_request(kLimit + 1), 1000) + "0\r\n\r\n"));
    expect_answer(client.read_all(), 413, "65536-byte limit");
  }
}

// A chunked body without end is answered 413 once the limit is passed: the
// server stops reading, so the client cannot send much more.
TEST(ServeLimits, EndlessChunkedBodyIs413AndNotRead) {
  TestServer server(small_limits());
  RawClient client(server.port());
  ASSERT_TRUE(client.send(head("POST /v1/digest HTTP/1.1", "Transfer-Encoding: chunked\r\n")));
  const std::string chunk = chunked(std::string(16 * 1024, ' '), 16 * 1024);
  std::size_t sent = 0;
  constexpr std::size_t kEndless = 1024u * 1024u * 1024u;
  while (sent < kEndless && !client.readable() && client.send(chunk, 5)) sent += chunk.size();
  EXPECT_LT(sent, kEndless) << "the server read a gigabyte";
  expect_answer(client.read_all(), 413, "65536-byte limit");
}

TEST(ServeLimits, GzipBombIs413) {
  const std::string bomb = gzip(std::string(16u * 1024u * 1024u, ' '));
  ASSERT_FALSE(bomb.empty()) << "gzip failed";
  ASSERT_LT(bomb.size(), kLimit);
  TestServer server(small_limits());
  RawClient client(server.port());
  client.send(head("POST /v1/digest HTTP/1.1",
                   "Content-Encoding: gzip\r\nContent-Length: " + std::to_string(bomb.size()) + "\r\n") +
              bomb);
  expect_answer(client.read_all(), 413, "decoded, is over the 65536-byte limit");

  // A gzip body within the limit is decoded and served.
  const std::string small = gzip(kSmall);
  RawClient fine(server.port());
  ASSERT_TRUE(fine.send(head("POST /v1/digest HTTP/1.1",
                             "Content-Encoding: gzip\r\nContent-Length: " + std::to_string(small.size()) + "\r\n") +
                        small));
  EXPECT_EQ(status_of(fine.read_answer()), 200);
}

TEST(ServeLimits, BodyFramingIsCheckedBeforeReading) {
  TestServer server(small_limits());
  const std::vector<std::tuple<std::string, int, std::string>> cases = {
      // HTTP/1.1: neither Content-Length nor chunked means no body.
      {head("POST /v1/digest HTTP/1.1") + kSmall, 411, "Content-Length or Transfer-Encoding: chunked"},
      // Refused from its header alone: no body follows.
      {head("POST /v1/digest HTTP/1.1", "Content-Length: 200000000\r\n"), 413,
       "(Content-Length 200000000) is over the 65536-byte limit"},
      {head("POST /v1/digest HTTP/1.1", "Content-Length: 12abc\r\n"), 400, "Content-Length '12abc' is not a number"},
      {head("POST /v1/digest HTTP/1.1", "Transfer-Encoding: gzip, chunked\r\n"), 501,
       "Transfer-Encoding 'gzip, chunked' is not supported"},
      {head("POST /v1/digest HTTP/1.1", "Content-Length: 5\r\nContent-Encoding: compress\r\n") + "xxxxx", 415,
       "Content-Encoding 'compress' is not supported"},
      // Told before the client sends the body it announced.
      {head("POST /v1/digest HTTP/1.1", "Content-Length: 200000000\r\nExpect: 100-continue\r\n"), 413,
       "65536-byte limit"},
      // A body nobody reads is not read: no 200 MB read just to drop it.
      {head("POST /v2/anything HTTP/1.1", "Content-Length: 200000000\r\n"), 404, "no such resource: /v2/anything"},
      {head("PUT /v1/digest HTTP/1.1", "Transfer-Encoding: chunked\r\n"), 405, "PUT is not allowed on /v1/digest"},
      // httplib would read a body without length until the client closes.
      {head("PUT /v2/anything HTTP/1.1") + std::string(1000, 'x'), 404, "no such resource: /v2/anything"},
  };
  for (const auto& [request, status, needle] : cases) {
    SCOPED_TRACE(request.substr(0, 80));
    RawClient client(server.port());
    ASSERT_TRUE(client.send(request));
    const std::string answer = client.read_all();
    expect_answer(answer, status, needle);
    EXPECT_EQ(answer.find("100 Continue"), std::string::npos);
  }
}

TEST(ServeLimits, UnparsableRequestsSayWhatIsWrong) {
  serve::ServeOptions options = small_limits();
  options.max_head_bytes = 16 * 1024;
  TestServer server(options);
  std::string many_headers;
  for (int i = 0; i < 40; ++i) many_headers += "X-Filler-" + std::to_string(i) + ": " + std::string(500, 'f') + "\r\n";
  const std::vector<std::tuple<std::string, int, std::string>> cases = {
      {head("GET /" + std::string(9000, 'a') + " HTTP/1.1"), 414, "request line is over the 8192-byte limit"},
      {head("GET /" + std::string(20000, 'a') + " HTTP/1.1"), 414, "request line is over the 16384-byte limit"},
      {"GARBAGE\r\n\r\n", 400, "malformed request line 'GARBAGE'"},
      {head("GET /v1/health"), 400, "malformed request line 'GET /v1/health' (expected METHOD TARGET HTTP/1.1)"},
      {"GET /v1/health HTTP/1.1\n\n", 400, "must end with CRLF"},
      {head("BREW /v1/health HTTP/1.1"), 501, "method 'BREW' is not implemented"},
      {head("GET /v1/health HTTP/2.0"), 505, "HTTP version 'HTTP/2.0' is not supported"},
      {head("GET /v1/health HTTP/1.1", "X-Long: " + std::string(9000, 'l') + "\r\n"), 431,
       "is over the 8192-byte limit"},
      {head("GET /v1/health HTTP/1.1", many_headers), 431, "request head (request line and headers) is over the 16384"},
  };
  for (const auto& [request, status, needle] : cases) {
    SCOPED_TRACE(request.substr(0, 80));
    RawClient client(server.port());
    client.send(request);
    expect_answer(client.read_all(), status, needle);
  }
  // Still serving.
  httplib::Client client = server.client();
  const auto health = client.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

// Sends `bytes` one at a time, `pause` apart, until done or the server answers.
void trickle(RawClient& client, const std::string& bytes, std::chrono::milliseconds pause) {
  for (const char byte : bytes) {
    if (client.readable() || !client.send(std::string(1, byte))) return;
    std::this_thread::sleep_for(pause);
  }
}

TEST(ServeLimits, TricklingClientsAreCutWhileHealthChecksAreAnswered) {
  serve::ServeOptions options = small_limits();
  options.head_timeout_seconds = 1;
  options.body_timeout_seconds = 1;
  TestServer server(options);
  // 30 clients trickle a head (one byte every 100 ms, 6 s in all), and one a body.
  constexpr int kSlow = 30;
  std::vector<std::unique_ptr<RawClient>> slow;
  std::vector<std::thread> threads;
  std::vector<std::string> answers(kSlow + 1);
  const std::string slow_head = head("GET /v1/health HTTP/1.1", "X-Slow: " + std::string(40, 's') + "\r\n");
  for (int i = 0; i <= kSlow; ++i) {
    slow.push_back(std::make_unique<RawClient>(server.port()));
    threads.emplace_back([&, i] {
      RawClient& client = *slow[static_cast<std::size_t>(i)];
      if (i == kSlow) {
        client.send(head("POST /v1/digest HTTP/1.1", "Content-Length: 60\r\n"));
        trickle(client, std::string(60, ' '), std::chrono::milliseconds(100));
      } else {
        trickle(client, slow_head, std::chrono::milliseconds(100));
      }
      answers[static_cast<std::size_t>(i)] = client.read_all();
    });
  }
  httplib::Client client = server.client();
  for (int i = 0; i < 10; ++i) {
    const auto health = client.Get("/v1/health");
    ASSERT_TRUE(health) << "health check " << i << " not answered";
    EXPECT_EQ(health->status, 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  for (std::thread& thread : threads) thread.join();
  for (int i = 0; i < kSlow; ++i) expect_answer(answers[static_cast<std::size_t>(i)], 408, "within 1 s (--head-timeout)");
  expect_answer(answers[kSlow], 408, "request body did not arrive within 1 s of its head (--body-timeout)");
}

TEST(ServeLimits, IdleKeepAliveConnectionsAreClosed) {
  serve::ServeOptions options = small_limits();
  options.idle_timeout_seconds = 0.2;
  TestServer server(options);
  RawClient client(server.port());
  ASSERT_TRUE(client.send(head("GET /v1/health HTTP/1.1")));
  const std::string answer = client.read_answer();
  EXPECT_EQ(status_of(answer), 200);
  EXPECT_NE(answer.find("Keep-Alive: timeout=1"), std::string::npos) << answer;
  // The server closes the idle connection: read_all ends without waiting its 60 s.
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(client.read_all(), "");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(50));
}

TEST(ServeLimits, ConnectionsOverTheLimitAre503AtOnce) {
  serve::ServeOptions options = small_limits();
  options.connections = 2;
  options.head_timeout_seconds = 60;
  TestServer server(options);
  // Two connections that send half a head hold both connection threads.
  std::vector<std::unique_ptr<RawClient>> holders;
  for (int i = 0; i < 2; ++i) {
    holders.push_back(std::make_unique<RawClient>(server.port()));
    ASSERT_TRUE(holders.back()->send("GET /v1/health HTTP/1.1\r\n"));
  }
  RawClient third(server.port());
  third.send(head("GET /v1/health HTTP/1.1"));
  const std::string refused = third.read_all();
  expect_answer(refused, 503, "too many connections: all 2 are taken (--connections)");
  EXPECT_NE(refused.find("Retry-After: 1"), std::string::npos);
  // Once one is gone, new connections are served again.
  holders.pop_back();
  httplib::Client client = server.client();
  bool served = false;
  for (int i = 0; i < 500 && !served; ++i) {
    const auto health = client.Get("/v1/health");
    served = health && health->status == 200;
    if (!served) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(served);
}

// stop() returns from run() although a client is still trickling its head,
// and that client is told why.
TEST(ServeLimits, StopCutsTricklingClients) {
  serve::ServeOptions options = small_limits();
  options.head_timeout_seconds = 600;
  auto server = std::make_unique<TestServer>(options);
  RawClient client(server->port());
  ASSERT_TRUE(client.send(head("GET /v1/health HTTP/1.1")));  // served: the connection is taken
  EXPECT_EQ(status_of(client.read_answer()), 200);
  ASSERT_TRUE(client.send("GET /v1/health HTTP/1.1\r\nX-Slow: "));
  server.reset();  // stops and joins: would hang until the head deadline if reads were not cut
  expect_answer(client.read_all(), 503, "shutting down");
}

}  // namespace
}  // namespace chorus::testing

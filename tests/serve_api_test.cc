// The HTTP service against a real server on loopback: answers, byte identity
// with the CLI, every limit and error, concurrent clients.
#include <gtest/gtest.h>

#include <atomic>

#include "serve_test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

constexpr const char* kJson = "application/json";

const std::string kSmall = R"({"articles":[{"id":"a","text":"Harbour workers ended a nine-day strike on Monday after the port agreed to raise wages.\nShips began docking in the afternoon.\n"},{"id":"b","text":"A nine-day strike at the port ended on Monday after the port agreed to raise wages, the union said.\n"}]})";

std::string lakeport_body() { return json{{"articles", lakeport_articles()}}.dump(); }

// The error body is {"error": "..."} and mentions `needle`.
void expect_error(const httplib::Result& result, int status, const std::string& needle) {
  ASSERT_TRUE(result) << httplib::to_string(result.error());
  EXPECT_EQ(result->status, status) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), kJson);
  const json body = json::parse(result->body);
  ASSERT_TRUE(body.contains("error")) << result->body;
  EXPECT_NE(body["error"].get<std::string>().find(needle), std::string::npos) << result->body;
}

TEST(ServeApi, HealthAndIndexPage) {
  serve::ServeOptions options;
  options.threads = 3;
  TestServer server(options);
  httplib::Client client = server.client();
  const auto health = client.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  const json body = json::parse(health->body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["workers"], 3);

  const auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<form"), std::string::npos);
  EXPECT_NE(page->body.find("<option>concept</option>"), std::string::npos);
  EXPECT_NE(page->body.find("/v1/digest?format=html"), std::string::npos);
}

TEST(ServeApi, DigestIsByteIdenticalToTheCli) {
  TestServer server;
  httplib::Client client = server.client();
  const std::string body = lakeport_body();
  for (const std::string format : {"json", "html"}) {
    const CommandResult cli = run_chorus("digest --format " + format + " " + quoted(lakeport_dir()));
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    const auto answer = client.Post(format == "json" ? "/v1/digest" : "/v1/digest?format=html", body, kJson);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 200) << answer->body;
    EXPECT_TRUE(answer->body == cli.out) << format << ": service and CLI differ";
  }
  // Whatever Content-Type the client sends (curl -d sends a form type).
  const auto as_form = client.Post("/v1/digest", body, "application/x-www-form-urlencoded");
  ASSERT_TRUE(as_form);
  EXPECT_EQ(as_form->status, 200) << as_form->body;
}

TEST(ServeApi, OptionsAreApplied) {
  TestServer server;
  httplib::Client client = server.client();
  json request = {{"articles", lakeport_articles()}, {"options", {{"words", 30}, {"method", "lead"}}}};
  const auto answer = client.Post("/v1/digest", request.dump(), kJson);
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  const json digest = json::parse(answer->body);
  EXPECT_EQ(digest["method"], "lead");
  EXPECT_EQ(digest["word_budget"], 30);
  int words = 0;
  for (const json& sentence : digest["summary"]) words += sentence["words"].get<int>();
  EXPECT_LE(words, 30);
  EXPECT_EQ(digest["documents"][0]["path"], (lakeport_dir() / "01_harbor-daily.txt").string());

  request = json::parse(kSmall);
  const auto defaults = client.Post("/v1/digest", request.dump(), kJson);
  ASSERT_TRUE(defaults);
  EXPECT_EQ(json::parse(defaults->body)["documents"][1]["path"], "articles[1]");
}

TEST(ServeApi, BadInputIs400NamingTheProblem) {
  TestServer server;
  httplib::Client client = server.client();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"articles\": [", "not valid JSON"},
      {"[1, 2]", "must be a JSON object"},
      {"{}", "missing field `articles`"},
      {"{\"articles\": {}}", "`articles` must be an array"},
      {"{\"articles\": []}", "`articles` is empty"},
      {"{\"articles\": [42]}", "articles[0] must be an object"},
      {"{\"articles\": [{\"id\": \"a\"}]}", "articles[0]: missing string field `text`"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": 7}]}", "articles[0].text must be a string"},
      {"{\"articles\": [{\"id\": \"\", \"text\": \"x\"}]}", "articles[0].id is empty"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \" \\n \"}]}", "articles[0].text is empty"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\", \"published\": \"March 5\"}]}", "articles[0].published"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"a\", \"text\": \"y\"}]}", "articles[1].id 'a' repeats"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"option\": {}}", "unknown field `option`"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": {\"word\": 5}}", "unknown field `word` in options"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": {\"words\": 0}}", "options.words"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": {\"words\": \"5\"}}", "options.words"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": {\"method\": \"best\"}}", "options.method must be one of"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": {\"support_threshold\": 2}}", "options.support_threshold"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}], \"options\": []}", "options must be an object"},
      {"{\"articles\": [{\"id\": \"a\", \"text\": \"x\", \"html\": \"<p>x</p>\"}]}", "give `text` or `html`, not both"},
      {"{\"articles\": [{\"id\": \"a\", \"html\": \" \"}]}", "articles[0].html is empty"},
  };
  for (const auto& [body, needle] : cases) {
    SCOPED_TRACE(body);
    expect_error(client.Post("/v1/digest", body, kJson), 400, needle);
  }
  expect_error(client.Post("/v1/digest?format=xml", kSmall, kJson), 400, "unknown format 'xml'");
  // The server still answers well after all that.
  const auto fine = client.Post("/v1/digest", kSmall, kJson);
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->status, 200);
}

TEST(ServeApi, WebPagesComeAsHtml) {
  TestServer server;
  httplib::Client client = server.client();
  const std::string story =
      "<p>Harbour workers ended a nine-day strike on Monday after the port agreed to raise wages by six percent.</p>"
      "<p>Ships began docking in the afternoon, and the first container vessel left the quay late in the evening.</p>"
      "<p>The union said members had voted by a large majority to accept the offer made on Friday.</p>";
  const json request = {
      {"articles",
       {{{"id", "a"},
         {"html", "<html lang=\"en\"><head><title>Port strike ends | Harbour Post</title></head><body>"
                  "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Port strike ends</h1>" +
                      story + "</article></body></html>"}},
        {{"id", "b"}, {"text", "A nine-day strike at the port ended on Monday after the port agreed to raise wages.\n"}}}}};
  const auto answer = client.Post("/v1/digest", request.dump(), kJson);
  ASSERT_TRUE(answer);
  ASSERT_EQ(answer->status, 200) << answer->body;
  const json digest = json::parse(answer->body);
  const json& page = digest["documents"][0];
  EXPECT_EQ(page["kind"], "article");
  EXPECT_EQ(page["title"], "Port strike ends");
  EXPECT_EQ(page["source"], "Harbour Post");
  EXPECT_EQ(page["language"], "en");
  EXPECT_EQ(page["paragraphs"], 3);
  EXPECT_EQ(digest["documents"][1]["kind"], "article");
}

TEST(ServeApi, UnknownPathIs404AndWrongMethodIs405) {
  TestServer server;
  httplib::Client client = server.client();
  expect_error(client.Get("/v2/digest"), 404, "/v2/digest");
  const auto get_digest = client.Get("/v1/digest");
  expect_error(get_digest, 405, "GET is not allowed on /v1/digest");
  EXPECT_EQ(get_digest->get_header_value("Allow"), "POST");
  httplib::Client other = server.client();
  const auto post_health = other.Post("/v1/health", "{}", kJson);
  expect_error(post_health, 405, "POST is not allowed");
  EXPECT_EQ(post_health->get_header_value("Allow"), "GET, HEAD");
  httplib::Client third = server.client();
  expect_error(third.Delete("/"), 405, "DELETE is not allowed");
}

TEST(ServeApi, FormUploadIs415) {
  TestServer server;
  httplib::Client client = server.client();
  const httplib::MultipartFormDataItems items = {{"articles", kSmall, "a.json", "application/json"}};
  expect_error(client.Post("/v1/digest", items), 415, "JSON body");
}

TEST(ServeApi, OverTheLimitsIs413) {
  serve::ServeOptions options;
  options.max_body_bytes = 64 * 1024;
  options.max_articles = 3;
  TestServer server(options);
  httplib::Client client = server.client();
  const std::string big = json{{"articles", {{{"id", "a"}, {"text", std::string(100 * 1024, 'x')}}}}}.dump();
  expect_error(client.Post("/v1/digest", big, kJson), 413, "65536-byte limit");
  httplib::Client again = server.client();
  expect_error(again.Post("/v1/digest", lakeport_body(), kJson), 413, "5 articles is over the limit of 3");
}

// Waits until the server reports `busy` running digests.
void wait_until_busy(httplib::Client& client, int busy) {
  for (int i = 0; i < 2000; ++i) {
    const auto health = client.Get("/v1/health");
    if (health && json::parse(health->body)["busy"] == busy) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  FAIL() << "the server never reported " << busy << " busy workers";
}

TEST(ServeApi, AllWorkersBusyAndQueueFullIs503) {
  serve::ServeOptions options;
  options.threads = 1;
  options.queue = 0;
  options.max_articles = 100000;
  options.max_body_bytes = 64u * 1024u * 1024u;
  options.timeout_seconds = 3600;  // the slow digest must finish however loaded the machine
  TestServer server(options);
  const std::string slow = slow_body(400);
  std::atomic<int> slow_status{0};
  std::thread first([&] {
    httplib::Client client = server.client();
    const auto answer = client.Post("/v1/digest", slow, kJson);
    slow_status = answer ? answer->status : -1;
  });
  httplib::Client client = server.client();
  wait_until_busy(client, 1);
  const auto refused = client.Post("/v1/digest", kSmall, kJson);
  expect_error(refused, 503, "overloaded");
  EXPECT_EQ(refused->get_header_value("Retry-After"), "1");
  first.join();
  EXPECT_EQ(slow_status, 200);
  // Free again: served.
  const auto later = client.Post("/v1/digest", kSmall, kJson);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 200);
}

TEST(ServeApi, RequestOverTheTimeLimitIs503) {
  serve::ServeOptions options;
  options.threads = 1;
  options.timeout_seconds = 0.02;
  options.max_articles = 100000;
  options.max_body_bytes = 64u * 1024u * 1024u;
  TestServer server(options);
  httplib::Client client = server.client();
  expect_error(client.Post("/v1/digest", slow_body(400), kJson), 503, "time limit of 0.02 s");
}

// Regression: without TCP_NODELAY each answer waited ~40 ms for the client's
// delayed ACK (Nagle), so one connection managed some 25 requests a second.
TEST(ServeApi, SmallRequestsOnOneConnectionAreNotDelayed) {
  TestServer server;
  httplib::Client client = server.client();
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);  // the client's own writes must not wait either
  std::vector<double> took;
  for (int i = 0; i < 21; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto answer = client.Post("/v1/digest", kSmall, kJson);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->status, 200);
    took.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(took.begin(), took.end());
  EXPECT_LT(took[took.size() / 2], 35.0) << "median latency in ms";
}

TEST(ServeApi, ConcurrentClientsAreAllAnsweredCorrectly) {
  serve::ServeOptions options;
  options.threads = 2;
  options.queue = 64;
  TestServer server(options);
  const std::string lakeport = lakeport_body();
  httplib::Client client = server.client();
  const std::string expected_lakeport = client.Post("/v1/digest", lakeport, kJson)->body;
  const std::string expected_small = client.Post("/v1/digest", kSmall, kJson)->body;
  ASSERT_FALSE(expected_lakeport.empty());

  constexpr int kThreads = 8, kRequests = 20;
  std::atomic<int> good{0}, bad{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client own = server.client();
      for (int r = 0; r < kRequests; ++r) {
        const bool big = (t + r) % 2 == 0;
        const auto answer = own.Post("/v1/digest", big ? lakeport : kSmall, kJson);
        const bool ok = answer && answer->status == 200 && answer->body == (big ? expected_lakeport : expected_small);
        (ok ? good : bad)++;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(good, kThreads * kRequests);
  EXPECT_EQ(bad, 0);
}

}  // namespace
}  // namespace chorus::testing

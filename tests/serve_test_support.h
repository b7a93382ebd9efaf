// Helpers for the service tests: a server on a free loopback port in this
// process, and request bodies made from the shipped example.
#pragma once

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/server.h"
#include "test_support.h"

namespace chorus::testing {

class TestServer {
 public:
  explicit TestServer(serve::ServeOptions options = {}) {
    options.host = "127.0.0.1";
    options.port = 0;  // the system picks a free port
    // The shipped entity model, as `chorus serve` and `chorus digest` use it.
    if (options.ner_model.empty()) options.ner_model = (source_dir() / "data/ner/model.bin").string();
    server_ = std::make_unique<serve::Server>(options);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
    // Wait until it answers, so stop() finds it running.
    httplib::Client probe = client();
    for (int i = 0; i < 500 && !probe.Get("/v1/health"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~TestServer() {
    server_->stop();
    thread_.join();
  }
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(120, 0);
    c.set_write_timeout(120, 0);
    return c;
  }

 private:
  std::unique_ptr<serve::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

inline std::filesystem::path lakeport_dir() { return source_dir() / "examples/lakeport"; }

// The example's articles as the CLI reads them from lakeport_dir(): same
// ids, same paths, so the digests are identical.
inline nlohmann::json lakeport_articles() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(lakeport_dir())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  nlohmann::json articles = nlohmann::json::array();
  for (const auto& file : files) {
    articles.push_back({{"id", file.stem().string()},
                        {"text", read_file(file)},
                        {"path", (lakeport_dir() / file.filename()).string()}});
  }
  return articles;
}

// A body that keeps one worker busy for a while: `copies` of the example.
inline std::string slow_body(int copies) {
  const nlohmann::json base = lakeport_articles();
  nlohmann::json articles = nlohmann::json::array();
  for (int k = 0; k < copies; ++k) {
    for (nlohmann::json article : base) {
      article["id"] = std::to_string(k) + "-" + article["id"].get<std::string>();
      article.erase("path");
      articles.push_back(std::move(article));
    }
  }
  return nlohmann::json{{"articles", articles}}.dump();
}

}  // namespace chorus::testing

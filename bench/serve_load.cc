// Load client for `chorus serve` (not a test): C connections send N requests
// in all, each a POST /v1/digest of the articles in one directory, and report
// throughput and latency percentiles. Used by bench/serve_load.sh.
//   serve_load PORT DIR CONNECTIONS REQUESTS
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

namespace {

std::string request_body(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt" || entry.path().extension() == ".md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  nlohmann::json articles = nlohmann::json::array();
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    articles.push_back({{"id", file.stem().string()}, {"text", text.str()}});
  }
  return nlohmann::json{{"articles", articles}}.dump();
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  const size_t index = std::min(sorted.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[index];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: serve_load PORT DIR CONNECTIONS REQUESTS\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const std::string body = request_body(argv[2]);
  const int connections = std::max(1, std::atoi(argv[3]));
  const int requests = std::max(1, std::atoi(argv[4]));

  std::atomic<int> next{0}, errors{0};
  std::vector<std::vector<double>> latencies(static_cast<size_t>(connections));
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(60, 0);
      while (next++ < requests) {
        const auto sent = std::chrono::steady_clock::now();
        const auto answer = client.Post("/v1/digest", body, "application/json");
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - sent;
        if (!answer || answer->status != 200) ++errors;
        latencies[static_cast<size_t>(c)].push_back(took.count());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;

  std::vector<double> all;
  for (const auto& list : latencies) all.insert(all.end(), list.begin(), list.end());
  std::sort(all.begin(), all.end());
  std::printf("requests %zu, errors %d, connections %d, body %zu bytes\n", all.size(), errors.load(), connections,
              body.size());
  std::printf("%.1f requests/s; latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f\n",
              static_cast<double>(all.size()) / wall.count(), percentile(all, 50), percentile(all, 90),
              percentile(all, 99), all.empty() ? 0.0 : all.back());
  return errors == 0 ? 0 : 1;
}

// How soon a digest stops once a stop is requested: digests the .txt files
// of a directory as one cluster (with the entity model, as `chorus digest`
// does), requests a stop from another thread after each given delay, and
// prints the time from the request to chorus::Cancelled (or to the end of
// the digest, when it finished first).
//
//   build/chorus_stop_latency DIR [NER_MODEL] [DELAY_SECONDS...]
//
// bench/scaling.sh --keep DIR makes inputs of each shape; results are in
// docs/BENCHMARKS.md ("Cost per byte").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "chorus/engine.h"
#include "chorus/error.h"

namespace {

std::vector<chorus::Article> read_directory(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<chorus::Article> articles;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    chorus::Article article;
    article.id = path.stem().string();
    article.path = path.string();
    article.raw = bytes.str();
    articles.push_back(std::move(article));
  }
  return articles;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: chorus_stop_latency DIR [NER_MODEL] [DELAY_SECONDS...]\n";
    return 2;
  }
  const std::vector<chorus::Article> articles = read_directory(argv[1]);
  if (articles.empty()) {
    std::cerr << "chorus_stop_latency: no .txt files in " << argv[1] << "\n";
    return 1;
  }
  chorus::Options options;
  if (argc >= 3) options.ner_model = argv[2];
  std::vector<double> delays;
  for (int i = 3; i < argc; ++i) delays.push_back(std::stod(argv[i]));
  if (delays.empty()) delays = {0.25, 0.5, 1, 2, 4, 8};
  const chorus::Engine engine(options);
  using Clock = std::chrono::steady_clock;
  for (const double delay : delays) {
    std::stop_source stop;
    Clock::time_point requested{};
    std::thread requester([&] {
      std::this_thread::sleep_for(std::chrono::duration<double>(delay));
      requested = Clock::now();
      stop.request_stop();
    });
    const Clock::time_point start = Clock::now();
    bool cancelled = false;
    try {
      engine.digest(articles, engine.options(), stop.get_token());
    } catch (const chorus::Cancelled&) {
      cancelled = true;
    }
    const Clock::time_point end = Clock::now();
    requester.join();
    const double total = std::chrono::duration<double>(end - start).count();
    if (cancelled) {
      std::printf("stop after %5.2f s: cancelled %.3f s after the request\n", delay,
                  std::chrono::duration<double>(end - requested).count());
    } else {
      std::printf("stop after %5.2f s: finished first (%.2f s)\n", delay, total);
    }
  }
  return 0;
}

// Throughput of the time tagger (time::TimexTagger) on newswire: the raw
// text of the 256 TempEval-3 training documents and the 500 DUC 2004
// documents, each tagged against its own date, one core.
//
//   build/chorus_timex_bench --benchmark_min_time=2
//
// Bytes are the documents' text bytes; reading the files is not timed.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "eval/timeml.h"
#include "time/timex.h"

namespace {

namespace time = chorus::time;

struct Text {
  std::string text;
  std::optional<time::CivilDate> reference;
};

struct Corpus {
  std::vector<Text> texts;
  int64_t bytes = 0;
};

Corpus load_tempeval() {
  Corpus c;
  const auto dir = std::filesystem::path(CHORUS_SHARED_DIR) / "data/tempeval3-train";
  if (!std::filesystem::is_directory(dir)) return c;
  for (const auto& doc : chorus::eval::read_timeml_dir(dir)) {
    c.bytes += static_cast<int64_t>(doc.text.size());
    c.texts.push_back({doc.text, time::parse_iso_date(doc.creation_time)});
  }
  return c;
}

Corpus load_duc() {
  Corpus c;
  std::ifstream in(std::filesystem::path(CHORUS_SHARED_DIR) / "data/duc2004/clusters.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    const auto cluster = nlohmann::json::parse(line);
    for (const auto& doc : cluster["docs"]) {
      const std::string text = doc["text"];
      c.bytes += static_cast<int64_t>(text.size());
      c.texts.push_back({text, time::parse_iso_date(doc["date"].get<std::string>())});
    }
  }
  return c;
}

void tag_all(benchmark::State& state, const Corpus& corpus) {
  if (corpus.texts.empty()) {
    state.SkipWithError("corpus not found under ../shared/data");
    return;
  }
  const time::TimexTagger tagger;
  time::TimexScratch scratch;
  size_t found = 0;
  for (auto _ : state) {
    for (const Text& t : corpus.texts) {
      const auto timexes = tagger.tag(t.text, t.reference, scratch);
      found += timexes.size();
      benchmark::DoNotOptimize(timexes.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
  state.counters["timexes/iter"] =
      benchmark::Counter(static_cast<double>(found) / static_cast<double>(state.iterations()));
}

void BM_TimexTempEval3(benchmark::State& state) {
  static const Corpus corpus = load_tempeval();
  tag_all(state, corpus);
}
BENCHMARK(BM_TimexTempEval3)->Unit(benchmark::kMillisecond);

void BM_TimexDuc2004(benchmark::State& state) {
  static const Corpus corpus = load_duc();
  tag_all(state, corpus);
}
BENCHMARK(BM_TimexDuc2004)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

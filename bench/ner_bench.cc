// Entity tagging throughput with the shipped model (data/ner/model.bin), one
// core:
//   - BM_NerTagConll: tagging CoNLL-2003 eng.testa as pre-tokenized
//     documents (what `chorus eval ner` times, reading aside); bytes are the
//     words plus one separator each.
//   - BM_TagEntities: tag_entities on the 500 annotated DUC 2004 documents:
//     the CoNLL-style tokenizer, tagging and spans; bytes are the texts.
//   - BM_NerModelLoad: reading and indexing the model file.
//
//   taskset -c 0 build/chorus_ner_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/lexicon.h"
#include "entities/entity_tagger.h"
#include "entities/ner_corpus.h"
#include "entities/ner_trainer.h"
#include "text/annotator.h"
#include "text/sentence_splitter.h"

namespace {

using namespace chorus;

const entities::NerModel& model() {
  static const entities::NerModel loaded =
      entities::NerModel::load(std::filesystem::path(CHORUS_SOURCE_DIR) / "data/ner/model.bin");
  return loaded;
}

void BM_NerTagConll(benchmark::State& state) {
  const auto path = std::filesystem::path(CHORUS_SHARED_DIR) / "data/conll2003/eng.testa";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("../shared/data/conll2003/eng.testa not found");
    return;
  }
  const entities::ConllCorpus corpus = entities::read_conll(path);
  const std::vector<entities::NerDocument> docs = entities::ner_documents(corpus);
  entities::NerTagger tagger(model());
  for (auto _ : state)
    for (const auto& doc : docs) benchmark::DoNotOptimize(tagger.tag(doc));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(corpus.byte_count));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(corpus.token_count) *
                                                      static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerTagConll)->Unit(benchmark::kMillisecond);

// DUC 2004 documents, one paragraph per line, annotated (not timed).
std::vector<Document> duc_documents(int64_t& bytes) {
  std::vector<Document> docs;
  std::ifstream in(std::filesystem::path(CHORUS_SHARED_DIR) / "data/duc2004/clusters.jsonl");
  std::string line;
  Lexicon lexicon;
  text::SentenceSplitter splitter;
  while (std::getline(in, line)) {
    const nlohmann::json cluster = nlohmann::json::parse(line);
    for (const auto& item : cluster["docs"]) {
      Document doc;
      doc.text = item["text"].get<std::string>();
      bytes += static_cast<int64_t>(doc.text.size());
      uint32_t begin = 0;
      while (begin < doc.text.size()) {
        size_t end = doc.text.find('\n', begin);
        if (end == std::string::npos) end = doc.text.size();
        if (end > begin) doc.paragraphs.push_back({begin, static_cast<uint32_t>(end)});
        begin = static_cast<uint32_t>(end + 1);
      }
      text::annotate(doc, lexicon, splitter);
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

void BM_TagEntities(benchmark::State& state) {
  int64_t bytes = 0;
  const std::vector<Document> docs = duc_documents(bytes);
  if (docs.empty()) {
    state.SkipWithError("../shared/data/duc2004/clusters.jsonl not found");
    return;
  }
  entities::NerTagger tagger(model());
  size_t mentions = 0;
  for (auto _ : state)
    for (const Document& doc : docs) mentions += entities::tag_entities(doc, tagger).size();
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["mentions/doc"] =
      static_cast<double>(mentions) / static_cast<double>(docs.size()) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_TagEntities)->Unit(benchmark::kMillisecond);

}  // namespace

// Loading the shipped model from disk (what every `chorus digest` process pays).
void BM_NerModelLoad(benchmark::State& state) {
  const auto path = std::filesystem::path(CHORUS_SOURCE_DIR) / "data/ner/model.bin";
  for (auto _ : state) benchmark::DoNotOptimize(entities::NerModel::load(path));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(std::filesystem::file_size(path)));
}
BENCHMARK(BM_NerModelLoad)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

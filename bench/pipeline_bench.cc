// Throughput of the front of the pipeline over the 500 documents of DUC 2004
// (../shared/data/duc2004/clusters.jsonl): decoding, segmentation,
// tokenization and stemming, the claims, the entities, and the whole digest
// per cluster.
//
//   build/chorus_bench --benchmark_min_time=2
//
// Bytes are the documents' text bytes; reading the JSONL file is not timed.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "chorus/engine.h"
#include "compare/claims.h"
#include "compare/entity_groups.h"
#include "compare/match_model.h"
#include "digest/annotations.h"
#include "digest/claims.h"
#include "digest/entities.h"
#include "digest/pipeline.h"
#include "entities/entity_tagger.h"
#include "ingest/document_builder.h"
#include "text/annotator.h"
#include "text/decode.h"
#include "text/sentence_splitter.h"

namespace {

using chorus::Article;

struct Corpus {
  std::vector<std::vector<Article>> clusters;
  int64_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    const std::filesystem::path path =
        std::filesystem::path(CHORUS_SHARED_DIR) / "data/duc2004/clusters.jsonl";
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      const auto json = nlohmann::json::parse(line);
      std::vector<Article> articles;
      for (const auto& doc : json["docs"]) {
        Article article;
        article.id = doc["id"];
        article.path = article.id;
        article.source = doc["source"];
        article.published = doc["date"];
        article.raw = doc["text"];
        c.bytes += static_cast<int64_t>(article.raw.size());
        articles.push_back(std::move(article));
      }
      c.clusters.push_back(std::move(articles));
    }
    return c;
  }();
  return loaded;
}

bool have_corpus(benchmark::State& state) {
  if (!corpus().clusters.empty()) return true;
  state.SkipWithError("../shared/data/duc2004/clusters.jsonl not found");
  return false;
}

void BM_Decode(benchmark::State& state) {
  if (!have_corpus(state)) return;
  chorus::Diagnostics diagnostics;
  for (auto _ : state) {
    for (const auto& cluster : corpus().clusters) {
      for (const Article& article : cluster) {
        benchmark::DoNotOptimize(chorus::text::decode_text(article.raw, article.path, diagnostics));
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

// Ingest + furniture + segmentation + tokenization + stemming: the whole
// preparation of every cluster, as `chorus digest` does it.
void BM_PrepareClusters(benchmark::State& state) {
  if (!have_corpus(state)) return;
  const chorus::Options options;
  for (auto _ : state) {
    for (const auto& cluster : corpus().clusters) {
      chorus::Diagnostics diagnostics;
      benchmark::DoNotOptimize(chorus::digest::prepare_cluster(cluster, options, diagnostics));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
}
BENCHMARK(BM_PrepareClusters)->Unit(benchmark::kMillisecond);

// Segmentation + tokenization + stemming alone, on already built documents.
void BM_Annotate(benchmark::State& state) {
  if (!have_corpus(state)) return;
  std::vector<chorus::Document> docs;
  chorus::Diagnostics diagnostics;
  for (const auto& cluster : corpus().clusters) {
    for (const Article& article : cluster) {
      docs.push_back(chorus::ingest::build_document(article, diagnostics));
      docs.back().paragraphs.push_back({0, static_cast<uint32_t>(docs.back().text.size())});
    }
  }
  chorus::text::SentenceSplitter splitter;
  for (auto _ : state) {
    chorus::Lexicon lexicon;
    for (chorus::Document& doc : docs) chorus::text::annotate(doc, lexicon, splitter);
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
}
BENCHMARK(BM_Annotate)->Unit(benchmark::kMillisecond);

// Claims on prepared clusters (each of DUC 2004's clusters holds 10
// articles): the sentence facts, the scoring of candidate pairs and the
// forming of claims. Names, figures and dates are found outside the timing.
void BM_Claims(benchmark::State& state) {
  if (!have_corpus(state)) return;
  const chorus::Options options;
  const auto ner = chorus::entities::NerModel::load(std::string(CHORUS_SOURCE_DIR) + "/data/ner/model.bin");
  const chorus::compare::MatchModel match = chorus::compare::builtin_match_model();
  std::vector<chorus::Cluster> clusters;
  std::vector<std::vector<chorus::compare::DocumentAnnotations>> annotations;
  for (const auto& cluster : corpus().clusters) {
    chorus::Diagnostics diagnostics;
    clusters.push_back(chorus::digest::prepare_cluster(cluster, options, diagnostics));
    const auto groups = chorus::digest::find_entities(clusters.back(), ner);
    annotations.push_back(chorus::digest::annotate_documents(clusters.back(), groups, chorus::time::TimexTagger()));
  }
  for (auto _ : state) {
    for (size_t c = 0; c < clusters.size(); ++c) {
      const chorus::compare::ClusterFacts facts(clusters[c], annotations[c], match.lexical);
      const std::vector<uint32_t> outlets = chorus::digest::outlet_keys(clusters[c]);
      benchmark::DoNotOptimize(chorus::compare::find_claims(clusters[c], facts, match.pairs, outlets));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
  state.counters["clusters"] = static_cast<double>(corpus().clusters.size());
}
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);

// Entities on prepared clusters: tagging every body, then grouping the
// mentions across documents; BM_EntityGroups times the grouping alone.
void entity_bench(benchmark::State& state, bool tag) {
  if (!have_corpus(state)) return;
  const chorus::Options options;
  const auto model = chorus::entities::NerModel::load(std::string(CHORUS_SOURCE_DIR) + "/data/ner/model.bin");
  chorus::entities::NerTagger tagger(model);
  std::vector<chorus::Cluster> clusters;
  std::vector<std::vector<std::vector<chorus::entities::EntityMention>>> mentions;
  for (const auto& cluster : corpus().clusters) {
    chorus::Diagnostics diagnostics;
    clusters.push_back(chorus::digest::prepare_cluster(cluster, options, diagnostics));
    mentions.emplace_back();
    for (const auto& doc : clusters.back().documents) mentions.back().push_back(chorus::entities::tag_entities(doc, tagger));
  }
  for (auto _ : state) {
    for (size_t c = 0; c < clusters.size(); ++c) {
      if (tag) {
        for (size_t d = 0; d < clusters[c].documents.size(); ++d)
          mentions[c][d] = chorus::entities::tag_entities(clusters[c].documents[d], tagger);
      }
      benchmark::DoNotOptimize(chorus::compare::group_entities(clusters[c], mentions[c]));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
  state.counters["clusters"] = static_cast<double>(corpus().clusters.size());
}
void BM_Entities(benchmark::State& state) { entity_bench(state, true); }
void BM_EntityGroups(benchmark::State& state) { entity_bench(state, false); }
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntityGroups)->Unit(benchmark::kMillisecond);

// The whole digest (JSON rendering aside) of all 50 clusters, entities
// included: the shipped NER model is loaded once, outside the timing.
void BM_DigestAllClusters(benchmark::State& state) {
  if (!have_corpus(state)) return;
  chorus::Options options;
  options.ner_model = std::string(CHORUS_SOURCE_DIR) + "/data/ner/model.bin";
  const chorus::Engine engine(options);
  for (auto _ : state) {
    for (const auto& cluster : corpus().clusters) benchmark::DoNotOptimize(engine.digest(cluster));
  }
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
  state.counters["clusters"] = static_cast<double>(corpus().clusters.size());
}
BENCHMARK(BM_DigestAllClusters)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

#include "eval/ner_scorer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chorus/error.h"
#include "entities/ner_tagger.h"
#include "entities/ner_trainer.h"

namespace chorus::eval {
namespace {

using entities::ConllTag;
using entities::EntityType;
using entities::TokenChunk;

// The IOB2 tags of `count` words holding `chunks`: one writing of each
// sentence, so tag accuracy does not depend on IOB1 versus IOB2.
std::vector<ConllTag> iob2_tags(std::span<const TokenChunk> chunks, size_t count) {
  std::vector<ConllTag> tags(count);
  for (const TokenChunk& chunk : chunks)
    for (uint32_t i = chunk.begin; i < chunk.end; ++i) tags[i] = {i == chunk.begin ? 'B' : 'I', chunk.type};
  return tags;
}

std::string format(const char* pattern, double a, double b, double c) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
  return buffer;
}

std::string tag_name(const ConllTag& tag) {
  if (tag.prefix == 'O') return "O";
  return std::string(1, tag.prefix) + "-" + std::string(entities::entity_type_name(tag.type));
}

bool listed(const ChunkCounts& counts) { return counts.gold > 0 || counts.found > 0; }

}  // namespace

PrecisionRecall precision_recall(const ChunkCounts& counts) {
  PrecisionRecall result;
  if (counts.found > 0) result.p = static_cast<double>(counts.correct) / static_cast<double>(counts.found);
  if (counts.gold > 0) result.r = static_cast<double>(counts.correct) / static_cast<double>(counts.gold);
  if (result.p + result.r > 0) result.f1 = 2 * result.p * result.r / (result.p + result.r);
  return result;
}

void score_sentence(std::span<const ConllTag> gold, std::span<const ConllTag> predicted, NerScores& scores) {
  if (gold.size() != predicted.size()) throw Error("NER scoring: gold and predicted sentences differ in length");
  const auto gold_chunks = entities::conll_chunks(gold);
  const auto found_chunks = entities::conll_chunks(predicted);
  for (const TokenChunk& chunk : gold_chunks) {
    ++scores.overall.gold;
    ++scores.per_type[static_cast<size_t>(chunk.type)].gold;
  }
  // Both lists are in token order and chunks of one list never overlap.
  size_t g = 0;
  for (const TokenChunk& chunk : found_chunks) {
    ++scores.overall.found;
    auto& counts = scores.per_type[static_cast<size_t>(chunk.type)];
    ++counts.found;
    while (g < gold_chunks.size() && gold_chunks[g].begin < chunk.begin) ++g;
    if (g < gold_chunks.size() && gold_chunks[g].begin == chunk.begin && gold_chunks[g].end == chunk.end &&
        gold_chunks[g].type == chunk.type) {
      ++scores.overall.correct;
      ++counts.correct;
    }
  }
  const auto gold_tags = iob2_tags(gold_chunks, gold.size());
  const auto found_tags = iob2_tags(found_chunks, gold.size());
  scores.tokens += gold.size();
  for (size_t i = 0; i < gold.size(); ++i) scores.correct_tags += gold_tags[i] == found_tags[i] ? 1 : 0;
}

NerScores evaluate_ner(const entities::ConllCorpus& gold, const entities::NerModel& model, std::string* predictions) {
  NerScores scores;
  entities::NerTagger tagger(model);
  const std::vector<entities::NerDocument> docs = entities::ner_documents(gold);
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::vector<entities::Label> labels = tagger.tag(docs[d]);
    size_t at = 0;
    for (const entities::ConllSentence& sentence : gold.documents[d].sentences) {
      const std::span<const entities::Label> sentence_labels(labels.data() + at, sentence.words.size());
      at += sentence.words.size();
      const auto predicted = iob2_tags(entities::chunks_from_labels(sentence_labels), sentence.words.size());
      score_sentence(sentence.tags, predicted, scores);
      if (predictions) {
        for (size_t i = 0; i < sentence.words.size(); ++i)
          *predictions += sentence.words[i] + " " + tag_name(sentence.tags[i]) + " " + tag_name(predicted[i]) + "\n";
        *predictions += "\n";
      }
    }
  }
  return scores;
}

std::string ner_report_text(const NerScores& scores) {
  const PrecisionRecall overall = precision_recall(scores.overall);
  const double accuracy =
      scores.tokens > 0 ? 100.0 * static_cast<double>(scores.correct_tags) / static_cast<double>(scores.tokens) : 0;
  std::string out = "processed " + std::to_string(scores.tokens) + " tokens with " +
                    std::to_string(scores.overall.gold) + " phrases; found: " + std::to_string(scores.overall.found) +
                    " phrases; correct: " + std::to_string(scores.overall.correct) + ".\n";
  out += "accuracy: " + format("%6.2f%%; precision: %6.2f%%; recall: %6.2f%%; ", accuracy, 100 * overall.p,
                               100 * overall.r);
  out += format("FB1: %6.2f\n", 100 * overall.f1, 0, 0);
  for (int t = 0; t < entities::kEntityTypeCount; ++t) {
    const ChunkCounts& counts = scores.per_type[static_cast<size_t>(t)];
    if (!listed(counts)) continue;
    const PrecisionRecall prf = precision_recall(counts);
    const std::string name(entities::entity_type_name(static_cast<EntityType>(t)));
    out += std::string(17 - name.size(), ' ') + name + ": " +
           format("precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f", 100 * prf.p, 100 * prf.r, 100 * prf.f1) + "  " +
           std::to_string(counts.found) + "\n";
  }
  return out;
}

std::string ner_report_json(const NerScores& scores) {
  auto object = [](const ChunkCounts& counts) {
    const PrecisionRecall prf = precision_recall(counts);
    return nlohmann::ordered_json{{"p", prf.p}, {"r", prf.r}, {"f1", prf.f1}};
  };
  nlohmann::ordered_json json;
  json["overall"] = object(scores.overall);
  json["per_type"] = nlohmann::ordered_json::object();
  for (int t = 0; t < entities::kEntityTypeCount; ++t) {
    const ChunkCounts& counts = scores.per_type[static_cast<size_t>(t)];
    if (listed(counts))
      json["per_type"][std::string(entities::entity_type_name(static_cast<EntityType>(t)))] = object(counts);
  }
  return json.dump(2) + "\n";
}

}  // namespace chorus::eval

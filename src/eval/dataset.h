// Readers for evaluation inputs: a dataset of clusters with reference
// summaries, and the system summaries to score. Errors name the file and line.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "chorus/article.h"

namespace chorus::eval {

struct EvalCluster {
  std::string id;
  std::vector<std::string> references;  // one sentence per line
  std::vector<Article> documents;       // the articles to summarize, if given
};

// JSONL, one cluster a line: {"id": "...", "refs": [{"text": "..."}, ...],
// "docs": [{"id", "text", "source", "date", "headline"}, ...]} (other fields
// are ignored). Every cluster needs at least one reference; "docs" is
// optional (scoring given summaries needs none) and each doc needs "id" and
// "text"; "date" becomes the article's publication date, "headline" its title.
std::vector<EvalCluster> read_eval_dataset(const std::filesystem::path& path);

struct SystemSummary {
  std::string cluster_id;
  std::string text;    // one sentence per line
  std::string origin;  // where it was read: "file:line" or the file's path
};

// A JSONL file ({"id": "...", "summary": "..."} a line), or a directory with
// one file per cluster, named by the cluster id up to its first '.'
// ("d30001t", "d30001t.txt", "d30001t.LexRank"); hidden files are skipped.
// A cluster id given twice is an error.
std::vector<SystemSummary> read_system_summaries(const std::filesystem::path& path);

struct SentencePair {
  std::string id;
  bool same = false;  // labelled as saying the same thing
  std::string a, b;
};

// JSONL, one pair a line: {"id": "...", "label": 0 or 1, "a": "...", "b": "..."}
// (the MSR Paraphrase Corpus as ../shared/data/msrp-train holds it).
std::vector<SentencePair> read_sentence_pairs(const std::filesystem::path& path);

// A word list, one word a line (ROUGE's smart_common_words.txt format): the
// line as written, without its line ending. Throws if unreadable or empty.
std::vector<std::string> read_word_list(const std::filesystem::path& path);

}  // namespace chorus::eval

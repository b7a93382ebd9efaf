#include "eval/dataset.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <simdjson.h>
#include <sstream>

#include "chorus/error.h"
#include "ingest/file_check.h"

namespace chorus::eval {
namespace {

namespace fs = std::filesystem;
// simdjson's DOM: evaluation datasets run to megabytes of article text, where
// a general-purpose JSON library's parse showed as a sixth of a whole
// `eval summarize` run.
using Object = simdjson::dom::object;
using Element = simdjson::dom::element;

std::string where(const fs::path& path, std::size_t line) { return path.string() + ":" + std::to_string(line); }

std::string read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path.string() + ": check that the file exists and is readable");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A key given twice would silently mean its first value (simdjson's lookup):
// refuse the object instead.
void check_keys_unique(const Object& object, const std::string& location) {
  std::vector<std::string_view> keys;
  for (const auto field : object) keys.push_back(field.key);
  std::sort(keys.begin(), keys.end());
  if (const auto twice = std::adjacent_find(keys.begin(), keys.end()); twice != keys.end())
    throw Error(location + ": key \"" + std::string(twice->substr(0, 60)) + "\" is given twice in one object");
}

// Calls `handle(object, line_number)` for each non-blank line of a JSONL file.
template <typename Handle>
void for_each_jsonl_object(const fs::path& path, const std::string& expected, Handle&& handle) {
  ingest::require_input_file(path);  // a FIFO would block forever
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path.string() + ": check its permissions");
  simdjson::dom::parser parser;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Element element;
    // Syntax, invalid UTF-8, numbers out of range (1e999): simdjson's reason.
    if (const auto error = parser.parse(line).get(element); error != simdjson::SUCCESS)
      throw Error(where(path, number) + ": malformed JSON (" + simdjson::error_message(error) +
                  "); each line must be one object like " + expected);
    Object object;
    if (element.get(object) != simdjson::SUCCESS)
      throw Error(where(path, number) + ": not a JSON object; each line must be one object like " + expected);
    check_keys_unique(object, where(path, number));
    handle(object, number);
  }
}

std::string required_string(const Object& object, const char* key, const std::string& location,
                            const std::string& expected) {
  std::string_view value;
  if (object[key].get(value) != simdjson::SUCCESS)
    throw Error(location + ": missing string field \"" + key + "\"; expected " + expected);
  return std::string(value);
}

// The cluster id a summary file stands for: its name up to the first '.'.
std::string cluster_id_of(const fs::path& file) {
  const std::string name = file.filename().string();
  return name.substr(0, name.find('.'));
}

void check_unique(std::set<std::string>& seen, const std::string& id, const std::string& location) {
  if (!seen.insert(id).second)
    throw Error(location + ": cluster \"" + id + "\" has a second summary; give one summary per cluster");
}

// An optional string field; absent or null gives "".
std::string optional_string(const Object& object, const char* key, const std::string& location) {
  Element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) return {};
  std::string_view value;
  if (element.get(value) != simdjson::SUCCESS) throw Error(location + ": field \"" + key + "\" must be a string");
  return std::string(value);
}

Article read_document(const Element& element, const std::string& location) {
  const std::string expected = R"({"id": "...", "text": "..."})";
  Object doc;
  if (element.get(doc) != simdjson::SUCCESS)
    throw Error(location + ": each entry of \"docs\" must be an object like " + expected);
  check_keys_unique(doc, location);
  Article article;
  article.id = required_string(doc, "id", location, expected);
  article.raw = required_string(doc, "text", location, expected);
  article.path = location;
  article.source = optional_string(doc, "source", location);
  article.published = optional_string(doc, "date", location);
  article.title = optional_string(doc, "headline", location);
  return article;
}

}  // namespace

std::vector<EvalCluster> read_eval_dataset(const fs::path& path) {
  const std::string expected = R"({"id": "...", "refs": [{"text": "..."}]})";
  std::vector<EvalCluster> clusters;
  std::set<std::string> seen;
  for_each_jsonl_object(path, expected, [&](const Object& object, std::size_t line) {
    const std::string location = where(path, line);
    EvalCluster cluster;
    cluster.id = required_string(object, "id", location, expected);
    simdjson::dom::array refs;
    if (object["refs"].get(refs) != simdjson::SUCCESS || refs.size() == 0)
      throw Error(location + ": cluster \"" + cluster.id + "\" has no \"refs\" array of reference summaries");
    for (const Element ref : refs) {
      Object ref_object;
      if (ref.get(ref_object) != simdjson::SUCCESS)
        throw Error(location + ": each entry of \"refs\" must be an object with \"text\"");
      check_keys_unique(ref_object, location);
      cluster.references.push_back(required_string(ref_object, "text", location, expected));
    }
    Element docs;
    if (object["docs"].get(docs) == simdjson::SUCCESS) {
      simdjson::dom::array docs_array;
      if (docs.get(docs_array) != simdjson::SUCCESS)
        throw Error(location + ": \"docs\" must be an array of {\"id\", \"text\"} objects");
      for (const Element doc : docs_array) cluster.documents.push_back(read_document(doc, location));
    }
    if (!seen.insert(cluster.id).second)
      throw Error(location + ": cluster \"" + cluster.id + "\" appears twice in the dataset");
    clusters.push_back(std::move(cluster));
  });
  return clusters;
}

std::vector<SentencePair> read_sentence_pairs(const fs::path& path) {
  const std::string expected = R"({"id": "...", "label": 0|1, "a": "...", "b": "..."})";
  std::vector<SentencePair> pairs;
  for_each_jsonl_object(path, expected, [&](const Object& object, std::size_t line) {
    const std::string location = where(path, line);
    SentencePair pair;
    pair.id = required_string(object, "id", location, expected);
    int64_t label = -1;
    if (object["label"].get(label) != simdjson::SUCCESS || (label != 0 && label != 1))
      throw Error(location + ": \"label\" must be 0 or 1; expected " + expected);
    pair.same = label == 1;
    pair.a = required_string(object, "a", location, expected);
    pair.b = required_string(object, "b", location, expected);
    pairs.push_back(std::move(pair));
  });
  if (pairs.empty()) throw Error(path.string() + ": no sentence pairs");
  return pairs;
}

std::vector<SystemSummary> read_system_summaries(const fs::path& path) {
  std::vector<SystemSummary> summaries;
  std::set<std::string> seen;
  if (fs::is_directory(path)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(path)) {
      if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) continue;
      files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      SystemSummary summary{cluster_id_of(file), read_whole_file(file), file.string()};
      check_unique(seen, summary.cluster_id, file.string());
      summaries.push_back(std::move(summary));
    }
    if (summaries.empty()) throw Error(path.string() + ": the directory holds no summary files");
    return summaries;
  }
  const std::string expected = R"({"id": "...", "summary": "..."})";
  for_each_jsonl_object(path, expected, [&](const Object& object, std::size_t line) {
    const std::string location = where(path, line);
    SystemSummary summary{required_string(object, "id", location, expected),
                          required_string(object, "summary", location, expected), location};
    check_unique(seen, summary.cluster_id, location);
    summaries.push_back(std::move(summary));
  });
  if (summaries.empty()) throw Error(path.string() + ": no summaries in the file");
  return summaries;
}

std::vector<std::string> read_word_list(const fs::path& path) {
  ingest::require_input_file(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path.string() + ": check its permissions");
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) words.push_back(line);
  }
  if (words.empty()) throw Error(path.string() + ": the word list is empty");
  return words;
}

}  // namespace chorus::eval

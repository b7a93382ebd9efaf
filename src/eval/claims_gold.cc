#include "eval/claims_gold.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "chorus/error.h"
#include "ingest/file_check.h"
#include "ingest/json_input.h"

namespace chorus::eval {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string string_field(const nlohmann::json& object, const char* key, const fs::path& path) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string())
    throw Error(path.string() + ": expected a string \"" + key + "\" in " + object.dump().substr(0, 80));
  return it->get<std::string>();
}

}  // namespace

LabelledCluster read_labelled_cluster(const fs::path& folder) {
  LabelledCluster cluster;
  cluster.name = folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();
  const fs::path articles = folder / "articles";
  if (!fs::is_directory(articles)) throw Error(articles.string() + ": no articles folder");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(articles))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    Article article;
    article.id = file.stem().string();
    article.path = file.string();
    article.raw = read_file(file);
    cluster.articles.push_back(std::move(article));
  }
  const fs::path gold_path = folder / "gold.json";
  ingest::require_input_file(gold_path);
  const ingest::JsonInput input = ingest::parse_json_input(read_file(gold_path));
  if (!input.error.empty()) throw Error(gold_path.string() + ": not valid JSON (" + input.error + ")");
  if (!input.repeated_keys.empty())
    throw Error(gold_path.string() + ": " + ingest::describe(input.repeated_keys.front()));
  const nlohmann::json& gold = input.value;
  if (!gold.is_object() || !gold.contains("claims") || !gold["claims"].is_array())
    throw Error(gold_path.string() + ": expected an object with a \"claims\" array");
  for (const nlohmann::json& claim : gold["claims"]) {
    if (!claim.is_object() || !claim.contains("sentences") || !claim["sentences"].is_array())
      throw Error(gold_path.string() + ": each claim needs a \"sentences\" array");
    GoldClaim out{string_field(claim, "id", gold_path), string_field(claim, "status", gold_path), {}};
    for (const nlohmann::json& sentence : claim["sentences"]) {
      if (!sentence.is_object()) throw Error(gold_path.string() + ": each sentence must be {\"file\", \"text\"}");
      const fs::path file = string_field(sentence, "file", gold_path);
      out.sentences.push_back(GoldSentence{file.stem().string(), string_field(sentence, "text", gold_path)});
    }
    cluster.claims.push_back(std::move(out));
  }
  return cluster;
}

}  // namespace chorus::eval

#include "chorus/engine.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "chorus/error.h"
#include "compare/match_model.h"
#include "digest/pipeline.h"
#include "entities/ner_model.h"
#include "summarize/method.h"

namespace chorus {

namespace {

compare::MatchModel load_match_model(const std::string& pair_model) {
  compare::MatchModel model = compare::builtin_match_model();
  if (pair_model.empty()) return model;
  std::ifstream in(pair_model, std::ios::binary);
  std::error_code error;
  if (!std::filesystem::is_regular_file(pair_model, error) || !in)
    throw Error(pair_model + ": cannot read the pair model");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  model.pairs = compare::PairModel::parse(text, pair_model);
  return model;
}

}  // namespace

Engine::Engine(Options options)
    : options_(std::move(options)),
      match_model_(std::make_shared<const compare::MatchModel>(load_match_model(options_.pair_model))) {
  summarize::make_method(options_.method);  // fail early on an unknown method name
  if (options_.ner_model.empty()) return;
  // A missing model costs the entities section, not the digest.
  try {
    ner_model_ = std::make_shared<const entities::NerModel>(entities::NerModel::load(options_.ner_model));
  } catch (const Error& error) {
    ner_warning_ = std::string(error.what()) + "; the digest has no entities";
  }
}

Digest Engine::digest(const std::vector<Article>& articles) const { return digest(articles, options_); }

Digest Engine::digest(const std::vector<Article>& articles, const Options& options) const {
  return digest(articles, options, std::stop_token());
}

Digest Engine::digest(const std::vector<Article>& articles, const Options& options, std::stop_token stop) const {
  if (&options != &options_) summarize::make_method(options.method);  // an unknown name is an error
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(articles, options, diagnostics, stop);
  Digest result = digest::analyse_cluster(cluster, options, *match_model_, ner_model_.get(), stop);
  result.warnings = std::move(diagnostics.warnings);
  if (!ner_warning_.empty()) result.warnings.push_back(ner_warning_);
  return result;
}

}  // namespace chorus

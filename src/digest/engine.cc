#include "chorus/engine.h"

#include "chorus/error.h"
#include "compare/match_model.h"
#include "digest/pipeline.h"
#include "entities/ner_model.h"
#include "summarize/method.h"

namespace chorus {

Engine::Engine(Options options)
    : options_(std::move(options)),
      match_model_(std::make_shared<const compare::MatchModel>(compare::load_match_model(options_.pair_model))) {
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
  return digest_articles(articles, nullptr, options, stop);
}

Digest Engine::digest(std::vector<Article>&& articles) const { return digest(std::move(articles), options_); }

Digest Engine::digest(std::vector<Article>&& articles, const Options& options, std::stop_token stop) const {
  return digest_articles(articles, &articles, options, stop);
}

Digest Engine::digest_articles(const std::vector<Article>& articles, std::vector<Article>* release,
                               const Options& options, std::stop_token stop) const {
  if (&options != &options_) summarize::make_method(options.method);  // an unknown name is an error
  Diagnostics diagnostics;
  Cluster cluster = digest::prepare_cluster(articles, options, diagnostics, stop);
  if (release) std::vector<Article>().swap(*release);
  Digest result = digest::analyse_cluster(std::move(cluster), options, *match_model_, ner_model_.get(), stop);
  // Problems with the input first, then bounds the analysis reached.
  result.warnings.insert(result.warnings.begin(), diagnostics.warnings.begin(), diagnostics.warnings.end());
  if (!ner_warning_.empty()) result.warnings.push_back(ner_warning_);
  return result;
}

}  // namespace chorus

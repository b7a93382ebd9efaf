// Engine: the library entry point. Articles in, Digest out.
//
//   chorus::Engine engine(options);
//   chorus::Digest digest = engine.digest(articles);
//
// An Engine is immutable after construction and can be shared across threads.
#pragma once

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

#include "chorus/article.h"
#include "chorus/digest.h"
#include "chorus/options.h"

namespace chorus {

namespace entities {
class NerModel;
}
namespace compare {
struct MatchModel;
}

class Engine {
 public:
  // Loads the shipped match model, and options.ner_model when given, once
  // for all digests.
  explicit Engine(Options options = {});

  // Builds the digest of one event from its articles. Problems that do not
  // stop the work (bad bytes, an empty article) are reported in
  // Digest::warnings; throws chorus::Error when no article is usable.
  Digest digest(const std::vector<Article>& articles) const;
  // The same with per-call options (summary length, method, thresholds), as
  // a service needs; the entity model stays the one this Engine loaded.
  Digest digest(const std::vector<Article>& articles, const Options& options) const;
  // The same, stopping early with chorus::Cancelled once `stop` is requested
  // (checked between articles, between stages and between documents).
  Digest digest(const std::vector<Article>& articles, const Options& options, std::stop_token stop) const;
  // The same, taking the articles: their bytes are freed once read, so a
  // large batch is not held twice while it is analysed.
  Digest digest(std::vector<Article>&& articles) const;
  Digest digest(std::vector<Article>&& articles, const Options& options, std::stop_token stop = {}) const;

  const Options& options() const { return options_; }

 private:
  Options options_;
  std::shared_ptr<const compare::MatchModel> match_model_;  // the shipped word tables and pair weights
  std::shared_ptr<const entities::NerModel> ner_model_;  // null: no entities
  std::string ner_warning_;  // why the given model could not be loaded

  // The digest; frees `*release` (the articles themselves) once they are read when given.
  Digest digest_articles(const std::vector<Article>& articles, std::vector<Article>* release, const Options& options,
                         std::stop_token stop) const;
};

}  // namespace chorus

#include "chorus/engine.h"

#include "digest/pipeline.h"
#include "summarize/method.h"

namespace chorus {

Engine::Engine(Options options) : options_(std::move(options)) {
  summarize::make_method(options_.method);  // fail early on an unknown method name
}

Digest Engine::digest(const std::vector<Article>& articles) const {
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(articles, options_, diagnostics);
  Digest result = digest::analyse_cluster(cluster, options_);
  result.warnings = std::move(diagnostics.warnings);
  return result;
}

}  // namespace chorus

// The service's request parsing (serve/digest_request.h): any body either
// gives a request that holds what parse_digest_request promises, or throws
// RequestError with status 400 or 413. Any other exception escapes and is a
// finding (the service would answer 500).
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.h"
#include "ingest/reader.h"
#include "serve/digest_request.h"
#include "summarize/method.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  constexpr std::size_t kMaxArticles = 4;
  serve::DigestRequest request;
  try {
    request = serve::parse_digest_request(fuzz::as_text(data, size), kMaxArticles);
  } catch (const serve::RequestError& error) {
    FUZZ_CHECK(error.status() == 400 || error.status() == 413);
    return 0;
  }
  FUZZ_CHECK(!request.articles.empty() && request.articles.size() <= kMaxArticles);
  std::set<std::string> ids;
  for (const Article& article : request.articles) {
    FUZZ_CHECK(!article.id.empty() && ids.insert(article.id).second);
    FUZZ_CHECK(!article.raw.empty() && !article.path.empty());
    FUZZ_CHECK(article.published.empty() || ingest::is_iso_date(article.published));
  }
  const Options& options = request.options;
  FUZZ_CHECK(options.summary_words >= 1 && options.summary_words <= 100000);
  FUZZ_CHECK(options.support_threshold >= 0 && options.support_threshold <= 1);
  summarize::make_method(options.method);  // throws on a name the engine does not know
  return 0;
}

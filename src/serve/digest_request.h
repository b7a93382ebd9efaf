// The body of POST /v1/digest, read and checked: articles and engine options.
// Every problem is one RequestError naming the field at fault, so a client
// knows what to fix.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/article.h"
#include "chorus/error.h"
#include "chorus/options.h"

namespace chorus::serve {

struct DigestRequest {
  std::vector<Article> articles;
  Options options;
};

// Bad input: an HTTP status (400, or 413 over a limit) and a message.
class RequestError : public Error {
 public:
  RequestError(int status, const std::string& message) : Error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// {"articles": [{"id", "text", "source", "url", "title", "published", "path"}],
//  "options": {"words", "method", "support_threshold"}}; docs/API.md has the
// details. `id` and `text` are required. `path` (default "articles[i]") is
// echoed in documents[].path, so a client can make the answer identical to
// `chorus digest --format json` over the same files. Unknown article fields
// are ignored (as in JSONL input); unknown top-level or option fields are an
// error, since they are most likely typos. Every value the parser cannot use
// is a RequestError 400 naming the article index and field: malformed JSON,
// invalid UTF-8, a number out of range (1e999), a key given twice (which
// would otherwise silently mean its last value), a wrong type. More than
// `max_articles` articles: RequestError 413.
DigestRequest parse_digest_request(std::string_view body, std::size_t max_articles);

}  // namespace chorus::serve

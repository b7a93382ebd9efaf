// Article: one report as it came in, before any processing.
#pragma once

#include <cstdint>
#include <string>

namespace chorus {

// What `raw` holds: plain text (scraped or written), or a web page's HTML,
// from which the main text and metadata are extracted.
enum class ArticleFormat : uint8_t { kText, kHtml };

struct Article {
  std::string id;         // unique within a batch; file stem or JSONL "id"
  std::string path;       // where it was read from ("-" for stdin, "file.jsonl:3")
  std::string source;     // outlet name if known, else empty
  std::string url;        // optional
  std::string title;      // optional; inferred from a headline line when empty
  std::string published;  // ISO 8601 date or date-time if known, else empty
  std::string raw;        // the bytes as read (any encoding the decoder accepts)
  ArticleFormat format = ArticleFormat::kText;
  std::string charset;    // HTML: the charset the server declared, "" when none
};

}  // namespace chorus

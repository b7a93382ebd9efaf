// A web page read into the text and metadata a Document is built from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/document.h"
#include "ingest/html_metadata.h"

namespace chorus::ingest {

struct WebPage {
  // Every visible text block of the page, in order, one paragraph each
  // (blocks separated by a blank line), cleaned as decode_text cleans text.
  std::string text;
  std::vector<Span> blocks;       // each block's span in `text`
  std::vector<Removed> removed;   // the blocks that are not the article's main text, with why
  PageMetadata metadata;
  std::string encoding;           // what the bytes were read as
  bool too_deep = false;          // nested past kHtmlMaxDepth: text below it is not read
};

// Reads a page's bytes (any encoding: `header_charset` from HTTP, else its
// <meta>, else detected). `url` is where it came from, "" when unknown.
// `origin` names the input in errors. Throws chorus::Error("<origin>: ...")
// when the bytes are binary.
WebPage read_web_page(std::string_view bytes, std::string_view url, std::string_view header_charset,
                      std::string_view origin);

// The main text alone: the kept blocks, one a line.
std::string main_text(const WebPage& page);

}  // namespace chorus::ingest

// GET /: a small self-contained page to paste or upload articles, send them
// to POST /v1/digest?format=html and show the report.
#pragma once

#include <string>

namespace chorus::serve {

// The page, with the summarization methods the engine knows filled in.
std::string make_index_page();

}  // namespace chorus::serve

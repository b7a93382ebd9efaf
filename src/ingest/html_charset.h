// The character encoding of a web page, and its bytes as UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace chorus::ingest {

struct PageBytes {
  std::string utf8;      // the page converted to UTF-8 (invalid bytes become U+FFFD)
  std::string encoding;  // what it was read as, lower-case ("utf-8", "windows-1252")
  std::string declared;  // what the page or server declared, "" when nothing
};

// Reads `bytes` as: UTF-8 when they carry a UTF-8 byte order mark or are valid
// UTF-8 with at least one multi-byte character (pages often declare Latin-1
// while their bytes are UTF-8: valid UTF-8 is almost never Latin-1 prose);
// UTF-16 with a byte order mark; else the charset `header_charset` names (from
// HTTP), else one declared in a <meta> near the start; else windows-1252. As
// browsers do (WHATWG), iso-8859-1 and us-ascii are read as windows-1252, and
// an unknown name falls back to it.
PageBytes page_to_utf8(std::string_view bytes, std::string_view header_charset);

// The charset a <meta charset> or <meta http-equiv content="...; charset=">
// declares in the first 8 KB, lower-cased; "" when none.
std::string meta_charset(std::string_view bytes);

}  // namespace chorus::ingest

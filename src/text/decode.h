// Decoding raw article bytes into clean UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace chorus::text {

struct DecodeOptions {
  // Bytes that cannot be text (NUL, most C0 controls) above this share of the
  // first 4 KiB mark the input as binary, which is an error.
  double max_binary_share = 0.01;
};

// Turns raw bytes into the text a Document owns:
//  - a UTF-8 BOM is dropped; UTF-16 LE/BE with a BOM is converted;
//  - invalid UTF-8 sequences become U+FFFD, with one warning per input naming
//    `origin` and the byte offset of the first bad sequence and the count;
//  - CRLF and lone CR become LF; U+2028/U+2029 become LF;
//  - control characters other than LF and TAB are removed, TAB becomes a space;
//  - NBSP and other Unicode spaces become a plain space;
//  - the result is in Unicode NFC.
// Throws chorus::Error("<origin>: binary file ...") when the input is not text.
std::string decode_text(std::string_view raw, std::string_view origin,
                        Diagnostics& diagnostics, const DecodeOptions& options = {});

// True when `raw` holds no character other than white space (after decoding).
bool is_blank(std::string_view utf8);

}  // namespace chorus::text

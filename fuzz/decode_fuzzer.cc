// Byte decoding (text/decode.h): any bytes either throw chorus::Error (a
// binary file) or become valid UTF-8 with LF line ends only; decoding the
// result again changes nothing.
#include <cstdint>

#include "chorus/error.h"
#include "fuzz_support.h"
#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  Diagnostics diagnostics;
  std::string decoded;
  try {
    decoded = text::decode_text(fuzz::as_text(data, size), "fuzz", diagnostics);
  } catch (const Error&) {
    return 0;  // binary input is rejected, as documented
  }
  FUZZ_CHECK(fuzz::is_valid_utf8(decoded));
  FUZZ_CHECK(decoded.find_first_of(std::string_view("\r\0", 2)) == std::string::npos);
  for (const std::string& warning : diagnostics.warnings) FUZZ_CHECK(fuzz::is_valid_utf8(warning));
  (void)text::is_blank(decoded);
  Diagnostics again;
  FUZZ_CHECK(text::decode_text(decoded, "fuzz", again) == decoded);
  FUZZ_CHECK(again.warnings.empty());
  return 0;
}

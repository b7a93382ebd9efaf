#include "text/decode.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <array>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <string>

#include "chorus/error.h"
#include "text/utf8.h"

namespace chorus::text {
namespace {

// Binary detection looks only at the start: enough to tell text from an image
// or an archive, and it keeps the check O(1) for large inputs.
constexpr std::size_t kBinarySample = 4096;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string prefix(std::string_view origin) {
  std::string message(origin);
  message += ": ";
  return message;
}

// Throws when the sample looks like binary data: any NUL byte (no text format
// we read has one outside UTF-16), or more C0 control characters than
// `max_share` allows. TAB, LF, CR and FF are ordinary in text.
void reject_binary(std::string_view text, std::string_view origin, const DecodeOptions& options) {
  const std::string_view sample = text.substr(0, kBinarySample);
  if (sample.empty()) return;
  std::size_t controls = 0;
  for (const char c : sample) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) {
      throw Error(prefix(origin) +
                  "binary file (not text): it contains NUL bytes; chorus reads UTF-8 text, "
                  "or UTF-16 with a byte order mark");
    }
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ++controls;
  }
  const double share = static_cast<double>(controls) / static_cast<double>(sample.size());
  if (share > options.max_binary_share) {
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.1f%%", share * 100.0);
    throw Error(prefix(origin) + "binary file (not text): " + percent + " of its first " +
                std::to_string(sample.size()) +
                " bytes are control characters; chorus reads UTF-8 text, "
                "or UTF-16 with a byte order mark");
  }
}

// What the cleaning pass does with an ASCII byte. A table keeps the hot loop
// to one load and one compare per byte.
enum ByteClass : uint8_t { kCopy, kDrop, kSpace, kNewline, kCarriageReturn, kNonAscii };

constexpr std::array<uint8_t, 256> make_byte_classes() {
  std::array<uint8_t, 256> classes{};
  for (unsigned b = 0; b < 256; ++b) {
    if (b >= 0x80) classes[b] = kNonAscii;
    else if (b >= 0x20 && b < 0x7F) classes[b] = kCopy;
    else classes[b] = kDrop;  // C0 controls and DEL
  }
  classes['\n'] = kCopy;
  classes['\t'] = kSpace;
  classes['\f'] = kNewline;
  classes['\r'] = kCarriageReturn;
  return classes;
}

constexpr std::array<uint8_t, 256> kByteClasses = make_byte_classes();

enum class Action { keep, space, newline, drop };

// What the cleaning pass does with a non-ASCII code point, by its Unicode
// general category (ICU): controls go, space separators become one plain
// space (later stages split words on ' ' alone), line and paragraph
// separators end a line like LF.
Action classify(char32_t code_point) {
  const auto c = static_cast<UChar32>(code_point);
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
      return Action::drop;
    case U_SPACE_SEPARATOR:
      return Action::space;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return Action::newline;
    case U_FORMAT_CHAR:
      // Format characters that carry no text: zero-width space, bidi marks,
      // embeddings, overrides and isolates, word joiner and invisible
      // operators, a byte order mark inside the text. Left in, they split
      // words that look identical on screen. Other format characters change
      // how text reads (ZWNJ and ZWJ in Persian and emoji, soft hyphens,
      // tag sequences in flags) and stay.
      return (c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
              (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF)
                 ? Action::drop
                 : Action::keep;
    default:
      return Action::keep;
  }
}

// Where the first ill-formed UTF-8 sequence was and how many bytes were
// replaced in all, for the one warning per input.
struct InvalidBytes {
  std::size_t first_offset = 0;
  std::size_t count = 0;
};

// The single pass over UTF-8: validates, maps line ends, spaces and controls,
// and appends the result to `out`. Returns true when the output may need NFC
// (it holds a code point >= U+0300; every code point below that is NFC-stable
// and none of them combines with a neighbour).
bool clean_utf8(std::string_view text, std::size_t base_offset, std::string& out,
                InvalidBytes& invalid) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  bool may_need_nfc = false;
  std::size_t i = 0;
  while (i < size) {
    // Fast path: a run of printable ASCII and LF is copied as one block.
    const std::size_t run_start = i;
    while (i < size && kByteClasses[bytes[i]] == kCopy) ++i;
    out.append(text.data() + run_start, i - run_start);
    if (i == size) break;

    switch (kByteClasses[bytes[i]]) {
      case kDrop:
        ++i;
        break;
      case kSpace:
        out.push_back(' ');
        ++i;
        break;
      case kNewline:
        out.push_back('\n');
        ++i;
        break;
      case kCarriageReturn:  // CRLF and a lone CR both end one line
        out.push_back('\n');
        ++i;
        if (i < size && bytes[i] == '\n') ++i;
        break;
      default: {  // kNonAscii
        const Utf8Step step = decode_utf8(text, i);
        if (!step.valid) {
          if (invalid.count == 0) invalid.first_offset = base_offset + i;
          invalid.count += step.length;
          out.append(kReplacement);
        } else {
          switch (classify(step.code_point)) {
            case Action::keep:
              out.append(text.data() + i, step.length);
              if (step.code_point >= 0x300) may_need_nfc = true;
              break;
            case Action::space:
              out.push_back(' ');
              break;
            case Action::newline:
              out.push_back('\n');
              break;
            case Action::drop:
              break;
          }
        }
        i += step.length;
        break;
      }
    }
  }
  return may_need_nfc;
}

// ICU's string APIs take int32_t lengths.
void check_icu_length(std::size_t size, std::string_view origin) {
  if (size > static_cast<std::size_t>(INT32_MAX) / 2) {
    throw Error(prefix(origin) +
                "text is over 1 GB, too large to decode; split it into smaller files");
  }
}

// Converts UTF-16 (BOM already removed) to UTF-8. Unpaired surrogates and an
// odd trailing byte become U+FFFD, reported in one warning.
std::string utf16_to_utf8(std::string_view body, bool big_endian, std::size_t base_offset,
                          std::string_view origin, Diagnostics& diagnostics) {
  check_icu_length(body.size(), origin);
  const auto* bytes = reinterpret_cast<const unsigned char*>(body.data());
  std::u16string units(body.size() / 2, u'\0');
  for (std::size_t k = 0; k < units.size(); ++k) {
    const unsigned first = bytes[2 * k];
    const unsigned second = bytes[2 * k + 1];
    units[k] = static_cast<char16_t>(big_endian ? (first << 8) | second : (second << 8) | first);
  }

  // Find the first unpaired surrogate only for the warning; ICU does the
  // replacing (and counts it) below.
  std::size_t first_bad = SIZE_MAX;
  for (std::size_t k = 0; k < units.size() && first_bad == SIZE_MAX; ++k) {
    const char16_t unit = units[k];
    if (U16_IS_LEAD(unit) && k + 1 < units.size() && U16_IS_TRAIL(units[k + 1])) {
      ++k;
    } else if (U16_IS_SURROGATE(unit)) {
      first_bad = base_offset + 2 * k;
    }
  }

  const auto* source = reinterpret_cast<const UChar*>(units.data());
  const auto source_length = static_cast<int32_t>(units.size());
  int32_t length = 0;
  int32_t substitutions = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &length, source, source_length, 0xFFFD, nullptr, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    throw Error(prefix(origin) + "cannot convert UTF-16 text (" + u_errorName(status) + ")");
  }
  std::string utf8(static_cast<std::size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(utf8.data(), length, &length, source, source_length, 0xFFFD, &substitutions,
                     &status);
  if (U_FAILURE(status)) {
    throw Error(prefix(origin) + "cannot convert UTF-16 text (" + u_errorName(status) + ")");
  }

  std::size_t replaced = static_cast<std::size_t>(substitutions);
  if (body.size() % 2 != 0) {  // half a code unit at the end
    utf8.append(kReplacement);
    if (replaced == 0) first_bad = base_offset + body.size() - 1;
    ++replaced;
  }
  if (replaced > 0) {
    diagnostics.warn(prefix(origin) + "invalid UTF-16 at byte " + std::to_string(first_bad) + " (" +
                     std::to_string(replaced) + (replaced == 1 ? " code unit" : " code units") +
                     " replaced with U+FFFD)");
  }
  return utf8;
}

// Brings `text` to NFC in place. Most text already is, so the quick check
// usually saves the copy.
void to_nfc(std::string& text, std::string_view origin) {
  check_icu_length(text.size(), origin);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw Error(prefix(origin) + "cannot load Unicode normalization data (" +
                u_errorName(status) + ")");
  }
  if (nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(text.size());
  icu::StringByteSink<std::string> sink(&normalized);
  nfc->normalizeUTF8(0, text, sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw Error(prefix(origin) + "cannot normalize text to NFC (" + u_errorName(status) + ")");
  }
  text.swap(normalized);
}

}  // namespace

std::string decode_text(std::string_view raw, std::string_view origin, Diagnostics& diagnostics,
                        const DecodeOptions& options) {
  // A byte order mark decides the encoding; without one the text is UTF-8
  // (guessing legacy code pages does more harm than a visible U+FFFD).
  std::string converted;  // UTF-16 input converted to UTF-8
  std::string_view utf8 = raw;
  std::size_t base_offset = 0;  // so warnings give offsets into `raw`
  if (raw.starts_with("\xEF\xBB\xBF")) {
    utf8 = raw.substr(3);
    base_offset = 3;
  } else if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    const bool big_endian = raw[0] == '\xFE';
    converted = utf16_to_utf8(raw.substr(2), big_endian, 2, origin, diagnostics);
    utf8 = converted;
  }

  reject_binary(utf8, origin, options);

  std::string out;
  out.reserve(utf8.size());
  InvalidBytes invalid;
  const bool may_need_nfc = clean_utf8(utf8, base_offset, out, invalid);
  if (invalid.count > 0) {
    diagnostics.warn(prefix(origin) + "invalid UTF-8 at byte " +
                     std::to_string(invalid.first_offset) + " (" + std::to_string(invalid.count) +
                     (invalid.count == 1 ? " byte" : " bytes") + " replaced with U+FFFD)");
  }
  if (may_need_nfc) to_nfc(out, origin);
  return out;
}

bool is_blank(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      // ASCII White_Space: TAB, LF, VT, FF, CR and space.
      if (byte != ' ' && (byte < '\t' || byte > '\r')) return false;
      ++i;
      continue;
    }
    const Utf8Step step = decode_utf8(utf8, i);
    if (!step.valid || !u_isUWhiteSpace(static_cast<UChar32>(step.code_point))) return false;
    i += step.length;
  }
  return true;
}

}  // namespace chorus::text

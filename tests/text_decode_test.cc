#include "text/decode.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "text/utf8.h"

namespace chorus::text {
namespace {

std::string decode(std::string_view raw, Diagnostics& diagnostics,
                   const DecodeOptions& options = {}) {
  return decode_text(raw, "t.txt", diagnostics, options);
}

std::string decode(std::string_view raw) {
  Diagnostics diagnostics;
  return decode(raw, diagnostics);
}

// UTF-16 bytes (with BOM) of a UTF-16 string, in either byte order.
std::string utf16_bytes(std::u16string_view text, bool big_endian) {
  std::string bytes = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (const char16_t unit : text) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    bytes += big_endian ? std::string{high, low} : std::string{low, high};
  }
  return bytes;
}

const std::string kFffd = "\xEF\xBF\xBD";

// --- plain text, BOMs, UTF-16 ------------------------------------------------

TEST(DecodeText, AsciiPassesThroughUnchanged) {
  Diagnostics diagnostics;
  const std::string text = "Portvale, Dec. 1 (Reuters) - Troops entered.\n\nSecond paragraph.";
  EXPECT_EQ(decode(text, diagnostics), text);
  EXPECT_TRUE(diagnostics.warnings.empty());
  EXPECT_EQ(decode(""), "");
}

TEST(DecodeText, DropsUtf8ByteOrderMark) {
  EXPECT_EQ(decode("\xEF\xBB\xBFHello"), "Hello");
  EXPECT_EQ(decode("\xEF\xBB\xBF"), "");
}

TEST(DecodeText, ConvertsUtf16LittleEndianWithBom) {
  Diagnostics diagnostics;
  EXPECT_EQ(decode(utf16_bytes(u"Caf\u00e9 \u2014 ok\r\nnext \U0001F600", false), diagnostics),
            "Caf\u00e9 \u2014 ok\nnext \U0001F600");
  EXPECT_TRUE(diagnostics.warnings.empty());
}

TEST(DecodeText, ConvertsUtf16BigEndianWithBom) {
  EXPECT_EQ(decode(utf16_bytes(u"Portvale\u00a0\u2013 \u0414\u043e\u043c", true)),
            "Portvale \u2013 \u0414\u043e\u043c");
}

TEST(DecodeText, Utf16IsCleanedLikeUtf8) {
  // Decomposed é, a zero-width space and a tab go through the same pass.
  EXPECT_EQ(decode(utf16_bytes(u"e\u0301\u200B\tx", false)), "\u00e9 x");
}

TEST(DecodeText, Utf16UnpairedSurrogatesBecomeReplacementWithOneWarning) {
  Diagnostics diagnostics;
  const std::u16string text = {u'a', 0xD800, u'b', 0xDC00, u'c'};
  EXPECT_EQ(decode(utf16_bytes(text, false), diagnostics), "a" + kFffd + "b" + kFffd + "c");
  ASSERT_EQ(diagnostics.warnings.size(), 1u);
  // BOM (2 bytes) + 'a' (2 bytes): the lone lead surrogate is at byte 4.
  EXPECT_EQ(diagnostics.warnings[0],
            "t.txt: invalid UTF-16 at byte 4 (2 code units replaced with U+FFFD)");
}

TEST(DecodeText, Utf16OddTrailingByteBecomesReplacement) {
  Diagnostics diagnostics;
  EXPECT_EQ(decode(utf16_bytes(u"ab", true) + "x", diagnostics), "ab" + kFffd);
  ASSERT_EQ(diagnostics.warnings.size(), 1u);
  EXPECT_EQ(diagnostics.warnings[0],
            "t.txt: invalid UTF-16 at byte 6 (1 code unit replaced with U+FFFD)");
}

// --- line ends, spaces, controls ------------------------------------------

TEST(DecodeText, NormalizesLineEnds) {
  EXPECT_EQ(decode("a\r\nb\rc\nd\r"), "a\nb\nc\nd\n");
  EXPECT_EQ(decode("a\r\r\nb"), "a\n\nb");
  EXPECT_EQ(decode("a\fb"), "a\nb");
  EXPECT_EQ(decode("a\u2028b\u2029c"), "a\nb\nc");
}

TEST(DecodeText, TabBecomesSpace) { EXPECT_EQ(decode("a\tb\t\tc"), "a b  c"); }

TEST(DecodeText, RemovesControlCharacters) {
  // C0 (other than TAB, LF, CR, FF), DEL and C1 (U+0080..U+009F). So many
  // controls in so short a text would count as binary: lift the threshold.
  DecodeOptions options;
  options.max_binary_share = 1.0;
  Diagnostics diagnostics;
  EXPECT_EQ(decode("a\x01" "b\x1B" "c\x7F" "d\x0B" "e", diagnostics, options), "abcde");
  EXPECT_EQ(decode("a\u0085b\u009Fc\u0080d"), "abcd");
  EXPECT_TRUE(diagnostics.warnings.empty());
}

TEST(DecodeText, BinaryMessageSaysWhy) {
  Diagnostics diagnostics;
  try {
    decode_text("ab\x01\x02", "x.bin", diagnostics);
    FAIL() << "expected chorus::Error";
  } catch (const Error& error) {
    EXPECT_STREQ(error.what(),
                 "x.bin: binary file (not text): 50.0% of its first 4 bytes are control "
                 "characters; chorus reads UTF-8 text, or UTF-16 with a byte order mark");
  }
}

TEST(DecodeText, RemovesInvisibleFormatCharacters) {
  EXPECT_EQ(decode("in\u200Bvisible"), "invisible");
  EXPECT_EQ(decode("\u200E\u200Fa\u202A\u202B\u202C\u202D\u202Eb"), "ab");
  EXPECT_EQ(decode("a\u2060\u2061\u2062\u2063\u2064b\u2066\u2067\u2068\u2069c"), "abc");
  EXPECT_EQ(decode("word\uFEFFjoined"), "wordjoined");
}

TEST(DecodeText, KeepsJoinersThatShapeText) {
  // ZWNJ and ZWJ change how Persian words and emoji render: they are text.
  EXPECT_EQ(decode("\u0645\u06CC\u200C\u062E"), "\u0645\u06CC\u200C\u062E");
  EXPECT_EQ(decode("\U0001F469\u200D\U0001F4BB"), "\U0001F469\u200D\U0001F4BB");
}

TEST(DecodeText, UnicodeSpacesBecomePlainSpace) {
  EXPECT_EQ(decode("1\u00A0000 km"), "1 000 km");
  EXPECT_EQ(decode("a\u2003b\u3000c\u202Fd\u205Fe\u1680f"), "a b c d e f");
}

// The space list in decode.cc is written out for speed; ICU is the reference.
TEST(DecodeText, EverySpaceSeparatorBecomesPlainSpace) {
  int spaces = 0;
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    if (u_charType(c) != U_SPACE_SEPARATOR) continue;
    ++spaces;
    std::string raw = "a";
    append_utf8(raw, static_cast<char32_t>(c));
    raw += 'b';
    EXPECT_EQ(decode(raw), "a b") << std::hex << c;
  }
  EXPECT_GE(spaces, 16);
}

// --- NFC ------------------------------------------------------------------

TEST(DecodeText, ComposesToNfc) {
  EXPECT_EQ(decode("Cafe\u0301 au lait"), "Caf\u00e9 au lait");
  EXPECT_EQ(decode("\u212B"), "\u00C5");                    // Angstrom sign: singleton
  EXPECT_EQ(decode("\u1100\u1161\u11A8"), "\uAC01");        // Hangul jamo
  EXPECT_EQ(decode("e\u200B\u0301"), "\u00e9");             // removal first, then NFC
  EXPECT_EQ(decode("a\u0323\u0302"), "\u1EAD");             // marks reordered
}

TEST(DecodeText, LeavesNfcTextAlone) {
  const std::string text =
      "Z\u00fcrich \u2013 \u201cquoted\u201d \u2026 \u0417\u0430\u044f\u0432\u0430";
  EXPECT_EQ(decode(text), text);
}

// --- invalid UTF-8 ----------------------------------------------------------

struct InvalidCase {
  std::string raw;
  std::string expected;
  std::string warning;
};

TEST(DecodeText, ReplacesEachMaximalSubpartOfInvalidUtf8) {
  const std::vector<InvalidCase> cases = {
      {"a\x80" "b", "a" + kFffd + "b", "byte 1 (1 byte replaced"},                 // stray trail
      {"\xC0\xAF", kFffd + kFffd, "byte 0 (2 bytes replaced"},                     // overlong '/'
      {"\xE0\x80\xAF", kFffd + kFffd + kFffd, "byte 0 (3 bytes replaced"},         // overlong
      {"x\xED\xA0\x80", "x" + kFffd + kFffd + kFffd, "byte 1 (3 bytes replaced"},  // surrogate
      {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, "byte 0 (4 bytes"},    // > U+10FFFF
      {"\xF5\x80", kFffd + kFffd, "byte 0 (2 bytes"},                             // F5 never valid
      {"ab\xE2\x82", "ab" + kFffd, "byte 2 (2 bytes replaced"},                    // cut at end
      {"\xE2\x82x", kFffd + "x", "byte 0 (2 bytes replaced"},                      // truncated
      {"\xF0\x9F\x98!", kFffd + "!", "byte 0 (3 bytes replaced"},                  // cut emoji
      {"\xFF", kFffd, "byte 0 (1 byte replaced"},
      // The example of Unicode 15, table 3-8.
      {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d",
       "byte 1 (9 bytes replaced"},
  };
  for (const InvalidCase& c : cases) {
    Diagnostics diagnostics;
    EXPECT_EQ(decode(c.raw, diagnostics), c.expected) << testing::PrintToString(c.raw);
    ASSERT_EQ(diagnostics.warnings.size(), 1u);
    EXPECT_EQ(diagnostics.warnings[0].rfind("t.txt: invalid UTF-8 at " + c.warning, 0), 0u)
        << diagnostics.warnings[0];
  }
}

TEST(DecodeText, OneWarningPerInputWithFirstOffsetAndTotal) {
  Diagnostics diagnostics;
  // The offset counts bytes of the raw input, BOM included.
  EXPECT_EQ(decode_text("\xEF\xBB\xBF" "abc\xC3 d\xFF\xFE", "news/a.txt", diagnostics),
            "abc" + kFffd + " d" + kFffd + kFffd);
  ASSERT_EQ(diagnostics.warnings.size(), 1u);
  EXPECT_EQ(diagnostics.warnings[0],
            "news/a.txt: invalid UTF-8 at byte 6 (3 bytes replaced with U+FFFD)");
}

TEST(DecodeText, ValidUtf8OfEveryLengthIsKept) {
  Diagnostics diagnostics;
  const std::string text = "A \u00e9 \u0800 \uFFFD \U00010000 \U0010FFFD";
  EXPECT_EQ(decode(text, diagnostics), text);
  EXPECT_TRUE(diagnostics.warnings.empty());
}

// --- binary input -----------------------------------------------------------

TEST(DecodeText, RejectsNulBytesAsBinary) {
  Diagnostics diagnostics;
  try {
    decode_text(std::string("PNG\0\0\x01", 6), "photo.txt", diagnostics);
    FAIL() << "expected chorus::Error";
  } catch (const Error& error) {
    EXPECT_EQ(std::string(error.what()).rfind("photo.txt: binary file (not text)", 0), 0u)
        << error.what();
  }
}

TEST(DecodeText, RejectsUtf16WithoutBomAsBinary) {
  const std::string bytes = utf16_bytes(u"plain text", false).substr(2);
  EXPECT_THROW(decode(bytes), Error);
}

TEST(DecodeText, RejectsManyControlCharactersAsBinary) {
  std::string raw(200, 'a');
  for (std::size_t i = 0; i < 200; i += 20) raw[i] = '\x02';  // 5%
  EXPECT_THROW(decode(raw), Error);

  // The threshold is an option.
  DecodeOptions lenient;
  lenient.max_binary_share = 0.10;
  Diagnostics diagnostics;
  EXPECT_EQ(decode(raw, diagnostics, lenient), std::string(190, 'a'));
}

TEST(DecodeText, ToleratesAFewStrayControls) {
  std::string raw(4096, 'a');
  raw[10] = '\x1B';       // 1 in 4096: below the 1% default
  raw += std::string(1, '\0') + "tail";  // past the first 4 KiB: not looked at
  EXPECT_EQ(decode(raw), std::string(4095, 'a') + "tail");
}

TEST(DecodeText, ChecksUtf16TextForBinaryAfterConversion) {
  const std::u16string controls(50, u'\x01');
  EXPECT_THROW(decode(utf16_bytes(controls, false)), Error);
}

// --- is_blank ---------------------------------------------------------------

TEST(IsBlank, TrueOnlyForWhiteSpace) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \t\r\n\f\v"));
  EXPECT_TRUE(is_blank("\u00A0\u3000\u2028\u0085"));
  EXPECT_FALSE(is_blank(" x "));
  EXPECT_FALSE(is_blank("\u200B"));  // zero-width space is not White_Space
  EXPECT_FALSE(is_blank("\x80"));
  EXPECT_FALSE(is_blank("\xEF\xBF\xBD"));
}

// --- slow twin --------------------------------------------------------------

// The same rules written the slow, obvious way: ICU decodes (it too replaces
// maximal subparts), rules apply per code point, ICU normalizes.
std::string reference_decode(const std::string& raw) {
  std::string body = raw.starts_with("\xEF\xBB\xBF") ? raw.substr(3) : raw;
  const icu::UnicodeString decoded = icu::UnicodeString::fromUTF8(body);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < decoded.length();) {
    const UChar32 c = decoded.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 next = i < decoded.length() ? decoded.char32At(i) : -1;
    const bool invisible = c == 0x200B || c == 0x200E || c == 0x200F ||
                           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
                           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    if (c == '\r' && next == '\n') continue;  // the LF that follows ends the line
    if (c == '\r' || c == '\f' || c == 0x2028 || c == 0x2029) mapped.append(UChar32{'\n'});
    else if (c == '\t' || u_charType(c) == U_SPACE_SEPARATOR) mapped.append(UChar32{' '});
    else if ((u_charType(c) == U_CONTROL_CHAR && c != '\n') || invisible) continue;
    else mapped.append(c);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString nfc = normalizer->normalize(mapped, status);
  std::string out;
  nfc.toUTF8String(out);
  return out;
}

TEST(DecodeText, AgreesWithSlowTwinOnRandomInput) {
  // Pieces chosen to hit every branch: ASCII, line ends, spaces, invisible
  // characters, combining marks, valid multi-byte text and broken bytes.
  const std::vector<std::string> pieces = {
      "a", "Z", " ", ".", "\n", "\r", "\r\n", "\t", "\f", "\u00A0", "\u2003", "\u2028",
      "\u200B", "\u202E", "\uFEFF", "\u0085", "\u0301", "\u0323", "e", "\u00e9", "\u212B",
      "\u1100", "\u1161", "\u201c", "\U0001F600", "\x80", "\xC3", "\xE2\x82", "\xED\xA0\x80",
      "\xF0\x9F", "\xF4\x90\x80\x80", "\xC0\xAF", "\xFF", "\xEF\xBB\xBF"};
  std::mt19937 random(20201201);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string raw;
    for (int n = length(random); n > 0; --n) raw += pieces[pick(random)];
    Diagnostics diagnostics;
    const std::string fast = decode(raw, diagnostics);
    EXPECT_EQ(fast, reference_decode(raw)) << testing::PrintToString(raw);
    EXPECT_LE(diagnostics.warnings.size(), 1u);
  }
}

}  // namespace
}  // namespace chorus::text

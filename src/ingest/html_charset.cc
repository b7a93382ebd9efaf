#include "ingest/html_charset.h"

#include <unicode/ucnv.h>

#include <memory>

#include "text/ascii.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

constexpr std::size_t kMetaWindow = 8192;

// Valid UTF-8 throughout; `multibyte` says whether any character used more
// than one byte (pure ASCII says nothing about the encoding).
bool valid_utf8(std::string_view s, bool& multibyte) {
  multibyte = false;
  for (std::size_t i = 0; i < s.size();) {
    const text::Utf8Step step = text::decode_utf8(s, i);
    if (!step.valid) return false;
    multibyte = multibyte || step.length > 1;
    i += step.length;
  }
  return true;
}

// The value after "charset=" at `at`, up to a quote, ';', '>', or space.
std::string charset_value(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == ' ')) ++i;
  std::size_t end = i;
  while (end < text.size() && end - i < 40) {
    const char c = text[end];
    if (c == '"' || c == '\'' || c == ';' || c == '>' || c == '/' || text::is_ascii_space(c)) break;
    ++end;
  }
  return text::ascii_lowered(text.substr(i, end - i));
}

// What WHATWG's encoding standard maps these labels to.
std::string browser_encoding(std::string name) {
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" ||
      name == "iso8859-1" || name == "l1") {
    return "windows-1252";
  }
  if (name == "utf8") return "utf-8";
  return name;
}

// Converts with ICU; false when ICU does not know `encoding`.
bool convert(std::string_view bytes, const std::string& encoding, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(encoding.c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  out.resize(bytes.size() * 3 + 16);  // one source byte gives at most 3 UTF-8 bytes
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(target - out.data()));
  return true;
}

}  // namespace

std::string meta_charset(std::string_view bytes) {
  const std::string head = text::ascii_lowered(bytes.substr(0, kMetaWindow));
  std::size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    const std::size_t close = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, close == std::string::npos ? std::string::npos : close - at);
    // "charset" then '=': an attribute, or the parameter inside a
    // content="text/html; charset=..." (not the word in a description).
    for (std::size_t c = tag.find("charset"); c != std::string_view::npos; c = tag.find("charset", c + 7)) {
      std::size_t v = c + 7;
      while (v < tag.size() && tag[v] == ' ') ++v;
      if (v >= tag.size() || tag[v] != '=') continue;
      ++v;
      std::string value = charset_value(tag, v);
      if (!value.empty()) return value;
    }
    at += 5;
  }
  return {};
}

PageBytes page_to_utf8(std::string_view bytes, std::string_view header_charset) {
  PageBytes page;
  page.declared = text::ascii_lowered(header_charset);
  if (page.declared.empty()) page.declared = meta_charset(bytes);
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    // The byte order mark says UTF-8 whatever the page declares; a bad byte
    // becomes U+FFFD.
    page.encoding = "utf-8";
    bool multibyte = false;
    if (valid_utf8(bytes.substr(3), multibyte)) page.utf8.assign(bytes.substr(3));
    else convert(bytes.substr(3), "utf-8", page.utf8);
    return page;
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    page.encoding = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    if (convert(bytes.substr(2), page.encoding, page.utf8)) return page;
  }
  bool multibyte = false;
  if (valid_utf8(bytes, multibyte) && (multibyte || page.declared.empty() ||
                                       browser_encoding(page.declared) == "windows-1252" ||
                                       browser_encoding(page.declared) == "utf-8")) {
    page.encoding = "utf-8";
    page.utf8.assign(bytes);
    return page;
  }
  page.encoding = page.declared.empty() ? std::string("windows-1252") : browser_encoding(page.declared);
  if (page.encoding == "utf-8" || page.encoding == "utf-16" || !convert(bytes, page.encoding, page.utf8)) {
    // Declared UTF-8 (or unknown) but not valid: invalid bytes become U+FFFD.
    page.encoding = page.encoding == "utf-8" ? "utf-8" : "windows-1252";
    if (page.encoding == "windows-1252" && convert(bytes, page.encoding, page.utf8)) return page;
    convert(bytes, "utf-8", page.utf8);
  }
  return page;
}

}  // namespace chorus::ingest

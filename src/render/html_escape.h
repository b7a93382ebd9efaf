// Escaping text for HTML, and deciding which URLs may become links.
#pragma once

#include <string>
#include <string_view>

namespace chorus::render {

// Appends `text` with &, <, >, " and ' escaped: safe in element content and
// in quoted attribute values alike.
void append_escaped(std::string& out, std::string_view text);
std::string escape_html(std::string_view text);

// True for absolute http(s) URLs without spaces or quotes: only those become
// links, so input cannot smuggle javascript: or data: URLs into the report.
bool is_linkable_url(std::string_view url);

}  // namespace chorus::render

// Renderers: a Digest to text for people (text, Markdown, an HTML report) or
// programs (JSON).
// They read only the Digest.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "chorus/digest.h"

namespace chorus::render {

struct RenderOptions {
  // Text and Markdown: list the removed furniture of each document, with the
  // reason. (JSON always includes it.)
  bool show_removed = false;
  // JSON: indent by this many spaces; -1 prints one line.
  int json_indent = 2;
};

std::string render_json(const Digest& digest, const RenderOptions& options);
// The same JSON written to `out` section by section: a large digest's text is
// never held whole (the CLI writes its output so).
void render_json(const Digest& digest, const RenderOptions& options, std::ostream& out);
std::string render_markdown(const Digest& digest, const RenderOptions& options);
std::string render_text(const Digest& digest, const RenderOptions& options);
// One self-contained HTML page (style and script inline), see html_report.h.
std::string render_html(const Digest& digest, const RenderOptions& options);

// "json", "md" (or "markdown"), "text", "html"; throws chorus::Error otherwise.
std::string render(const Digest& digest, std::string_view format, const RenderOptions& options);
// The same written to `out` (JSON as it is made).
void render(const Digest& digest, std::string_view format, const RenderOptions& options, std::ostream& out);

// The documents' dates and the timeline only (`chorus timeline`), same formats.
std::string render_timeline(const Digest& digest, std::string_view format, const RenderOptions& options);
// `chorus compare`: only the sources and figures sections (and, in JSON, the
// documents their offsets point into).
std::string render_comparison_json(const Digest& digest, const RenderOptions& options);
std::string render_comparison_markdown(const Digest& digest, const RenderOptions& options);
std::string render_comparison_text(const Digest& digest, const RenderOptions& options);
std::string render_comparison(const Digest& digest, std::string_view format, const RenderOptions& options);

}  // namespace chorus::render

#include "render/render.h"

#include "chorus/error.h"

namespace chorus::render {

std::string render(const Digest& digest, std::string_view format, const RenderOptions& options) {
  if (format == "json") return render_json(digest, options);
  if (format == "md" || format == "markdown") return render_markdown(digest, options);
  if (format == "text") return render_text(digest, options);
  if (format == "html") return render_html(digest, options);
  throw Error("unknown output format '" + std::string(format) + "' (known: text, md, json, html)");
}

void render(const Digest& digest, std::string_view format, const RenderOptions& options, std::ostream& out) {
  if (format == "json") return render_json(digest, options, out);
  out << render(digest, format, options);
}

std::string render_comparison(const Digest& digest, std::string_view format, const RenderOptions& options) {
  if (format == "json") return render_comparison_json(digest, options);
  if (format == "md" || format == "markdown") return render_comparison_markdown(digest, options);
  if (format == "text") return render_comparison_text(digest, options);
  throw Error("unknown output format '" + std::string(format) + "' (known: text, md, json)");
}

}  // namespace chorus::render

// The comparison sections (entities, figures, sources) in text and Markdown, shared by
// the digest renderers and `chorus compare`.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "chorus/digest.h"

namespace chorus::render {

// `text` made safe for a Markdown table cell: '|' escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

// `singles`: list figures stated by one source one by one (compare), or only
// count them (digest, where they would drown the rest).
void write_figures_text(std::ostream& out, const Digest& digest, bool singles);
void write_sources_text(std::ostream& out, const Digest& digest);
void write_figures_markdown(std::ostream& out, const Digest& digest, bool singles);

// The entities named by the most documents (then mentions), with their other
// names and role; at most `limit`, the rest only counted.
void write_entities_text(std::ostream& out, const Digest& digest, size_t limit);
void write_entities_markdown(std::ostream& out, const Digest& digest, size_t limit);
void write_sources_markdown(std::ostream& out, const Digest& digest);

}  // namespace chorus::render

// Figures and sources in Markdown, and `chorus compare --format md`.
#include <sstream>

#include "render/claims_sections.h"
#include "render/comparison_sections.h"
#include "render/render.h"

namespace chorus::render {

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

void write_figures_markdown(std::ostream& out, const Digest& digest, bool singles) {
  out << "## Figures\n\n";
  if (digest.figures.empty()) {
    out << "_no figures found_\n";
    return;
  }
  out << "| about | verdict | values |\n| --- | --- | --- |\n";
  size_t single_count = 0;
  for (const FigureGroup& group : digest.figures) {
    if (group.verdict == "single" && !singles) {
      ++single_count;
      continue;
    }
    out << "| " << markdown_cell(group.about) << (group.unit.empty() ? "" : " (" + group.unit + ")") << " | "
        << group.verdict << " | ";
    for (size_t i = 0; i < group.values.size(); ++i) {
      out << (i ? "; " : "") << markdown_cell(group.values[i].text) << " <sub>" << markdown_cell(outlet_of(digest, group.values[i].doc)) << "</sub>";
    }
    out << " |\n";
  }
  if (single_count > 0) out << "\n_" << single_count << " more figures stated by one source only._\n";
}

void write_sources_markdown(std::ostream& out, const Digest& digest) {
  out << "## Sources\n";
  for (const SourceProfile& profile : digest.sources) {
    out << "\n### " << markdown_cell(source_heading(digest, profile.doc)) << "\n\n**Distinctive terms:** ";
    if (profile.distinctive_terms.empty()) out << "_none_";
    for (size_t i = 0; i < profile.distinctive_terms.size(); ++i) {
      std::ostringstream z;
      z.precision(3);
      z << profile.distinctive_terms[i].z;
      out << (i ? ", " : "") << profile.distinctive_terms[i].term << " (z " << z.str() << ")";
    }
    out << "\n\n**Only in this source:**" << (profile.unique.empty() ? " _nothing_" : "") << "\n\n";
    for (const SourceSpan& span : profile.unique) out << "- " << markdown_cell(span.text) << "\n";
  }
}

std::string render_comparison_markdown(const Digest& digest, const RenderOptions&) {
  std::ostringstream out;
  out << "# Comparison of " << digest.documents.size() << " documents\n\n";
  write_sources_markdown(out, digest);
  out << "\n";
  write_entities_markdown(out, digest, 30);
  out << "\n";
  write_figures_markdown(out, digest, true);
  if (!digest.warnings.empty()) {
    out << "\n## Warnings\n\n";
    for (const std::string& warning : digest.warnings) out << "- " << markdown_cell(warning) << "\n";
  }
  return out.str();
}

}  // namespace chorus::render

// FIGURES and SOURCES for a terminal, and `chorus compare` in text.
#include <sstream>

#include "render/claims_sections.h"
#include "render/comparison_sections.h"
#include "render/render.h"

namespace chorus::render {

void write_figures_text(std::ostream& out, const Digest& digest, bool singles) {
  out << "FIGURES\n";
  size_t single_count = 0;
  for (const FigureGroup& group : digest.figures) {
    if (group.verdict == "single" && !singles) {
      ++single_count;
      continue;
    }
    out << "  " << group.about << (group.unit.empty() ? "" : " (" + group.unit + ")") << ": " << group.verdict
        << "\n";
    for (const FigureValue& value : group.values)
      out << "     " << value.text << "  [" << outlet_of(digest, value.doc) << "]\n";
  }
  if (single_count > 0) out << "  (" << single_count << " more figures stated by one source only)\n";
  if (digest.figures.empty()) out << "  (none)\n";
}

void write_sources_text(std::ostream& out, const Digest& digest) {
  out << "SOURCES\n";
  for (const SourceProfile& profile : digest.sources) {
    out << "  " << source_heading(digest, profile.doc) << "\n";
    out << "     distinctive:";
    if (profile.distinctive_terms.empty()) out << " (none)";
    for (size_t i = 0; i < profile.distinctive_terms.size(); ++i) {
      std::ostringstream z;
      z.precision(3);
      z << profile.distinctive_terms[i].z;
      out << (i ? ", " : " ") << profile.distinctive_terms[i].term << " (" << z.str() << ")";
    }
    out << "\n     only here:" << (profile.unique.empty() ? " (nothing)" : "") << "\n";
    for (const SourceSpan& span : profile.unique) out << "       - " << span.text << "\n";
  }
}

std::string render_comparison_text(const Digest& digest, const RenderOptions&) {
  std::ostringstream out;
  out << "Comparison of " << digest.documents.size() << " documents\n\n";
  write_sources_text(out, digest);
  out << "\n";
  write_entities_text(out, digest, 30);
  out << "\n";
  write_figures_text(out, digest, true);
  if (!digest.warnings.empty()) {
    out << "\nWARNINGS\n";
    for (const std::string& warning : digest.warnings) out << "  " << warning << "\n";
  }
  return out.str();
}

}  // namespace chorus::render

// Markdown for reports and notes: headings, a numbered summary with its
// support, and a table of sources.
#include <sstream>

#include "render/claims_sections.h"
#include "render/comparison_sections.h"
#include "render/render.h"
#include "render/timeline_format.h"

namespace chorus::render {
namespace {

// Inline code that survives backticks inside the text.
std::string code(std::string_view text) {
  const bool has_tick = text.find('`') != std::string_view::npos;
  const std::string fence = has_tick ? "`` " : "`";
  const std::string close = has_tick ? " ``" : "`";
  return fence + markdown_cell(text) + close;
}

}  // namespace

std::string render_markdown(const Digest& digest, const RenderOptions& options) {
  std::ostringstream out;
  out << "# " << digest.title << "\n\n";
  out << "_" << digest.documents.size() << " documents; summary by method `" << digest.method
      << "`, budget " << digest.word_budget << " words._\n\n";

  out << "## Summary\n\n";
  for (size_t i = 0; i < digest.summary.size(); ++i) {
    const SummarySentence& sentence = digest.summary[i];
    out << i + 1 << ". " << sentence.text << " <sub>(" << markdown_cell(reported_by(digest, sentence)) << ")</sub>\n";
    for (const Claim* claim : contested_claims(digest, sentence))
      for (const ClaimDifference& difference : claim->differences)
        out << "   - **contested** " << markdown_cell(describe_difference(digest, difference)) << "\n";
  }
  out << "\n";
  write_disagreements_markdown(out, digest);

  out << "\n## Timeline\n\n" << timeline_markdown(digest);

  out << "\n## Documents\n\n";
  out << "| id | source | title | published | words | sentences | removed lines |\n";
  out << "| --- | --- | --- | --- | ---: | ---: | ---: |\n";
  for (const DigestDocument& doc : digest.documents) {
    out << "| " << markdown_cell(doc.id) << " | " << markdown_cell(doc.source) << " | " << markdown_cell(doc.title) << " | "
        << (doc.published.empty() ? "unknown" : doc.published) << " (" << doc.published_from
        << ") | " << doc.words << " | " << doc.sentences << " | " << doc.removed.size() << " |\n";
  }

  out << "\n";
  write_entities_markdown(out, digest, 15);
  out << "\n";
  write_figures_markdown(out, digest, false);
  out << "\n";
  write_sources_markdown(out, digest);

  if (options.show_removed) {
    out << "\n## Removed furniture\n";
    for (const DigestDocument& doc : digest.documents) {
      out << "\n### " << doc.id << "\n\n";
      if (doc.removed.empty()) out << "_nothing removed_\n";
      for (const RemovedLine& line : doc.removed) out << "- **" << line.reason << "**: " << code(line.text) << "\n";
    }
  }

  if (!digest.warnings.empty()) {
    out << "\n## Warnings\n\n";
    for (const std::string& warning : digest.warnings) out << "- " << code(warning) << "\n";
  }
  return out.str();
}

}  // namespace chorus::render

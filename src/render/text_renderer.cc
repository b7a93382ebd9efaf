// Plain text for a terminal: the summary first, then the sources.
#include <sstream>

#include "render/claims_sections.h"
#include "render/comparison_sections.h"
#include "render/render.h"
#include "render/timeline_format.h"

namespace chorus::render {
namespace {

// Total words of the summary, as counted for the budget.
size_t summary_words(const Digest& digest) {
  size_t words = 0;
  for (const SummarySentence& sentence : digest.summary) words += sentence.words;
  return words;
}

}  // namespace

std::string render_text(const Digest& digest, const RenderOptions& options) {
  std::ostringstream out;
  out << digest.title << "\n" << std::string(std::min<size_t>(digest.title.size(), 78), '=') << "\n";
  out << digest.documents.size() << " documents; summary of " << summary_words(digest)
      << " words (budget " << digest.word_budget << ", method " << digest.method << ")\n\n";

  out << "SUMMARY\n";
  for (size_t i = 0; i < digest.summary.size(); ++i) {
    const SummarySentence& sentence = digest.summary[i];
    out << "  " << i + 1 << ". " << sentence.text << "\n";
    out << "     [from " << outlet_of(digest, sentence.doc) << "; " << reported_by(digest, sentence) << "]\n";
    for (const Claim* claim : contested_claims(digest, sentence))
      for (const ClaimDifference& difference : claim->differences)
        out << "     [contested " << describe_difference(digest, difference) << "]\n";
  }
  out << "\n";
  write_disagreements_text(out, digest);

  out << "\nTIMELINE\n" << timeline_text(digest);

  out << "\nDOCUMENTS\n";
  for (const DigestDocument& doc : digest.documents) {
    out << "  " << doc.id << "  " << (doc.title.empty() ? "(no title)" : doc.title) << "\n";
    out << "     ";
    if (!doc.source.empty()) out << doc.source << ", ";
    out << "published " << (doc.published.empty() ? "unknown" : doc.published) << " ("
        << doc.published_from << "), " << doc.words << " words, " << doc.sentences
        << " sentences, " << doc.removed.size() << " lines removed\n";
    for (const DigestDateline& dateline : doc.datelines) out << "     dateline: " << dateline.text << "\n";
  }

  out << "\n";
  write_entities_text(out, digest, 15);
  out << "\n";
  write_figures_text(out, digest, false);
  out << "\n";
  write_sources_text(out, digest);

  if (options.show_removed) {
    out << "\nREMOVED\n";
    for (const DigestDocument& doc : digest.documents) {
      out << "  " << doc.id << (doc.removed.empty() ? "  (nothing)" : "") << "\n";
      for (const RemovedLine& line : doc.removed) {
        out << "     " << line.reason << std::string(line.reason.size() < 16 ? 16 - line.reason.size() : 1, ' ')
            << line.text << "\n";
      }
    }
  }

  if (!digest.warnings.empty()) {
    out << "\nWARNINGS\n";
    for (const std::string& warning : digest.warnings) out << "  " << warning << "\n";
  }
  return out.str();
}

}  // namespace chorus::render

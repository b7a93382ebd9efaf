// The HTML report's parts. render_html (html_renderer.cc) builds a
// ReportContext once, then asks one function per section for its HTML; a new
// Digest section (timeline, entities, figures) is one more such function and
// one more line in the list in render_html.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chorus/digest.h"

namespace chorus::render {

// A span of a document that some summary sentence cites; the report makes it
// highlightable (see html_text.h).
struct CitedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string token;   // "e2-0": document 2, its first cited span
  std::string anchor;  // "ev-2-0": id of the place the span begins
};

// What every section needs, computed once from the Digest.
struct ReportContext {
  const Digest& digest;
  std::vector<std::string> names;                  // per document: source, else id
  std::unordered_map<std::string, size_t> by_id;   // document id -> index
  std::vector<std::vector<CitedSpan>> cited;       // per document, in first-cited order
  // Per summary sentence, per evidence entry: the index into cited[doc]
  // (or -1 when the document is unknown).
  std::vector<std::vector<long>> evidence_span;
  // Per summary sentence: the index into cited[its doc] of the sentence
  // itself (-1 when its document is unknown).
  std::vector<long> origin_span;
  // Per timeline entry: the index into cited[its doc] of its text (or -1).
  std::vector<long> timeline_span;

  explicit ReportContext(const Digest& d);
  // The document's index, or -1 for an id the Digest does not have.
  long doc_index(const std::string& id) const;
  // The cited span `index` of document `id`, or null.
  const CitedSpan* span(const std::string& id, long index) const;
  // Document `i`'s panel id: "doc-3" (1-based, ids in the page are ASCII).
  static std::string panel_id(size_t i);

 private:
  // Registers a cited span of document `id`; returns its index in cited[doc].
  long cite(const std::string& id, uint32_t start, uint32_t end);
};

// A section of the page: its id (the nav links to it), the nav label and its
// HTML (a whole <section>). Empty html: the Digest has nothing for it.
struct Section {
  std::string id;
  std::string label;
  std::string html;
};

std::string masthead_html(const ReportContext& context);
Section summary_section(const ReportContext& context);
// The contested claims and what differs; empty when nothing is contested.
Section disagreements_section(const ReportContext& context);
Section timeline_section(const ReportContext& context);
Section entities_section(const ReportContext& context);
Section figures_section(const ReportContext& context);
Section sources_section(const ReportContext& context);
Section warnings_section(const ReportContext& context);

// A TIMEX3 value for people: "4 March 2031", "March 2031", "2031",
// "4 March 2031, 04:40"; anything else as given.
std::string timex_text(std::string_view value);

// "4–5 March 2031", "28 February – 5 March 2031"; empty when no document has
// a publication date.
std::string date_range_text(const std::vector<DigestDocument>& documents);

// The page's style sheet and script, inline so the file stands alone.
extern const char* const kReportCss;
extern const char* const kReportScript;

}  // namespace chorus::render

// The sources section: one panel per document with its metadata, the words
// it favours, its cleaned text (cited sentences made highlightable) and,
// folded away, what only it says and the page furniture removed from it.
#include <cstdio>

#include "render/html_escape.h"
#include "render/html_report.h"
#include "render/html_text.h"

namespace chorus::render {
namespace {

std::string published_text(const DigestDocument& doc) {
  if (doc.published.empty()) return "date unknown";
  std::string out = "<time datetime=\"" + escape_html(doc.published) + "\">" + escape_html(doc.published) + "</time>";
  if (doc.published_from != "metadata" && !doc.published_from.empty()) out += " (" + escape_html(doc.published_from) + ")";
  return out;
}

std::string furniture_html(const DigestDocument& doc) {
  if (doc.removed.empty()) return "<p class=\"muted small\">Nothing was removed from this page.</p>\n";
  std::string out = "<details class=\"furniture\">\n<summary>Removed page furniture (" + std::to_string(doc.removed.size()) +
                    (doc.removed.size() == 1 ? " line" : " lines") + ")</summary>\n<ul>\n";
  for (const RemovedLine& line : doc.removed) {
    out += "<li><span class=\"reason\">" + escape_html(line.reason) + "</span> <span class=\"removed-text\">" +
           escape_html(line.text) + "</span></li>\n";
  }
  return out + "</ul>\n</details>\n";
}

const SourceProfile* profile_of(const Digest& digest, const std::string& id) {
  for (const SourceProfile& profile : digest.sources) {
    if (profile.doc == id) return &profile;
  }
  return nullptr;
}

std::string terms_html(const SourceProfile& profile) {
  if (profile.distinctive_terms.empty()) return {};
  std::string out = "<p class=\"terms\"><span class=\"muted\">Its own words:</span> ";
  for (const DistinctiveTerm& term : profile.distinctive_terms) {
    char z[32];
    std::snprintf(z, sizeof z, "%.1f", term.z);
    out += "<span class=\"term\" title=\"z = " + std::string(z) + "\">" + escape_html(term.term) + "</span> ";
  }
  return out + "</p>\n";
}

std::string unique_html(const SourceProfile& profile) {
  if (profile.unique.empty()) return {};
  std::string out = "<details class=\"unique\">\n<summary>Only this source says (" + std::to_string(profile.unique.size()) +
                    (profile.unique.size() == 1 ? " sentence" : " sentences") + ")</summary>\n<ul>\n";
  for (const SourceSpan& span : profile.unique) out += "<li>" + escape_html(span.text) + "</li>\n";
  return out + "</ul>\n</details>\n";
}

std::string panel_html(const ReportContext& context, size_t i) {
  const DigestDocument& doc = context.digest.documents[i];
  const std::string id = ReportContext::panel_id(i);
  std::string out = "<article class=\"source\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n<header>\n";
  out += "<p class=\"outlet\">" + escape_html(context.names[i]) + "</p>\n";
  out += "<h3 id=\"" + id + "-h\">" + escape_html(doc.title.empty() ? "(untitled)" : doc.title) + "</h3>\n";
  out += "<p class=\"meta\">" + published_text(doc) + " \u00b7 " + std::to_string(doc.words) + " words \u00b7 " +
         std::to_string(doc.sentences) + " sentences";
  if (is_linkable_url(doc.url)) {
    out += " \u00b7 <a href=\"" + escape_html(doc.url) + "\" rel=\"noopener noreferrer\">original page</a>";
  } else if (!doc.url.empty()) {
    out += " \u00b7 " + escape_html(doc.url);
  }
  out += "</p>\n";
  for (const DigestDateline& dateline : doc.datelines) {
    out += "<p class=\"meta\">Dateline: " + escape_html(dateline.text) + "</p>\n";
  }
  const SourceProfile* profile = profile_of(context.digest, doc.id);
  if (profile) out += terms_html(*profile);
  out += "</header>\n<div class=\"body\">\n";

  std::vector<ByteRange> hidden;
  for (const RemovedLine& line : doc.removed) hidden.push_back({line.start, line.end});
  std::vector<MarkSpan> marks;
  for (const CitedSpan& span : context.cited[i]) marks.push_back({span.start, span.end, span.token, span.anchor});
  out += document_html(doc.text, hidden, marks);
  out += "</div>\n";
  if (profile) out += unique_html(*profile);
  out += furniture_html(doc);
  out += "<p class=\"back\"><a href=\"#summary\">Back to the summary</a></p>\n</article>\n";
  return out;
}

}  // namespace

Section sources_section(const ReportContext& context) {
  Section section{"sources", "Sources", {}};
  if (context.digest.documents.empty()) return section;
  section.html = "<section id=\"sources\" class=\"panel\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n";
  for (size_t i = 0; i < context.digest.documents.size(); ++i) section.html += panel_html(context, i);
  section.html += "</section>\n";
  return section;
}

}  // namespace chorus::render

// The summary section: each sentence is a button; pressing it opens the list
// of documents that support it and highlights the supporting sentence in each
// source text (the script in html_assets.cc does the highlighting).
#include <algorithm>
#include <cstdio>

#include "render/claims_sections.h"
#include "render/html_escape.h"
#include "render/html_report.h"

namespace chorus::render {
namespace {

std::string similarity_text(double similarity) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", similarity);
  return text;
}

// One dot per document, filled when it supports the sentence: agreement at a glance.
std::string support_meter(const ReportContext& context, const SummarySentence& sentence) {
  std::string out = "<span class=\"meter\" aria-hidden=\"true\">";
  for (const DigestDocument& doc : context.digest.documents) {
    const bool on = std::find(sentence.support.begin(), sentence.support.end(), doc.id) != sentence.support.end();
    out += on ? "<i class=\"on\"></i>" : "<i></i>";
  }
  return out + "</span>";
}

// "Reported by 3 of 5 outlets: A, B, C", with each contested fact flagged.
std::string support_text(const ReportContext& context, const SummarySentence& sentence) {
  std::string text = reported_by(context.digest, sentence);
  text[0] = 'R';
  std::string out = escape_html(text);
  for (const Claim* claim : contested_claims(context.digest, sentence)) {
    for (const ClaimDifference& difference : claim->differences)
      out += " <span class=\"flag conflict\">contested " + escape_html(describe_difference(context.digest, difference)) +
             "</span>";
  }
  return out;
}

std::string evidence_list(const ReportContext& context, size_t index) {
  const SummarySentence& sentence = context.digest.summary[index];
  const long origin = context.origin_span[index];
  std::string out = "<ul>\n";
  for (size_t e = 0; e < sentence.evidence.size(); ++e) {
    const Support& support = sentence.evidence[e];
    const long doc = context.doc_index(support.doc);
    const long span = context.evidence_span[index][e];
    if (doc < 0 || span < 0) continue;
    const DigestDocument& document = context.digest.documents[static_cast<size_t>(doc)];
    const CitedSpan& cited = context.cited[static_cast<size_t>(doc)][static_cast<size_t>(span)];
    const bool is_origin = support.doc == sentence.doc && span == origin;
    out += "<li><a class=\"src\" href=\"#" + cited.anchor + "\">" + escape_html(context.names[static_cast<size_t>(doc)]) +
           "</a> ";
    out += is_origin ? "<span class=\"tag origin\">taken from here</span>"
                     : "<span class=\"tag\">similarity " + similarity_text(support.similarity) + "</span>";
    const size_t start = std::min<size_t>(cited.start, document.text.size());
    const size_t end = std::clamp<size_t>(cited.end, start, document.text.size());
    out += "<blockquote>" + escape_html(std::string_view(document.text).substr(start, end - start)) +
           "</blockquote></li>\n";
  }
  return out + "</ul>\n";
}

}  // namespace

Section summary_section(const ReportContext& context) {
  Section section{"summary", "Summary", {}};
  const Digest& digest = context.digest;
  std::string& out = section.html;
  out = "<section id=\"summary\" class=\"panel\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n";
  if (digest.summary.empty()) {
    out += "<p class=\"muted\">No summary: the sources gave no sentence to build one from.</p>\n</section>\n";
    return section;
  }
  out += "<p class=\"hint\">Select a sentence to see which sources say the same and where.</p>\n<ol class=\"claims\">\n";
  for (size_t i = 0; i < digest.summary.size(); ++i) {
    const SummarySentence& sentence = digest.summary[i];
    const std::string n = std::to_string(i + 1);
    std::string spans;
    for (size_t e = 0; e < sentence.evidence.size(); ++e) {
      const long doc = context.doc_index(sentence.evidence[e].doc);
      const long span = context.evidence_span[i][e];
      if (doc < 0 || span < 0) continue;
      if (!spans.empty()) spans += ' ';
      spans += context.cited[static_cast<size_t>(doc)][static_cast<size_t>(span)].token;
    }
    std::string origin;
    const long origin_doc = context.doc_index(sentence.doc);
    if (origin_doc >= 0 && context.origin_span[i] >= 0) {
      origin = context.cited[static_cast<size_t>(origin_doc)][static_cast<size_t>(context.origin_span[i])].token;
      if ((" " + spans + " ").find(" " + origin + " ") == std::string::npos) spans += (spans.empty() ? "" : " ") + origin;
    }
    out += "<li class=\"claim\" id=\"sentence-" + n + "\">\n";
    out += "<button type=\"button\" class=\"claim-text\" aria-expanded=\"false\" aria-controls=\"evidence-" + n +
           "\" data-spans=\"" + spans + "\" data-origin=\"" + origin + "\">" + escape_html(sentence.text) + "</button>\n";
    out += "<p class=\"support\">" + support_meter(context, sentence) + " " + support_text(context, sentence) + "</p>\n";
    out += "<div class=\"evidence\" id=\"evidence-" + n + "\" hidden>\n<p class=\"evidence-h\">Where the sources say it</p>\n";
    out += evidence_list(context, i) + "</div>\n</li>\n";
  }
  out += "</ol>\n</section>\n";
  return section;
}

Section disagreements_section(const ReportContext& context) {
  Section section{"disagreements", "Where they disagree", {}};
  std::string& out = section.html;
  for (const Claim& claim : context.digest.claims) {
    if (claim.status != "contested") continue;
    out += "<li><p>" + escape_html(claim.sentences.front().text) + "</p><ul>";
    for (const ClaimDifference& difference : claim.differences)
      out += "<li>" + escape_html(describe_difference(context.digest, difference)) + "</li>";
    out += "</ul></li>\n";
  }
  if (out.empty()) return section;  // no section when the outlets agree
  out = "<section id=\"disagreements\" class=\"panel\" aria-labelledby=\"disagreements-h\">\n"
        "<h2 id=\"disagreements-h\">Where they disagree</h2>\n<ul class=\"disagreements\">\n" + out + "</ul>\n</section>\n";
  return section;
}

}  // namespace chorus::render

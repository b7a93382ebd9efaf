// The figures section: each number the outlets give for one thing, grouped,
// with the verdict spelt out and coloured (agree, approximate, conflict,
// single), so a disagreement between outlets stands out.
#include "render/html_escape.h"
#include "render/html_report.h"

namespace chorus::render {
namespace {

std::string verdict_label(const std::string& verdict) {
  if (verdict == "agree") return "agree";
  if (verdict == "approximate") return "roughly agree";
  if (verdict == "conflict") return "conflict";
  if (verdict == "single") return "one source";
  return verdict;
}

std::string group_row(const ReportContext& context, const FigureGroup& group) {
  std::string about = group.about.empty() ? "(unnamed)" : group.about;
  if (!group.unit.empty()) about += " (" + group.unit + ")";
  std::string out = "<tr class=\"verdict-" + escape_html(group.verdict) + "\"><th scope=\"row\">" + escape_html(about) +
                    "</th><td><span class=\"verdict " + escape_html(group.verdict) + "\">" +
                    escape_html(verdict_label(group.verdict)) + "</span></td><td><ul class=\"values\">";
  for (const FigureValue& value : group.values) {
    const long doc = context.doc_index(value.doc);
    out += "<li><q>" + escape_html(value.text) + "</q> <span class=\"muted\">\u2014 ";
    out += doc < 0 ? escape_html(value.doc)
                   : "<a href=\"#" + ReportContext::panel_id(static_cast<size_t>(doc)) + "\">" +
                         escape_html(context.names[static_cast<size_t>(doc)]) + "</a>";
    out += "</span></li>";
  }
  return out + "</ul></td></tr>\n";
}

}  // namespace

Section figures_section(const ReportContext& context) {
  Section section{"figures", "Figures", {}};
  const Digest& digest = context.digest;
  if (digest.figures.empty()) return section;
  std::string& out = section.html;
  out = "<section id=\"figures\" class=\"panel\" aria-labelledby=\"figures-h\">\n<h2 id=\"figures-h\">Figures</h2>\n"
        "<p class=\"hint\">The numbers each outlet gives for the same thing, and whether they agree.</p>\n"
        "<div class=\"table-wrap\"><table class=\"figures\">\n<thead><tr><th scope=\"col\">What</th>"
        "<th scope=\"col\">Verdict</th><th scope=\"col\">As the sources put it</th></tr></thead>\n<tbody>\n";
  for (const FigureGroup& group : digest.figures) out += group_row(context, group);
  out += "</tbody>\n</table></div>\n</section>\n";
  return section;
}

}  // namespace chorus::render

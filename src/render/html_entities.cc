// The entities section: who and what the outlets name, each with every name
// it goes by (spellings, short forms, stated aliases) and the sources that
// name it, so a reader sees that "Harlov" and "Kharlov" are one person.
#include <map>

#include "render/html_escape.h"
#include "render/html_report.h"

namespace chorus::render {
namespace {

// Entities named by at least this many sources are listed first; the rest
// fold away.
constexpr uint32_t kSharedSources = 2;

std::string entity_row(const ReportContext& context, const Entity& entity) {
  std::string out = "<tr><th scope=\"row\">" + escape_html(entity.name);
  if (!entity.role.empty()) out += " <span class=\"muted\">(" + escape_html(entity.role) + ")</span>";
  out += "</th><td>" + escape_html(entity.type) + "</td><td>";
  for (size_t i = 0; i < entity.aliases.size(); ++i) {
    out += (i ? ", " : "") + std::string("<q>") + escape_html(entity.aliases[i]) + "</q>";
  }
  out += "</td><td>";
  std::map<long, int> mentions_by_doc;  // document index -> mentions, in document order
  for (const EntityMentionRef& mention : entity.mentions) ++mentions_by_doc[context.doc_index(mention.doc)];
  bool first = true;
  for (const auto& [doc, count] : mentions_by_doc) {
    if (doc < 0) continue;
    out += first ? "" : ", ";
    first = false;
    out += "<a href=\"#" + ReportContext::panel_id(static_cast<size_t>(doc)) + "\">" +
           escape_html(context.names[static_cast<size_t>(doc)]) + "</a>";
    if (count > 1) out += " <span class=\"muted\">\u00d7" + std::to_string(count) + "</span>";
  }
  return out + "</td></tr>\n";
}

std::string table(const ReportContext& context, const std::vector<const Entity*>& entities) {
  std::string out =
      "<div class=\"table-wrap\"><table class=\"entities\">\n<thead><tr><th scope=\"col\">Name</th>"
      "<th scope=\"col\">Kind</th><th scope=\"col\">Also written</th><th scope=\"col\">Named by</th></tr></thead>\n"
      "<tbody>\n";
  for (const Entity* entity : entities) out += entity_row(context, *entity);
  return out + "</tbody>\n</table></div>\n";
}

}  // namespace

Section entities_section(const ReportContext& context) {
  Section section{"entities", "Names", {}};
  const Digest& digest = context.digest;
  if (digest.entities.empty()) return section;
  std::vector<const Entity*> shared, single;
  for (const Entity& entity : digest.entities) (entity.documents >= kSharedSources ? shared : single).push_back(&entity);
  std::string& out = section.html;
  out = "<section id=\"entities\" class=\"panel\" aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Names</h2>\n"
        "<p class=\"hint\">People, organizations and places, each with every name the outlets use for it.</p>\n";
  if (!shared.empty()) out += table(context, shared);
  if (!single.empty()) {
    out += "<details><summary>" + std::to_string(single.size()) + " named by one source only</summary>\n" +
           table(context, single) + "</details>\n";
  }
  out += "</section>\n";
  return section;
}

}  // namespace chorus::render

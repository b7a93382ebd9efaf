// ENTITIES for a terminal and in Markdown.
#include <ostream>

#include "render/comparison_sections.h"

namespace chorus::render {
namespace {

std::string describe(const Entity& entity) {
  std::string out = entity.type;
  if (!entity.role.empty()) out += ", " + entity.role;
  out += "; " + std::to_string(entity.documents) + (entity.documents == 1 ? " document, " : " documents, ") +
         std::to_string(entity.mentions.size()) + (entity.mentions.size() == 1 ? " mention" : " mentions");
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

}  // namespace

void write_entities_text(std::ostream& out, const Digest& digest, size_t limit) {
  out << "ENTITIES\n";
  if (digest.entities.empty()) out << "  (none)\n";
  for (size_t i = 0; i < digest.entities.size() && i < limit; ++i) {
    const Entity& entity = digest.entities[i];
    out << "  " << entity.name << "  (" << describe(entity) << ")\n";
    if (!entity.aliases.empty()) out << "     also: " << join(entity.aliases) << "\n";
  }
  if (digest.entities.size() > limit) out << "  (" << digest.entities.size() - limit << " more entities)\n";
}

void write_entities_markdown(std::ostream& out, const Digest& digest, size_t limit) {
  out << "## Entities\n\n";
  if (digest.entities.empty()) {
    out << "_no entities found_\n";
    return;
  }
  out << "| name | type | role | also written | documents | mentions |\n| --- | --- | --- | --- | ---: | ---: |\n";
  for (size_t i = 0; i < digest.entities.size() && i < limit; ++i) {
    const Entity& entity = digest.entities[i];
    out << "| " << markdown_cell(entity.name) << " | " << entity.type << " | " << markdown_cell(entity.role) << " | "
        << markdown_cell(join(entity.aliases)) << " | " << entity.documents << " | " << entity.mentions.size() << " |\n";
  }
  if (digest.entities.size() > limit) out << "\n_" << digest.entities.size() - limit << " more entities._\n";
}

}  // namespace chorus::render

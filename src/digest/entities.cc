#include "digest/entities.h"

#include <array>

#include "chorus/error.h"
#include "entities/entity_tagger.h"

namespace chorus::digest {
namespace {

// Stable names of the JSON contract, by entities::EntityType.
constexpr std::array<const char*, entities::kEntityTypeCount> kTypeNames = {"person", "organization", "place",
                                                                            "other"};

}  // namespace

std::vector<compare::EntityGroup> find_entities(const Cluster& cluster, const entities::NerModel& model,
                                                std::stop_token stop) {
  entities::NerTagger tagger(model);  // per-call scratch over the shared model
  std::vector<std::vector<entities::EntityMention>> mentions;
  mentions.reserve(cluster.documents.size());
  // Sentences cover the body only, so removed furniture is never tagged.
  for (const Document& doc : cluster.documents) {
    if (stop.stop_requested()) throw Cancelled();
    mentions.push_back(entities::tag_entities(doc, tagger, stop));
  }
  return compare::group_entities(cluster, mentions);
}

void add_entities(const Cluster& cluster, const std::vector<compare::EntityGroup>& groups, Digest& digest) {
  // Reserved at their size: a large cluster's mentions are the largest part of its digest.
  digest.entities.reserve(digest.entities.size() + groups.size());
  for (const compare::EntityGroup& group : groups) {
    Entity entity;
    entity.mentions.reserve(group.mentions.size());
    entity.name = group.name;
    entity.type = kTypeNames[static_cast<size_t>(group.type)];
    entity.role = group.role;
    entity.aliases = group.aliases;
    entity.documents = group.documents;
    for (const compare::GroupedMention& mention : group.mentions) {
      const Document& doc = cluster.documents[mention.doc];
      entity.mentions.push_back(
          EntityMentionRef{doc.id, mention.span.begin, mention.span.end, std::string(doc.at(mention.span))});
    }
    digest.entities.push_back(std::move(entity));
  }
}

}  // namespace chorus::digest

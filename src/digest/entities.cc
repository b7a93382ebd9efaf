#include "digest/entities.h"

#include <array>

#include "chorus/error.h"
#include "core/parallel_for.h"
#include "entities/entity_tagger.h"

namespace chorus::digest {
namespace {

// Stable names of the JSON contract, by entities::EntityType.
constexpr std::array<const char*, entities::kEntityTypeCount> kTypeNames = {"person", "organization", "place",
                                                                            "other"};

}  // namespace

std::vector<compare::EntityGroup> find_entities(const Cluster& cluster, const entities::NerModel& model,
                                                std::stop_token stop, unsigned threads) {
  const size_t count = cluster.documents.size();
  threads = worker_count(threads, count);
  std::vector<entities::NerTagger> taggers(threads, entities::NerTagger(model));  // scratch over the shared model
  std::vector<std::vector<entities::EntityMention>> mentions(count);
  // Sentences cover the body only, so removed furniture is never tagged.
  parallel_for(count, threads, [&](unsigned worker, size_t d) {
    if (stop.stop_requested()) throw Cancelled();
    mentions[d] = entities::tag_entities(cluster.documents[d], taggers[worker], stop);
  });
  return compare::group_entities(cluster, mentions);
}

void add_entities(const Cluster& cluster, std::vector<compare::EntityGroup>&& groups, Digest& digest) {
  // Reserved at their size: a large cluster's mentions are the largest part of its digest.
  digest.entities.reserve(digest.entities.size() + groups.size());
  for (compare::EntityGroup& group : groups) {
    Entity entity;
    entity.mentions.reserve(group.mentions.size());
    entity.name = std::move(group.name);
    entity.type = kTypeNames[static_cast<size_t>(group.type)];
    entity.role = group.role;
    entity.aliases = std::move(group.aliases);
    entity.documents = group.documents;
    for (const compare::GroupedMention& mention : group.mentions) {
      const Document& doc = cluster.documents[mention.doc];
      entity.mentions.push_back(
          EntityMentionRef{doc.id, mention.span.begin, mention.span.end, std::string(doc.at(mention.span))});
    }
    digest.entities.push_back(std::move(entity));
    std::vector<compare::GroupedMention>().swap(group.mentions);
  }
  std::vector<compare::EntityGroup>().swap(groups);
}

}  // namespace chorus::digest

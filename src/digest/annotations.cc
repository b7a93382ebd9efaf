#include "digest/annotations.h"

#include <algorithm>

#include "chorus/error.h"
#include "figures/quantity_lexicon.h"
#include "figures/quantity_scanner.h"
#include "time/calendar.h"
#include "time/publication_date.h"

namespace chorus::digest {

std::vector<compare::DocumentAnnotations> annotate_documents(const Cluster& cluster,
                                                             const std::vector<compare::EntityGroup>& groups,
                                                             const time::TimexTagger& tagger,
                                                             std::stop_token stop) {
  std::vector<compare::DocumentAnnotations> out(cluster.documents.size());
  for (uint32_t g = 0; g < groups.size(); ++g) {
    for (const compare::GroupedMention& m : groups[g].mentions) out[m.doc].names.push_back({m.span, g});
  }
  const figures::QuantityWords words(cluster.lexicon);
  const std::optional<time::CivilDate> cluster_day = time::cluster_reference(cluster.documents);
  time::TimexScratch scratch;
  scratch.stop = stop;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    std::sort(out[d].names.begin(), out[d].names.end(),
              [](const compare::EntityName& a, const compare::EntityName& b) { return a.span.begin < b.span.begin; });
    if (stop.stop_requested()) throw Cancelled();
    figures::find_quantities(doc, cluster.lexicon, words, {}, out[d].quantities);
    if (stop.stop_requested()) throw Cancelled();
    std::optional<time::CivilDate> reference = time::parse_iso_date(doc.published);
    if (!reference) reference = cluster_day;
    out[d].timexes = tagger.tag(doc.text, reference, scratch);
    // Grown by doubling and kept until the digest is done (the tagger's dates come at their size).
    out[d].quantities.shrink_to_fit();
  }
  return out;
}

}  // namespace chorus::digest

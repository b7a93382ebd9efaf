#include "digest/annotations.h"

#include <algorithm>

#include "chorus/error.h"
#include "core/parallel_for.h"
#include "figures/quantity_lexicon.h"
#include "figures/quantity_scanner.h"
#include "time/calendar.h"
#include "time/publication_date.h"

namespace chorus::digest {

std::vector<compare::DocumentAnnotations> annotate_documents(const Cluster& cluster,
                                                             const std::vector<compare::EntityGroup>& groups,
                                                             const time::TimexTagger& tagger,
                                                             std::stop_token stop, unsigned threads) {
  const size_t count = cluster.documents.size();
  std::vector<compare::DocumentAnnotations> out(count);
  for (uint32_t g = 0; g < groups.size(); ++g) {
    for (const compare::GroupedMention& m : groups[g].mentions) out[m.doc].names.push_back({m.span, g});
  }
  const figures::QuantityWords words(cluster.lexicon);
  const std::optional<time::CivilDate> cluster_day = time::cluster_reference(cluster.documents);
  threads = worker_count(threads, count);
  std::vector<time::TimexScratch> scratch(threads);
  for (time::TimexScratch& s : scratch) s.stop = stop;
  parallel_for(count, threads, [&](unsigned worker, size_t d) {
    const Document& doc = cluster.documents[d];
    std::sort(out[d].names.begin(), out[d].names.end(),
              [](const compare::EntityName& a, const compare::EntityName& b) { return a.span.begin < b.span.begin; });
    if (stop.stop_requested()) throw Cancelled();
    figures::find_quantities(doc, cluster.lexicon, words, {}, out[d].quantities);
    if (stop.stop_requested()) throw Cancelled();
    std::optional<time::CivilDate> reference = time::parse_iso_date(doc.published);
    if (!reference) reference = cluster_day;
    out[d].timexes = tagger.tag(doc.text, reference, scratch[worker]);
    // Grown by doubling and kept until the digest is done (the tagger's dates come at their size).
    out[d].quantities.shrink_to_fit();
  });
  return out;
}

}  // namespace chorus::digest

// A Cluster annotated as the pipeline annotates it, without ingest: for
// tests of the stages after annotation (summarizers, comparison, figures).
#pragma once

#include <string>
#include <vector>

#include "core/cluster.h"
#include "text/annotator.h"

namespace chorus::testing {

// One document per text, ids "d0", "d1", ...; each non-empty line a paragraph.
inline Cluster annotated_cluster(const std::vector<std::string>& texts) {
  Cluster cluster;
  text::SentenceSplitter splitter;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document doc;
    doc.id = "d" + std::to_string(i);
    doc.text = texts[i];
    size_t start = 0;
    while (start <= doc.text.size()) {
      size_t end = doc.text.find('\n', start);
      if (end == std::string::npos) end = doc.text.size();
      if (end > start) doc.paragraphs.push_back(Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
      start = end + 1;
    }
    text::annotate(doc, cluster.lexicon, splitter);
    cluster.documents.push_back(std::move(doc));
  }
  return cluster;
}

}  // namespace chorus::testing

// Cluster: the Documents of one event, sharing one Lexicon.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/lexicon.h"

namespace chorus {

struct Cluster {
  std::vector<Document> documents;
  Lexicon lexicon;
};

}  // namespace chorus

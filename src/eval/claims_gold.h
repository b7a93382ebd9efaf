// Hand-labelled claims of a cluster: a folder with the articles
// (articles/*.txt) and gold.json listing every claim with the exact
// sentences that state it (docs/EVAL.md, "Evaluating claims"). Read to
// score chorus's claims (`chorus eval claims`) and to learn the pair weights
// from clusters (`chorus train pairs --clusters`).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "chorus/article.h"

namespace chorus::eval {

struct GoldSentence {
  std::string doc;   // document id: the article's file name without extension
  std::string text;  // the sentence exactly as in the article
};

struct GoldClaim {
  std::string id;
  std::string status;  // corroborated, single, contested
  std::vector<GoldSentence> sentences;
};

struct LabelledCluster {
  std::string name;               // the folder's name
  std::vector<Article> articles;  // articles/*.txt in name order
  std::vector<GoldClaim> claims;
};

// Throws chorus::Error naming the file when the folder or its gold is
// unreadable or malformed.
LabelledCluster read_labelled_cluster(const std::filesystem::path& folder);

}  // namespace chorus::eval

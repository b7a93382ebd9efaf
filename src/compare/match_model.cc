#include "compare/match_model.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "chorus/error.h"
#include "core/embed.h"
#include "text/lexical_tables.h"

namespace chorus::compare {
namespace {

CHORUS_EMBED(builtin_pair_model, CHORUS_DATA_DIR "/claims/pair_model.tsv")

}  // namespace

LexicalModel builtin_lexical_model() {
  return LexicalModel{text::builtin_term_weights(), text::builtin_word_relation_table()};
}

MatchModel load_match_model(const std::string& pair_model) {
  MatchModel model = builtin_match_model();
  if (pair_model.empty()) return model;
  std::error_code error;
  std::ifstream in(pair_model, std::ios::binary);
  if (!std::filesystem::is_regular_file(pair_model, error) || !in)
    throw Error(pair_model + ": cannot read the pair model");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  model.pairs = PairModel::parse(text, pair_model);
  return model;
}

MatchModel builtin_match_model() {
  return MatchModel{builtin_lexical_model(), PairModel::parse(builtin_pair_model(), "data/claims/pair_model.tsv")};
}

}  // namespace chorus::compare

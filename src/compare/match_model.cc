#include "compare/match_model.h"

#include "core/embed.h"
#include "text/lexical_tables.h"

namespace chorus::compare {
namespace {

CHORUS_EMBED(builtin_pair_model, CHORUS_DATA_DIR "/claims/pair_model.tsv")

}  // namespace

LexicalModel builtin_lexical_model() {
  return LexicalModel{text::TermWeights::parse(text::builtin_background_df(), "data/lexical/background_df.tsv"),
                      text::WordRelations::parse(text::builtin_word_relations(), "data/lexical/word_relations.tsv")};
}

MatchModel builtin_match_model() {
  return MatchModel{builtin_lexical_model(), PairModel::parse(builtin_pair_model(), "data/claims/pair_model.tsv")};
}

}  // namespace chorus::compare

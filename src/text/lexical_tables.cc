#include "text/lexical_tables.h"

#include "core/embed.h"

namespace chorus::text {

CHORUS_EMBED(builtin_background_df, CHORUS_DATA_DIR "/lexical/background_df.tsv")
CHORUS_EMBED(builtin_word_relations, CHORUS_DATA_DIR "/lexical/word_relations.tsv")

}  // namespace chorus::text

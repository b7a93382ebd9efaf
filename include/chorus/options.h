// Options: every knob of the engine, with its default and meaning.
#pragma once

#include <cstdint>
#include <string>

namespace chorus {

struct Options {
  // Summary length in words (runs between white space, as ROUGE -l counts
  // them, so "U.S.-led" is one word). The summarizer
  // stops adding sentences once this budget is reached; the last sentence may
  // be cut by a reader that truncates (as ROUGE's -l does), never by chorus.
  uint32_t summary_words = 100;

  // Summarization method; see `chorus digest --help` for the list.
  std::string method = "default";

  // Another document supports a summary sentence when one of its sentences
  // says the same thing: the mean of the two sentences' tf-idf cosine and
  // the coverage of the summary sentence's weighted words reaches this value.
  // 0.5 keeps close paraphrases and rejects sentences that merely share the
  // story's names (docs/JSON.md, "How support is decided").
  double support_threshold = 0.5;

  // Furniture removal: a line repeated verbatim in at least this many
  // documents of a batch is boilerplate (0 turns the cross-document check off).
  uint32_t repeated_line_min_docs = 3;

  // The entity tagger's model file (data/ner/model.bin, as `chorus train ner`
  // writes it). The Engine loads it once and shares it, read-only, across
  // calls and threads; the library looks nowhere else. Empty: no entity
  // tagging, the `entities` section stays empty. A file that cannot be
  // loaded leaves the section empty and adds a warning to every digest.
  std::string ner_model;

  // The pair weights that decide whether two sentences state one fact
  // (data/claims/pair_model.tsv as `chorus train pairs` writes it). Empty:
  // the weights shipped inside the library. A file that cannot be loaded is
  // an error (Engine's constructor throws chorus::Error).
  std::string pair_model;
};

}  // namespace chorus

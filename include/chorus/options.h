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

  // The probability (of the pair model, data/claims/README.md) at which two
  // outlets' sentences state the same fact: they then share a claim, and
  // each supports the other in the summary (docs/JSON.md, "How claims are
  // formed"). Higher finds fewer shared facts and joins fewer by mistake.
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

  // Threads a digest may use for the stages that read each document on its
  // own (entity tagging, dates and figures); 0: one per core. The digest is
  // the same whatever the number. The service digests one request per worker
  // and gives each 1.
  uint32_t threads = 1;
};

}  // namespace chorus

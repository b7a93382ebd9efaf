#include "cli/train_command.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "chorus/error.h"
#include "cli/progress.h"
#include "entities/ner_corpus.h"
#include "entities/ner_trainer.h"

namespace chorus::cli {
namespace {

struct TrainNerArgs {
  std::string train;
  std::string output;
  bool quiet = false;
  entities::GazetteerSources sources;
  entities::NerTrainOptions options;
};

void run_train_ner(const TrainNerArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  const entities::ConllCorpus corpus = entities::read_conll(args.train);
  entities::Gazetteer gazetteer = entities::Gazetteer::from_sources(args.sources);
  entities::NerTrainReport report;
  entities::NerTrainOptions options = args.options;
  std::optional<entities::NerModel> trained;
  {
    ProgressBar bar("training", !args.quiet);
    options.progress = [&](size_t done, size_t total) { bar.update(done, total); };
    trained.emplace(entities::train_ner(corpus, std::move(gazetteer), options, &report));
  }
  const entities::NerModel& model = *trained;
  model.save(args.output);
  if (args.quiet) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (size_t e = 0; e < report.epoch_accuracy.size(); ++e)
    std::fprintf(stderr, "epoch %zu: training token accuracy %.4f\n", e + 1, report.epoch_accuracy[e]);
  std::fprintf(stderr, "%zu tokens, %zu gazetteer entries, %zu of %zu features kept, %.1f s -> %s\n",
               corpus.token_count, model.gazetteer().size(), report.features_kept, report.features_seen, seconds,
               args.output.c_str());
}

void add_train_ner_command(CLI::App& train) {
  auto args = std::make_shared<TrainNerArgs>();
  CLI::App* command = train.add_subcommand("ner", "Train the named-entity tagger (averaged perceptron)");
  command->add_option("--train", args->train, "CoNLL-2003 training file (WORD POS CHUNK NE a line)")->required();
  command->add_option("-o,--output", args->output, "Model file to write")->required();
  command->add_option("--epochs", args->options.epochs, "Passes over the training data")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  command->add_option("--seed", args->options.seed, "Seed of the document order")->capture_default_str();
  command->add_option("--second-pass-folds", args->options.second_pass_folds,
                      "Folds for the second pass's training labels (0: one pass only)")
      ->check(CLI::Range(0, 100))
      ->capture_default_str();
  command->add_option("--prune", args->options.prune_below,
                      "Drop features whose averaged weights are all smaller in magnitude")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command->add_option("--iso-3166-1", args->sources.iso_3166_1, "iso-codes countries (JSON; empty: skip)")
      ->capture_default_str();
  command->add_option("--iso-3166-3", args->sources.iso_3166_3, "iso-codes former countries (JSON; empty: skip)")
      ->capture_default_str();
  command->add_option("--iso-3166-2", args->sources.iso_3166_2, "iso-codes subdivisions (JSON; empty: skip)")
      ->capture_default_str();
  command->add_option("--wordnet-nouns", args->sources.wordnet_nouns, "WordNet data.noun (empty: skip)")
      ->capture_default_str();
  command->add_option("--words", args->sources.words, "Word list with capitalized proper nouns (empty: skip)")
      ->capture_default_str();
  command->add_flag("-q,--quiet", args->quiet, "No progress on stderr");
  command->callback([args] { run_train_ner(*args); });
}

}  // namespace

void add_train_command(CLI::App& app) {
  CLI::App* train = app.add_subcommand("train", "Train the models chorus uses");
  train->require_subcommand(1);
  add_train_ner_command(*train);
}

}  // namespace chorus::cli

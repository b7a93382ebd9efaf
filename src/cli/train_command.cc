#include "cli/train_command.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <cstdio>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>

#include "chorus/error.h"
#include "cli/progress.h"
#include "entities/ner_corpus.h"
#include "entities/ner_trainer.h"
#include "cli/common.h"
#include "compare/match_model.h"
#include "eval/dataset.h"
#include "eval/claims_evaluation.h"
#include "eval/paraphrase_evaluation.h"
#include "ingest/file_check.h"
#include "text/term_weights.h"
#include "text/word_relations.h"

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
  command->add_option("--train", args->train, "CoNLL-2003 training file (WORD POS CHUNK NE a line)")
      ->required()
      ->check(input_file());
  command->add_option("-o,--output", args->output, "Model file to write")->required()->check(output_file());
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
      ->check(finite_range(0.0, std::numeric_limits<float>::max()))  // a float
      ->capture_default_str();
  command->add_option("--iso-3166-1", args->sources.iso_3166_1, "iso-codes countries (JSON; empty: skip)")
      ->check(input_file())
      ->capture_default_str();
  command->add_option("--iso-3166-3", args->sources.iso_3166_3, "iso-codes former countries (JSON; empty: skip)")
      ->check(input_file())
      ->capture_default_str();
  command->add_option("--iso-3166-2", args->sources.iso_3166_2, "iso-codes subdivisions (JSON; empty: skip)")
      ->check(input_file())
      ->capture_default_str();
  command->add_option("--wordnet-nouns", args->sources.wordnet_nouns, "WordNet data.noun (empty: skip)")
      ->check(input_file())
      ->capture_default_str();
  command->add_option("--words", args->sources.words, "Word list with capitalized proper nouns (empty: skip)")
      ->check(input_file())
      ->capture_default_str();
  command->add_flag("-q,--quiet", args->quiet, "No progress on stderr");
  command->callback([args] { run_train_ner(*args); });
}

// Opens `path` for writing, or throws naming it.
std::ofstream open_output(const std::string& path) {
  ingest::require_output_file(path);
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Error(path + ": cannot open for writing");
  return out;
}

void add_train_idf_command(CLI::App& train) {
  struct Args {
    std::string corpus;
    std::string output;
    uint32_t min_documents = 2;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = train.add_subcommand(
      "idf", "Count the documents of a background corpus that use each stem (data/lexical/README.md)");
  command->add_option("--corpus", args->corpus, "Plain text, one document a line")->required()->check(input_file());
  command->add_option("-o,--output", args->output, "Table to write")->required()->check(output_file());
  command->add_option("--min-documents", args->min_documents, "Leave out stems used by fewer documents")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->callback([args] {
    std::ifstream corpus(args->corpus, std::ios::binary);
    if (!corpus) throw Error(args->corpus + ": cannot open");
    std::ofstream out = open_output(args->output);
    const uint64_t documents = text::build_term_weights(corpus, out, args->min_documents);
    if (!out.flush()) throw Error(args->output + ": write failed");
    std::fprintf(stderr, "%llu documents -> %s\n", static_cast<unsigned long long>(documents), args->output.c_str());
  });
}

void add_train_relations_command(CLI::App& train) {
  struct Args {
    std::string wordnet = "/usr/share/wordnet";
    std::string output;
    int senses = 2;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = train.add_subcommand(
      "relations", "Synonym and derivation classes from WordNet (data/lexical/README.md)");
  command->add_option("--wordnet", args->wordnet, "Folder of WordNet 3.0's index.*, data.* and *.exc files")
      ->check(input_directory())
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Table to write")->required()->check(output_file());
  command->add_option("--senses", args->senses, "Most frequent senses of each word that count")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  command->callback([args] {
    std::ofstream out = open_output(args->output);
    const size_t keys = text::build_word_relations(args->wordnet, out, args->senses);
    if (!out.flush()) throw Error(args->output + ": write failed");
    std::fprintf(stderr, "%zu keys -> %s\n", keys, args->output.c_str());
  });
}

void add_train_pairs_command(CLI::App& train) {
  struct Args {
    std::string dataset;
    std::vector<std::string> clusters;
    std::string output;
    std::string ner_model;
    double paraphrase_weight = 0.25;
    int folds = 0;
    std::string features;
    double threshold = Options{}.support_threshold;
    compare::PairTrainOptions options;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = train.add_subcommand(
      "pairs", "Learn the pair weights of the support decision from labelled pairs (data/claims/README.md)");
  command->add_option("--dataset", args->dataset, R"(Paraphrase pairs, JSONL: {"id", "label": 0|1, "a", "b"} a line)")
      ->required()
      ->check(input_file());
  command->add_option("--clusters", args->clusters,
                      "Clusters with hand-labelled claims (folders: articles/*.txt, gold.json)")
      ->check(input_directory());
  command->add_option("-o,--output", args->output, "Pair model to write")->required()->check(output_file());
  command->add_option("--paraphrase-weight", args->paraphrase_weight,
                      "Weight of a paraphrase pair against a cluster pair in the likelihood")
      ->check(finite_range(0.0, 100.0))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model, "Entity model (default: data/ner/model.bin shipped with chorus)")
      ->check(input_file());
  command->add_option("--folds", args->folds, "Also report k-fold cross-validated paraphrase scores (0: none)")
      ->check(CLI::Range(0, 100))
      ->capture_default_str();
  command->add_option("--support-threshold", args->threshold, "Threshold of the cross-validated decision")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command
      ->add_option("--features", args->features,
                   "Also write each paraphrase pair's features (TSV: id, label, then both directions) for analysis")
      ->check(output_file());
  command->add_option("--iterations", args->options.iterations, "Gradient steps")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  command->add_option("--l2", args->options.l2, "Ridge penalty")
      ->check(finite_range(0.0, HUGE_VAL))
      ->capture_default_str();
  command->callback([args] {
    const std::vector<eval::SentencePair> pairs = eval::read_sentence_pairs(args->dataset);
    const compare::LexicalModel lexical = compare::builtin_lexical_model();
    const entities::NerModel ner =
        entities::NerModel::load(find_data_file(args->ner_model, "ner/model.bin", "--ner-model"));
    std::vector<compare::PairExample> examples = eval::pair_examples(pairs, &ner, lexical);
    for (compare::PairExample& example : examples) example.weight = args->paraphrase_weight;
    std::vector<compare::PairExample> cluster_examples;
    for (const std::string& folder : args->clusters) {
      const auto more = eval::cluster_pair_examples(eval::read_labelled_cluster(folder), &ner, lexical);
      cluster_examples.insert(cluster_examples.end(), more.begin(), more.end());
    }
    if (!args->features.empty()) {
      std::ofstream out = open_output(args->features);
      out << "id\tlabel";
      for (const char* direction : {"ab_", "ba_"})
        for (int i = 0; i < compare::kFeatureCount; ++i)
          out << '\t' << direction << compare::pair_feature_name(static_cast<compare::PairFeature>(i));
      out << '\n';
      for (size_t k = 0; k < examples.size(); ++k) {
        out << pairs[k].id << '\t' << examples[k].same;
        for (double f : examples[k].forward) out << '\t' << f;
        for (double f : examples[k].backward) out << '\t' << f;
        out << '\n';
      }
      if (!out.flush()) throw Error(args->features + ": write failed");
    }
    if (args->folds > 1) {
      const eval::ParaphraseScores scores =
          eval::cross_validate(examples, cluster_examples, args->folds, args->threshold, args->options);
      std::fprintf(stderr, "%d-fold cross-validation on the paraphrase pairs:\n%s", args->folds,
                   eval::paraphrase_report_text(scores, args->threshold).c_str());
    }
    std::vector<compare::PairExample> all = examples;
    all.insert(all.end(), cluster_examples.begin(), cluster_examples.end());
    const compare::PairModel model = compare::train_pair_model(all, args->options);
    std::ofstream out = open_output(args->output);
    model.save(out);
    if (!out.flush()) throw Error(args->output + ": write failed");
    std::fprintf(stderr, "%zu paraphrase pairs, %zu cluster pairs -> %s\n", examples.size(), cluster_examples.size(),
                 args->output.c_str());
  });
}

}  // namespace

void add_train_command(CLI::App& app) {
  CLI::App* train = app.add_subcommand("train", "Train the models chorus uses");
  train->require_subcommand(1);
  add_train_ner_command(*train);
  add_train_idf_command(*train);
  add_train_relations_command(*train);
  add_train_pairs_command(*train);
}

}  // namespace chorus::cli

// `chorus eval claims`.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "chorus/engine.h"
#include "chorus/options.h"
#include "cli/common.h"
#include "cli/eval_command.h"
#include "eval/claims_evaluation.h"

namespace chorus::cli {
namespace {

struct ClaimsArgs {
  std::vector<std::string> gold;
  std::string ner_model;
  std::string pair_model;
  double threshold = Options{}.support_threshold;
  bool misses = false;
  std::string format = "text";
  std::string output;
};

void run_claims(const ClaimsArgs& args) {
  Options options;
  options.support_threshold = args.threshold;
  options.pair_model = args.pair_model;
  const std::string warning = locate_ner_model(args.ner_model, options);
  if (!warning.empty()) std::fprintf(stderr, "chorus: warning: %s\n", warning.c_str());
  const Engine engine(options);
  std::vector<std::pair<std::string, eval::ClaimScores>> scores;
  for (const std::string& folder : args.gold) {
    const eval::LabelledCluster cluster = eval::read_labelled_cluster(folder);
    std::vector<std::string> misses;
    scores.emplace_back(cluster.name, eval::score_claims(engine.digest(cluster.articles), cluster, &misses));
    if (args.misses)
      for (const std::string& miss : misses) std::fprintf(stderr, "%s: %s\n", cluster.name.c_str(), miss.c_str());
  }
  write_output(args.output, args.format == "json" ? eval::claim_report_json(scores) : eval::claim_report_text(scores));
}

}  // namespace

void add_eval_claims_command(CLI::App& eval) {
  auto args = std::make_shared<ClaimsArgs>();
  CLI::App* command = eval.add_subcommand(
      "claims", "Claims, support and unique content against clusters with hand-labelled claims");
  command->add_option("--gold", args->gold, "Cluster folders: articles/*.txt and gold.json (docs/EVAL.md)")
      ->required()
      ->check(input_directory());
  command->add_option("--support-threshold", args->threshold,
                      "Probability at which a sentence states what another states")
      ->check(finite_range(0.0, 1.0))
      ->capture_default_str();
  command->add_option("--ner-model", args->ner_model, "Entity model (default: data/ner/model.bin shipped with chorus)")
      ->check(input_file());
  command
      ->add_option("--pair-model", args->pair_model, "Pair weights (default: the shipped data/claims/pair_model.tsv)")
      ->check(input_file());
  command->add_flag("--misses", args->misses, "List each missed claim-outlet pair and false share on stderr");
  command->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", args->output, "Write to this file instead of standard output")
      ->check(output_file());
  command->callback([args] { run_claims(*args); });
}

}  // namespace chorus::cli

#include "eval/rouge_scorer.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "chorus/error.h"
#include "eval/rouge_counts.h"

namespace chorus::eval {
namespace {

// Hits and counts summed over the references (-f A), or those of the best
// reference (-f B), as ROUGE accumulates them.
struct Totals {
  std::uint64_t hits = 0;
  std::uint64_t reference_count = 0;
  std::uint64_t system_count = 0;
  double best = -1;

  // `score` is what ROUGE compares under -f B; ties keep the earlier reference.
  void add(ReferenceCombination combination, std::uint64_t h, std::uint64_t reference, std::uint64_t system,
           double score) {
    if (combination == ReferenceCombination::kAverage) {
      hits += h;
      reference_count += reference;
      system_count += system;
    } else if (score > best) {
      best = score;
      hits = h;
      reference_count = reference;
      system_count = system;
    }
  }

  RougeScore finish(double alpha) const {
    RougeScore s;
    if (reference_count != 0) s.recall = round_like_rouge(double(hits) / double(reference_count));
    if (system_count != 0) s.precision = round_like_rouge(double(hits) / double(system_count));
    s.f = round_like_rouge(rouge_f(s.recall, s.precision, alpha));
    return s;
  }
};

// ROUGE compares n-gram and skip-bigram recalls rounded ("%07.5f"), LCS ones not.
double rounded_ratio(std::uint64_t hits, std::uint64_t count) {
  return count == 0 ? 0.0 : round_like_rouge(double(hits) / double(count));
}

}  // namespace

void validate(const RougeOptions& options) {
  if (options.max_n < 0 || options.max_n > 4)
    throw Error("ROUGE-N: n must be between 0 and 4 (got " + std::to_string(options.max_n) + ")");
  if (options.word_limit < 0 || options.byte_limit < 0)
    throw Error("ROUGE: the word and byte limits must be positive");
  if (options.word_limit > 0 && options.byte_limit > 0)
    throw Error("ROUGE: give a length limit in words (-l) or in bytes (-b), not both");
  if (!(options.alpha >= 0 && options.alpha <= 1))
    throw Error("ROUGE: alpha (-p) must be between 0 and 1");
  if (!(options.confidence >= 0 && options.confidence <= 100))
    throw Error("ROUGE: the confidence level (-c) must be between 0 and 100");
  if (options.resamples < 1) throw Error("ROUGE: the number of bootstrap resamples (-r) must be at least 1");
  if (options.skip_unigrams && !options.skip_bigrams)
    throw Error("ROUGE: -u adds unigrams to skip bigrams; give the maximum gap with -2 as well");
  if (options.remove_stopwords && options.stopwords.empty())
    throw Error(
        "ROUGE: removing stop words (-s) needs a stop list; chorus does not ship ROUGE's "
        "smart_common_words.txt, pass it with --stopwords FILE");
}

double round_like_rouge(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.5f", value);
  return std::strtod(buffer, nullptr);
}

double rouge_f(double recall, double precision, double alpha) {
  const double denominator = (1 - alpha) * precision + alpha * recall;
  return denominator > 0 ? (precision * recall) / denominator : 0.0;
}

std::vector<std::string> rouge_metric_names(const RougeOptions& options) {
  std::vector<std::string> names;
  for (int n = 1; n <= options.max_n; ++n) names.push_back("ROUGE-" + std::to_string(n));
  if (options.lcs) names.emplace_back("ROUGE-L");
  if (options.skip_bigrams) {
    const std::string gap = options.max_skip < 0 ? "*" : std::to_string(options.max_skip);
    names.push_back((options.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") + gap);
  }
  return names;
}

RougeScorer::RougeScorer(RougeOptions options) : options_(std::move(options)), vocabulary_(options_) {
  validate(options_);
}

RougeScorer::Prepared RougeScorer::prepare(std::string_view summary) {
  Prepared prepared;
  const auto lines = rouge_lines(summary);
  vocabulary_.append_ids(rouge_joined_text(lines, options_.word_limit, options_.byte_limit), prepared.terms);
  if (options_.lcs) {
    for (const std::string& unit : rouge_lcs_units(lines, options_.word_limit, options_.byte_limit)) {
      vocabulary_.append_ids(unit, prepared.units.terms);
      prepared.units.offsets.push_back(prepared.units.terms.size());
    }
  }
  return prepared;
}

std::vector<RougeScore> RougeScorer::score(std::string_view system, const std::vector<std::string>& references) {
  const Prepared peer = prepare(system);
  std::vector<Prepared> models;
  models.reserve(references.size());
  for (const std::string& reference : references) models.push_back(prepare(reference));

  const ReferenceCombination mode = options_.combination;
  std::vector<RougeScore> scores;
  for (int n = 1; n <= options_.max_n; ++n) {
    const GramCounts peer_grams = count_ngrams(peer.terms, n);
    Totals totals;
    for (const Prepared& model : models) {
      const GramCounts model_grams = count_ngrams(model.terms, n);
      const std::uint64_t hits = clipped_hits(model_grams, peer_grams);
      totals.add(mode, hits, model_grams.total, peer_grams.total, rounded_ratio(hits, model_grams.total));
    }
    scores.push_back(totals.finish(options_.alpha));
  }
  if (options_.lcs) {
    const UnigramCounts peer_unigrams = count_unigrams(peer.terms);
    Totals totals;
    for (const Prepared& model : models) {
      const LcsResult lcs =
          union_lcs(model.units, peer.units, count_unigrams(model.terms), peer_unigrams, scratch_);
      const double recall = lcs.reference_terms > 0 ? double(lcs.hits) / double(lcs.reference_terms) : 0.0;
      totals.add(mode, lcs.hits, lcs.reference_terms, peer.terms.size(), recall);
    }
    scores.push_back(totals.finish(options_.alpha));
  }
  if (options_.skip_bigrams) {
    const GramCounts peer_grams = count_skip_bigrams(peer.terms, options_.max_skip, options_.skip_unigrams);
    Totals totals;
    for (const Prepared& model : models) {
      const GramCounts model_grams = count_skip_bigrams(model.terms, options_.max_skip, options_.skip_unigrams);
      const std::uint64_t hits = clipped_hits(model_grams, peer_grams);
      totals.add(mode, hits, model_grams.total, peer_grams.total, rounded_ratio(hits, model_grams.total));
    }
    scores.push_back(totals.finish(options_.alpha));
  }
  return scores;
}

}  // namespace chorus::eval

// What a ROUGE evaluation computes and how, mirroring ROUGE-1.5.5's flags.
#pragma once

#include <string>
#include <vector>

namespace chorus::eval {

// How the scores against several reference summaries are combined (-f).
enum class ReferenceCombination {
  kAverage,  // 'A': pool the counts of all references (ROUGE's "model average")
  kBest,     // 'B': keep the counts of the reference that gives the best recall
};

struct RougeOptions {
  // ROUGE-1 .. ROUGE-max_n are computed (-n); 0 computes none. At most 4.
  int max_n = 2;
  // ROUGE-L, the summary-level union LCS over sentences (on unless -x).
  bool lcs = true;
  // Skip-bigram ROUGE-S with this maximum gap in words (-2); -1 means no
  // limit, and no skip-bigram score unless `skip_bigrams` is set.
  bool skip_bigrams = false;
  int max_skip = 4;
  // Count unigrams with the skip bigrams: ROUGE-SU (-u).
  bool skip_unigrams = false;
  // Stem tokens longer than 3 characters: WordNet exception list, then
  // ROUGE's Porter stemmer (-m).
  bool stem = false;
  // Remove the words of `stopwords` before counting (-s). ROUGE uses its
  // smart_common_words.txt, which chorus does not ship.
  bool remove_stopwords = false;
  std::vector<std::string> stopwords;
  // Truncate every summary (system and references) to its first N words
  // (-l) or bytes (-b) as ROUGE does; 0 = no limit. At most one may be set.
  int word_limit = 0;
  int byte_limit = 0;
  ReferenceCombination combination = ReferenceCombination::kAverage;
  // F = P*R / ((1-alpha)*P + alpha*R) (-p); 0.5 weighs them equally.
  double alpha = 0.5;
  // Bootstrap confidence interval: level in percent (-c) and resamples (-r).
  double confidence = 95;
  int resamples = 1000;
};

// Throws chorus::Error when the options contradict each other or are out of range.
void validate(const RougeOptions& options);

}  // namespace chorus::eval

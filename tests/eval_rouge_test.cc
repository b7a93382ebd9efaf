// ROUGE as ROUGE-1.5.5 computes it: every per-cluster value of the original
// Perl scorer on DUC 2004 (../shared/data/rouge-parity), plus small cases
// worked out by hand that need no shared data.

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "eval/bootstrap.h"
#include "eval/dataset.h"
#include "eval/rouge_counts.h"
#include "eval/rouge_evaluation.h"
#include "eval/rouge_scorer.h"
#include "eval/rouge_text.h"
#include "eval/word_exceptions.h"
#include "test_support.h"

namespace chorus::eval {
namespace {

// --- parity with ROUGE-1.5.5 ------------------------------------------------

struct Expected {
  std::string setting, system, cluster, metric;
  double r, p, f;
};

RougeOptions parity_options(const std::string& setting, const std::filesystem::path& stopwords) {
  RougeOptions options;
  options.max_n = 2;
  if (setting == "bytes") {
    options.byte_limit = 665;  // -n 2 -a -b 665
    return options;
  }
  options.stem = true;  // -n 2 -m -a -l 100 -2 4 -u
  options.word_limit = 100;
  options.skip_bigrams = true;
  options.max_skip = 4;
  options.skip_unigrams = true;
  if (setting == "nostop") {
    options.remove_stopwords = true;
    options.stopwords = read_word_list(stopwords);
  }
  return options;
}

TEST(RougeParity, ReproducesEveryPerClusterValueOfRouge155) {
  const auto parity = chorus::testing::shared_dir() / "data/rouge-parity";
  const auto duc = chorus::testing::shared_dir() / "data/duc2004";
  CHORUS_REQUIRE_SHARED(parity / "duc2004-per-cluster.tsv");
  CHORUS_REQUIRE_SHARED(duc / "clusters.jsonl");
  const auto stopwords = parity / "rouge-data/smart_common_words.txt";
  CHORUS_REQUIRE_SHARED(stopwords);

  std::ifstream in(parity / "duc2004-per-cluster.tsv");
  std::string line;
  std::getline(in, line);  // header
  std::map<std::pair<std::string, std::string>, std::vector<Expected>> runs;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Expected e;
    fields >> e.setting >> e.system >> e.cluster >> e.metric >> e.r >> e.p >> e.f;
    ASSERT_TRUE(fields) << "bad row: " << line;
    runs[{e.setting, e.system}].push_back(e);
  }

  const auto dataset = read_eval_dataset(duc / "clusters.jsonl");
  std::size_t rows = 0, matched = 0;
  for (const auto& [run, expected] : runs) {
    const auto& [setting, system] = run;
    const auto path = system == "Lead665" ? duc / "baselines/Lead665.jsonl" : duc / "sumrepo" / (system + ".jsonl");
    RougeOptions options = parity_options(setting, stopwords);
    options.resamples = 1;  // the intervals are not compared here
    const RougeEvaluation evaluation = evaluate_rouge(dataset, read_system_summaries(path), options);
    std::map<std::pair<std::string, std::string>, RougeScore> ours;
    for (const MetricResult& metric : evaluation.metrics)
      for (std::size_t c = 0; c < evaluation.cluster_ids.size(); ++c)
        ours[{metric.name, evaluation.cluster_ids[c]}] = metric.per_cluster[c];
    for (const Expected& e : expected) {
      ++rows;
      const auto it = ours.find({e.metric, e.cluster});
      if (it == ours.end()) {
        ADD_FAILURE() << setting << " " << system << " " << e.cluster << " " << e.metric << ": not computed";
        continue;
      }
      const RougeScore& s = it->second;
      const bool same = std::abs(s.recall - e.r) < 1e-5 && std::abs(s.precision - e.p) < 1e-5 &&
                        std::abs(s.f - e.f) < 1e-5;
      if (same) {
        ++matched;
      } else if (rows - matched <= 20) {
        ADD_FAILURE() << setting << " " << system << " " << e.cluster << " " << e.metric << ": ROUGE " << e.r << "/"
                      << e.p << "/" << e.f << ", ours " << s.recall << "/" << s.precision << "/" << s.f;
      }
    }
  }
  EXPECT_EQ(rows, 7150u);
  EXPECT_EQ(matched, rows);
}

// The system-level figures ROUGE-1.5.5 printed for DUC 2004 ("Reference
// figures" in ../shared/data/duc2004/README.md: recall in percent, two
// decimals), read from the README's table: system, R-1, R-2, R-L, R-SU4 with
// -n 2 -m -a -c 95 -r 1000 -l 100 -2 4 -u, the paper's figures, then
// "R-1 / R-2" with -b 665 in place of -l 100.
struct PrintedAverages {
  std::string system;
  double r1, r2, rl, rsu4, bytes_r1, bytes_r2;
};

std::vector<std::string> table_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::istringstream in(line);
  std::string cell;
  std::getline(in, cell, '|');  // before the first bar
  while (std::getline(in, cell, '|')) {
    const auto first = cell.find_first_not_of(' ');
    const auto last = cell.find_last_not_of(' ');
    cells.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
  }
  return cells;
}

std::vector<PrintedAverages> read_printed_averages(const std::filesystem::path& readme) {
  std::vector<PrintedAverages> rows;
  std::ifstream in(readme);
  std::string line;
  while (std::getline(in, line)) {
    const auto cells = table_cells(line);
    if (cells.size() < 7) continue;
    PrintedAverages row;
    row.system = cells[0].substr(0, cells[0].find(' '));  // "Lead665 (baseline)"
    std::istringstream bytes(cells[6]);
    char slash = 0;
    bytes >> row.bytes_r1 >> slash >> row.bytes_r2;
    if (!bytes || slash != '/') continue;  // the header and other tables
    row.r1 = std::stod(cells[1]);
    row.r2 = std::stod(cells[2]);
    row.rl = std::stod(cells[3]);
    row.rsu4 = std::stod(cells[4]);
    rows.push_back(row);
  }
  return rows;
}

// A metric's average recall as ROUGE prints it (five decimals), in percent
// printed to two decimals.
double printed_recall(const RougeEvaluation& evaluation, const std::string& metric) {
  for (const MetricResult& m : evaluation.metrics) {
    if (m.name != metric) continue;
    char percent[32];
    std::snprintf(percent, sizeof percent, "%.2f", 100 * round_like_rouge(m.interval.resample_mean.recall));
    return std::stod(percent);
  }
  ADD_FAILURE() << metric << " not computed";
  return -1;
}

TEST(RougeParity, SetAveragesAreTheOnesRouge155PrintsOnDuc2004) {
  const auto duc = chorus::testing::shared_dir() / "data/duc2004";
  CHORUS_REQUIRE_SHARED(duc / "README.md");
  CHORUS_REQUIRE_SHARED(duc / "clusters.jsonl");
  const auto printed = read_printed_averages(duc / "README.md");
  if (printed.empty()) GTEST_SKIP() << duc / "README.md" << " has no table of reference figures";
  EXPECT_EQ(printed.size(), 13u);

  const auto dataset = read_eval_dataset(duc / "clusters.jsonl");
  RougeOptions bytes_options = parity_options("bytes", {});
  bytes_options.stem = true;  // -n 2 -m -a -b 665
  bytes_options.lcs = false;
  for (const PrintedAverages& row : printed) {
    const auto path =
        row.system == "Lead665" ? duc / "baselines/Lead665.jsonl" : duc / "sumrepo" / (row.system + ".jsonl");
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    const auto summaries = read_system_summaries(path);
    const RougeEvaluation words = evaluate_rouge(dataset, summaries, parity_options("std", {}));
    EXPECT_DOUBLE_EQ(printed_recall(words, "ROUGE-1"), row.r1) << row.system;
    EXPECT_DOUBLE_EQ(printed_recall(words, "ROUGE-2"), row.r2) << row.system;
    EXPECT_DOUBLE_EQ(printed_recall(words, "ROUGE-L"), row.rl) << row.system;
    EXPECT_DOUBLE_EQ(printed_recall(words, "ROUGE-SU4"), row.rsu4) << row.system;
    const RougeEvaluation bytes = evaluate_rouge(dataset, summaries, bytes_options);
    EXPECT_DOUBLE_EQ(printed_recall(bytes, "ROUGE-1"), row.bytes_r1) << row.system;
    EXPECT_DOUBLE_EQ(printed_recall(bytes, "ROUGE-2"), row.bytes_r2) << row.system;
  }
}

// --- hand-computed cases ------------------------------------------------------

RougeOptions plain(int max_n = 2) {
  RougeOptions options;
  options.max_n = max_n;
  return options;
}

void expect_score(const RougeScore& s, double r, double p, double f) {
  EXPECT_NEAR(s.recall, r, 1e-9);
  EXPECT_NEAR(s.precision, p, 1e-9);
  EXPECT_NEAR(s.f, f, 1e-9);
}

TEST(Rouge, UnigramsAndBigramsClipCounts) {
  RougeScorer scorer(plain());
  // Unigrams: the x2, cat, on, mat shared = 5 of 6 on each side. Bigrams:
  // "the cat", "on the", "the mat" = 3 of 5.
  const auto s = scorer.score("The cat sat on the mat.", {"the cat was on the mat"});
  ASSERT_EQ(s.size(), 3u);  // ROUGE-1, ROUGE-2, ROUGE-L
  expect_score(s[0], 0.83333, 0.83333, 0.83333);
  expect_score(s[1], 0.6, 0.6, 0.6);
  expect_score(s[2], 0.83333, 0.83333, 0.83333);  // LCS "the cat on the mat"
  // A repeated system word counts once per reference occurrence.
  expect_score(scorer.score("cat cat cat", {"cat dog"})[0], 0.5, 0.33333, 0.4);
}

TEST(Rouge, SummaryLevelLcsUnitesTheHitsOfEverySystemSentence) {
  // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
  // LCS(r, c1) = w1 w2 and LCS(r, c2) = w1 w3 w5: their union hits 4 of 5.
  RougeOptions options = plain(0);
  RougeScorer scorer(options);
  const auto s = scorer.score("a b f g h\na c h i e", {"a b c d e"});
  ASSERT_EQ(s.size(), 1u);
  expect_score(s[0], 0.8, 0.4, 0.53333);
  // The union is clipped by unigram counts: "a" occurs once in the system
  // summary, so only one of the reference's two "a"s can hit.
  expect_score(scorer.score("a b", {"a\na"})[0], 0.5, 0.5, 0.5);
  // One system sentence: plain LCS.
  expect_score(scorer.score("a x c", {"a b c"})[0], 0.66667, 0.66667, 0.66667);
}

TEST(Rouge, SkipBigramsWithUnigramsSkipTheLastUnigramAsRougeDoes) {
  RougeOptions options = plain(0);
  options.lcs = false;
  options.skip_bigrams = true;
  options.max_skip = 4;
  options.skip_unigrams = true;
  RougeScorer scorer(options);
  const auto names = rouge_metric_names(options);
  ASSERT_EQ(names, std::vector<std::string>{"ROUGE-SU4"});
  // "x y z": x, x y, x z, y, y z (no unigram z) = 5; "z y x": z, z y, z x, y, y x.
  // Only "y" is shared.
  expect_score(scorer.score("z y x", {"x y z"})[0], 0.2, 0.2, 0.2);
  expect_score(scorer.score("x y z", {"x y z"})[0], 1, 1, 1);
  // Seven terms, gap <= 4: 5 + 5 + 4 + 3 + 2 + 1 pairs.
  const std::vector<std::uint32_t> seven{1, 2, 3, 4, 5, 6, 7};
  EXPECT_EQ(count_skip_bigrams(seven, 4, false).total, 20u);
  EXPECT_EQ(count_skip_bigrams(seven, 4, true).total, 26u);
  EXPECT_EQ(count_skip_bigrams(seven, -1, false).total, 21u);
  EXPECT_EQ(count_skip_bigrams(seven, 0, false).total, 6u);
}

TEST(Rouge, TokensAreLowercaseAlphanumericRuns) {
  std::vector<std::string> tokens;
  const auto line = rouge_lines("State-of-the-art\tU.S. 1990s caf\xc3\xa9 don't")[0];
  for_each_rouge_token(line, [&](std::string_view t) { tokens.emplace_back(t); });
  EXPECT_EQ(tokens, (std::vector<std::string>{"state", "of", "the", "art", "u", "s", "1990s", "caf", "don", "t"}));
}

TEST(Rouge, StemmingUsesWordNetExceptionsThenPorterOnlyAboveThreeCharacters) {
  EXPECT_EQ(rouge_term("mice", true), "mouse");      // WordNet exception
  EXPECT_EQ(rouge_term("running", true), "run");     // Porter
  EXPECT_EQ(rouge_term("agreement", true), "agreem");  // ROUGE's Porter variant
  EXPECT_EQ(rouge_term("men", true), "men");         // 3 characters: left alone
  EXPECT_EQ(rouge_term("mice", false), "mice");
  const auto table = wordnet_exceptions();
  EXPECT_EQ(table.size(), 5930u);
  EXPECT_TRUE(std::is_sorted(table.begin(), table.end(), [](const WordException& a, const WordException& b) {
    return std::string_view(a.word) < std::string_view(b.word);
  }));
}

TEST(Rouge, StopWordsAreRemovedBeforeCounting) {
  RougeOptions options = plain(2);
  options.lcs = false;
  options.remove_stopwords = true;
  options.stopwords = {"the", "a"};
  RougeScorer scorer(options);
  // "the big cat" -> "big cat"; "a big cat" -> "big cat".
  const auto s = scorer.score("the big cat", {"a big cat"});
  expect_score(s[0], 1, 1, 1);
  expect_score(s[1], 1, 1, 1);
  options.stopwords.clear();
  EXPECT_THROW(RougeScorer{options}, Error);
}

TEST(Rouge, WordLimitCountsWhitespaceWordsOfTheRawText) {
  const auto lines = rouge_lines("One two three\nfour five\n");
  EXPECT_EQ(rouge_joined_text(lines, 4, 0), "one two three four");
  EXPECT_EQ(rouge_lcs_units(lines, 4, 0), (std::vector<std::string>{"one two three", "four"}));
  // "don't" is one word for the limit but two tokens afterwards.
  EXPECT_EQ(rouge_joined_text(rouge_lines("don't stop me"), 2, 0), "don't stop");
  // Both the system summary and the references are truncated.
  RougeOptions options = plain(1);
  options.lcs = false;
  options.word_limit = 3;
  RougeScorer scorer(options);
  expect_score(scorer.score("a b c d e", {"a b c x y"})[0], 1, 1, 1);
}

TEST(Rouge, ByteLimitCountsLineBytesButNotTheSpacesJoiningLines) {
  const auto lines = rouge_lines("abcd\nefgh\nijkl");
  EXPECT_EQ(rouge_joined_text(lines, 0, 6), "abcd ef");
  EXPECT_EQ(rouge_joined_text(lines, 0, 8), "abcd efgh");  // 4 + 4 is not < 8: cut, but whole
  // ROUGE-L's units are measured one by one: every line shorter than the limit stays.
  EXPECT_EQ(rouge_lcs_units(lines, 0, 6), (std::vector<std::string>{"abcd", "efgh", "ijkl"}));
  EXPECT_EQ(rouge_lcs_units(rouge_lines("ab\nabcdefgh\nx"), 0, 6), (std::vector<std::string>{"ab", "abcdef"}));
}

TEST(Rouge, AlphaWeighsPrecisionAgainstRecall) {
  EXPECT_NEAR(rouge_f(0.8, 0.4, 0.5), 0.8 * 0.4 / 0.6, 1e-12);
  EXPECT_NEAR(rouge_f(0.8, 0.4, 1.0), 0.4, 1e-12);  // alpha 1: precision
  EXPECT_NEAR(rouge_f(0.8, 0.4, 0.0), 0.8, 1e-12);  // alpha 0: recall
  EXPECT_EQ(rouge_f(0, 0, 0.5), 0);
  RougeOptions options = plain(0);
  options.alpha = 0.2;
  RougeScorer scorer(options);
  // R 0.8, P 0.4: F = 0.32 / (0.8 * 0.4 + 0.2 * 0.8).
  expect_score(scorer.score("a b f g h\na c h i e", {"a b c d e"})[0], 0.8, 0.4, 0.66667);
}

TEST(Rouge, SeveralReferencesPoolCountsOrTakeTheBest) {
  RougeOptions options = plain(1);
  options.lcs = false;
  RougeScorer pooled(options);
  // A: hits 2 + 1 of 4 + 4 reference unigrams; precision over 2 + 2.
  expect_score(pooled.score("a b", {"a b c d", "a x y z"})[0], 0.375, 0.75, 0.5);
  options.combination = ReferenceCombination::kBest;
  RougeScorer best(options);
  expect_score(best.score("a b", {"a x y z", "a b c d"})[0], 0.5, 1, 0.66667);
}

TEST(Rouge, EmptySummariesScoreZero) {
  RougeScorer scorer(plain(2));
  for (const RougeScore& s : scorer.score("", {"a b c"})) expect_score(s, 0, 0, 0);
  for (const RougeScore& s : scorer.score("...", {""})) expect_score(s, 0, 0, 0);
}

TEST(RougeBootstrap, IntervalIsDeterministicAndBracketsTheMean) {
  std::vector<RougeScore> scores;
  for (int i = 0; i < 50; ++i) scores.push_back({0.2 + 0.01 * (i % 17), 0.3 + 0.005 * (i % 11), 0.25});
  const auto a = bootstrap_interval(scores, 95, 1000);
  const auto b = bootstrap_interval(scores, 95, 1000);
  EXPECT_EQ(a.recall.low, b.recall.low);
  EXPECT_EQ(a.recall.high, b.recall.high);
  double mean = 0;
  for (const auto& s : scores) mean += s.recall / 50;
  EXPECT_LT(a.recall.low, mean);
  EXPECT_GT(a.recall.high, mean);
  EXPECT_NEAR(a.resample_mean.recall, mean, 0.005);
  // A constant score has a zero-width interval.
  EXPECT_DOUBLE_EQ(a.f.low, 0.25);
  EXPECT_DOUBLE_EQ(a.f.high, 0.25);
  // A wider level gives a wider interval.
  const auto wide = bootstrap_interval(scores, 99, 1000);
  EXPECT_LE(wide.recall.low, a.recall.low);
  EXPECT_GE(wide.recall.high, a.recall.high);
}

// --- dataset readers on hostile input ------------------------------------------

std::string error_reading(const std::filesystem::path& path) {
  try {
    read_eval_dataset(path);
  } catch (const Error& error) {
    return error.what();
  }
  ADD_FAILURE() << "expected chorus::Error";
  return {};
}

TEST(RougeDataset, UnusableValuesAreErrorsNamingFileAndLine) {
  chorus::testing::TempDir dir;
  const auto path = dir / "clusters.jsonl";
  const std::string good = R"({"id": "d1", "refs": [{"text": "a b"}]})";
  const struct {
    std::string line, expected;
  } cases[] = {
      {R"({"id": "d2", "refs": [{"text": "a"}], "n": 1e999})", ":2: malformed JSON ("},
      {R"({"id": "d2", "id": "d3", "refs": [{"text": "a"}]})", ":2: key \"id\" is given twice"},
      {R"({"id": "d2", "refs": [{"text": "a", "text": "b"}]})", ":2: key \"text\" is given twice"},
      {"{\"id\": \"d2\", \"refs\": [{\"text\": \"caf\xC3\"}]}", ":2: malformed JSON ("},
      {R"({"id": 2, "refs": [{"text": "a"}]})", ":2: missing string field \"id\""},
      {R"({"id": "d2", "refs": [{"text": null}]})", ":2: missing string field \"text\""},
  };
  for (const auto& c : cases) {
    chorus::testing::write_file(path, good + "\n" + c.line + "\n");
    const std::string message = error_reading(path);
    EXPECT_EQ(message.rfind(path.string() + c.expected, 0), 0u) << c.line << "\n" << message;
  }
}

TEST(RougeDataset, FifoIsRefusedBeforeOpening) {
  chorus::testing::TempDir dir;
  const auto fifo = dir / "clusters.jsonl";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(error_reading(fifo), fifo.string() + ": not a regular file (a FIFO)");
}

// Reference values from Perl 5.36 running ROUGE-1.5.5's procedure
// (computeAverages, bootstrapResampling: srand(k) before resample k,
// int(rand(n)) per draw, the mean of the sorted resample means, ranks
// interpolated) on these invented per-cluster scores.
std::vector<RougeScore> invented_scores() {
  return {{0.41769, 0.41262, 0.41514}, {0.33729, 0.33491, 0.33610}, {0.39702, 0.38835, 0.39264},
          {0.28571, 0.30000, 0.29268}, {0.45000, 0.40909, 0.42857}, {0.12500, 0.20000, 0.15385},
          {0.36364, 0.33333, 0.34783}};
}

void expect_rouge_digits(double value, double printed) { EXPECT_EQ(round_like_rouge(value), printed) << value; }

TEST(RougeBootstrap, PerlRandomIsDrand48SeededAsSrand) {
  // perl -e 'srand(0); print rand()' and 'srand(5); rand(); print int(rand(46))'
  PerlRandom zero(0);
  EXPECT_DOUBLE_EQ(zero.next(1.0), 0.17082803610628972);
  PerlRandom five(5);
  EXPECT_DOUBLE_EQ(five.next(1.0), 0.52483957943423221);
  EXPECT_EQ(static_cast<int>(five.next(46)), 12);
}

TEST(RougeBootstrap, AverageAndIntervalAreRouge155sDigits) {
  const auto scores = invented_scores();
  const auto a = bootstrap_interval(scores, 95, 1000);
  expect_rouge_digits(a.resample_mean.recall, 0.33935);  // the plain mean is 0.33948
  expect_rouge_digits(a.resample_mean.precision, 0.33969);
  expect_rouge_digits(a.resample_mean.f, 0.33801);
  expect_rouge_digits(a.recall.low, 0.25861);
  expect_rouge_digits(a.recall.high, 0.40391);
  expect_rouge_digits(a.precision.low, 0.28585);
  expect_rouge_digits(a.precision.high, 0.38572);
  expect_rouge_digits(a.f.low, 0.26775);
  expect_rouge_digits(a.f.high, 0.39461);
  EXPECT_NEAR(a.resample_mean.recall, 0.3393463457142854, 1e-15);

  // Ranks between two resamples: R = 10, c = 90 interpolates half way.
  const auto b = bootstrap_interval(scores, 90, 10);
  expect_rouge_digits(b.resample_mean.recall, 0.33705);
  expect_rouge_digits(b.recall.low, 0.29986);
  expect_rouge_digits(b.recall.high, 0.38240);
  expect_rouge_digits(b.f.low, 0.30337);
  expect_rouge_digits(b.f.high, 0.37597);

  // One resample: ROUGE reads past the sorted array (undef, 0), and so do we.
  const auto c = bootstrap_interval(scores, 95, 1);
  expect_rouge_digits(c.resample_mean.recall, 0.32409);
  expect_rouge_digits(c.recall.low, 0.33219);
  expect_rouge_digits(c.recall.high, 0.33219);
}

TEST(RougeBootstrap, EvaluationOrdersClustersAsRougeSortsItsKeys) {
  // ROUGE sorts "<cluster>.<system>": "d1-2." comes before "d1.".
  std::vector<EvalCluster> dataset = {{"d1", {"a b c"}, {}}, {"d1-2", {"a b c"}, {}}};
  const std::vector<SystemSummary> summaries = {{"d1", "a b", "x"}, {"d1-2", "a", "y"}};
  const RougeEvaluation evaluation = evaluate_rouge(dataset, summaries, plain(1));
  EXPECT_EQ(evaluation.cluster_ids, (std::vector<std::string>{"d1-2", "d1"}));
}

}  // namespace
}  // namespace chorus::eval

// End-to-end tests of the chorus CLI: real inputs, every bad-input path,
// determinism, and the span invariant on the JSON output.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

const std::string kArticleA =
    "Harbour workers in the town of Exampleton ended a nine-day strike on Monday after the port "
    "authority agreed to raise wages by 4 percent.\n"
    "The deal was signed late on Sunday, union leader Mara Quell said.\n"
    "Ships that had waited offshore began docking on Monday afternoon.\n";
const std::string kArticleB =
    "A nine-day strike at the port of Exampleton ended on Monday after the port authority agreed "
    "to raise wages by 4 percent, the union said.\n"
    "About 1,200 dock workers had walked out over pay and night shifts.\n"
    "READ MORE: Rain delays the Exampleton regatta\n";

// For every span the JSON reports, the document text at that span must equal
// the text it claims.
void expect_spans_match(const json& digest) {
  std::map<std::string, std::string> texts;
  for (const json& doc : digest["documents"]) {
    const std::string& text = doc["text"].get_ref<const std::string&>();
    texts[doc["id"]] = text;
    for (const json& removed : doc["removed"]) {
      const size_t start = removed["start"], end = removed["end"];
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), removed["text"].get<std::string>());
    }
    for (const json& dateline : doc["datelines"]) {
      const size_t start = dateline["start"], end = dateline["end"];
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), dateline["text"].get<std::string>());
    }
  }
  for (const json& sentence : digest["summary"]) {
    const std::string& text = texts.at(sentence["doc"]);
    const size_t start = sentence["start"], end = sentence["end"];
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), sentence["text"].get<std::string>());
    for (const json& evidence : sentence["evidence"]) {
      const std::string& supporter = texts.at(evidence["doc"]);
      EXPECT_LE(evidence["end"].get<size_t>(), supporter.size());
    }
  }
}

TEST(CliDigest, DirectoryGivesDigestInEveryFormat) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  write_file(dir / "b.txt", kArticleB);
  for (const std::string format : {"text", "md", "json"}) {
    const CommandResult result = run_chorus("digest --format " + format + " " + quoted(dir.path()));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("strike"), std::string::npos) << format;
  }
  const CommandResult result = run_chorus("digest --format json " + quoted(dir.path()));
  const json digest = json::parse(result.out);
  EXPECT_EQ(digest["version"], "1");
  ASSERT_EQ(digest["documents"].size(), 2u);
  EXPECT_EQ(digest["documents"][0]["id"], "a");
  ASSERT_FALSE(digest["summary"].empty());
  expect_spans_match(digest);
  // The read-more link is furniture, listed with its reason.
  bool found = false;
  for (const json& removed : digest["documents"][1]["removed"]) {
    if (removed["reason"] == "read-more") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(CliDigest, SupportListsDocumentsSayingTheSame) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  write_file(dir / "b.txt", kArticleB);
  const json digest = json::parse(run_chorus("digest --format json " + quoted(dir.path())).out);
  bool shared = false;
  for (const json& sentence : digest["summary"]) {
    if (sentence["text"].get<std::string>().find("nine-day strike") != std::string::npos) {
      shared = sentence["support"].size() == 2;
    }
  }
  EXPECT_TRUE(shared) << digest["summary"].dump(2);
}

TEST(CliDigest, OutputIsDeterministic) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  write_file(dir / "b.txt", kArticleB);
  const std::string args = "digest --format json " + quoted(dir.path());
  EXPECT_EQ(run_chorus(args).out, run_chorus(args).out);
}

// Threads change nothing in the digest: a cluster large enough that its
// documents are tagged and its sentence pairs scored on several threads
// (thousands of pairs) gives the same bytes with one thread and with three.
TEST(CliDigest, ThreadsGiveTheSameDigest) {
  TempDir dir;
  const char* const kPeople[] = {"Ada Brennan", "Tomas Reyes", "Lena Ortiz", "Omar Haddad", "Grace Liu"};
  const char* const kThings[] = {"bridge", "harbour", "school", "clinic", "railway", "market", "library"};
  const char* const kTowns[] = {"Exampleton", "Northbury", "Lakeside", "Westmoor", "Eastvale", "Kingsford"};
  const char* const kSaid[] = {"said", "told reporters", "said in a statement", "confirmed"};
  // 60 facts; each of 24 reports tells 30 of them, three to a paragraph,
  // each outlet with its own attribution and rounding (so that its
  // sentences are its own, not copies scored once).
  for (int doc = 0; doc < 24; ++doc) {
    std::string text;
    for (int s = 0; s < 30; ++s) {
      const int fact = (doc * 11 + s * 7) % 60;
      text += std::string(kPeople[fact % 5]) + " " + kSaid[(doc + s) % 4] + " the " + kThings[fact % 7] + " in " +
              kTowns[fact % 6] + " would cost " + std::to_string(20 + fact) + "." + std::to_string(doc % 10) +
              " million dollars to rebuild.";
      text += s % 3 == 2 ? "\n\n" : " ";
    }
    write_file(dir / ("report" + std::to_string(doc) + ".txt"), text);
  }
  const std::string args = "digest --format json -q " + quoted(dir.path());
  const CommandResult one = run_chorus(args + " --threads 1");
  const CommandResult three = run_chorus(args + " --threads 3");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(three.exit_code, 0) << three.err;
  EXPECT_FALSE(json::parse(one.out)["claims"].empty());
  EXPECT_EQ(one.out, three.out);
}

TEST(CliDigest, WordBudgetIsKept) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  write_file(dir / "b.txt", kArticleB);
  const json digest = json::parse(run_chorus("digest --words 30 --format json " + quoted(dir.path())).out);
  int words = 0;
  for (const json& sentence : digest["summary"]) words += sentence["words"].get<int>();
  EXPECT_LE(words, 30);
  EXPECT_GT(words, 0);
}

TEST(CliDigest, ReadsStandardInputAndJsonl) {
  TempDir dir;
  write_file(dir / "in.txt", kArticleA);
  CommandResult result = run_chorus("digest --format json -", (dir / "in.txt").string());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json::parse(result.out)["documents"][0]["id"], "stdin");

  const json line_a = {{"id", "x1"}, {"text", kArticleA}, {"source", "Harbour Post"},
                       {"published", "2031-03-04"}};
  const json line_b = {{"id", "x2"}, {"text", kArticleB}, {"source", "Coast Wire"}};
  write_file(dir / "batch.jsonl", line_a.dump() + "\n\n" + line_b.dump() + "\n");
  result = run_chorus("digest --format json " + quoted(dir / "batch.jsonl"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  ASSERT_EQ(digest["documents"].size(), 2u);
  EXPECT_EQ(digest["documents"][0]["source"], "Harbour Post");
  EXPECT_EQ(digest["documents"][0]["published"], "2031-03-04");
  EXPECT_EQ(digest["documents"][0]["published_from"], "metadata");
}

TEST(CliDigest, ShowRemovedListsFurnitureWithReasons) {
  TempDir dir;
  write_file(dir / "b.txt", kArticleB);
  const CommandResult result = run_chorus("digest --show-removed " + quoted(dir / "b.txt"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("REMOVED"), std::string::npos);
  EXPECT_NE(result.out.find("read-more"), std::string::npos);
  EXPECT_NE(result.out.find("READ MORE: Rain delays"), std::string::npos);
}

// --- bad input: one clear line naming the file, non-zero exit ---

void expect_one_line_error(const CommandResult& result, const std::string& needle) {
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find(needle), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(CliBadInput, MissingPath) {
  TempDir dir;
  expect_one_line_error(run_chorus("digest " + quoted(dir / "nope.txt")), "nope.txt");
}

TEST(CliBadInput, EmptyDirectory) {
  TempDir dir;
  expect_one_line_error(run_chorus("digest " + quoted(dir.path())), dir.path().string());
}

TEST(CliBadInput, EmptyAndWhitespaceFiles) {
  TempDir dir;
  write_file(dir / "empty.txt", "");
  write_file(dir / "blank.txt", "  \n\t\n   \n");
  expect_one_line_error(run_chorus("digest " + quoted(dir / "empty.txt")), "empty.txt");
  expect_one_line_error(run_chorus("digest " + quoted(dir / "blank.txt")), "blank.txt");
}

TEST(CliBadInput, BinaryFile) {
  TempDir dir;
  std::string bytes = "\x7f" "ELF";
  for (int i = 0; i < 2000; ++i) bytes += static_cast<char>(i % 7 == 0 ? 0 : i % 256);
  write_file(dir / "program.txt", bytes);
  expect_one_line_error(run_chorus("digest " + quoted(dir / "program.txt")), "program.txt");
}

TEST(CliBadInput, FileOverSizeLimit) {
  TempDir dir;
  write_file(dir / "big.txt", std::string(3000, 'a') + ".\n");
  const CommandResult result = run_chorus("digest --max-file-size 1kb " + quoted(dir / "big.txt"));
  expect_one_line_error(result, "big.txt");
  EXPECT_NE(result.err.find("limit"), std::string::npos);
}

TEST(CliBadInput, MalformedJsonlLineIsNamedAndOthersProcessed) {
  TempDir dir;
  const json good = {{"id", "ok"}, {"text", kArticleA}};
  write_file(dir / "batch.jsonl", good.dump() + "\n{\"id\": \"bad\", \"text\": \n");
  const CommandResult result = run_chorus("digest --format json " + quoted(dir / "batch.jsonl"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("batch.jsonl:2"), std::string::npos) << result.err;
  EXPECT_EQ(json::parse(result.out)["documents"].size(), 1u);

  write_file(dir / "only-bad.jsonl", "not json at all\n");
  expect_one_line_error(run_chorus("digest " + quoted(dir / "only-bad.jsonl")), "only-bad.jsonl:1");
}

TEST(CliBadInput, UnknownOption) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  const CommandResult result = run_chorus("digest --no-such-option " + quoted(dir / "a.txt"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--no-such-option"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

TEST(CliBadInput, BatchKeepsValidArticlesAndWarnsForBadOnes) {
  TempDir dir;
  write_file(dir / "a.txt", kArticleA);
  write_file(dir / "b.txt", kArticleB);
  write_file(dir / "c.txt", "");
  const CommandResult result =
      run_chorus("digest --format json " + quoted(dir.path()) + " " + quoted(dir / "missing.txt"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("c.txt"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("missing.txt"), std::string::npos) << result.err;
  EXPECT_EQ(json::parse(result.out)["documents"].size(), 2u);
}

TEST(CliBadInput, InvalidUtf8IsReplacedWithAWarning) {
  TempDir dir;
  write_file(dir / "latin1.txt", kArticleA + "Caf\xe9 owners welcomed the deal.\n");
  const CommandResult result = run_chorus("digest --format json " + quoted(dir / "latin1.txt"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("latin1.txt"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("byte"), std::string::npos) << result.err;
  const json digest = json::parse(result.out);
  EXPECT_NE(digest["documents"][0]["text"].get<std::string>().find("Caf\xef\xbf\xbd"), std::string::npos);
}

// --- real multi-source input ---

TEST(CliDigest, ShippedExampleHasCleanSummaryAndValidSpans) {
  const auto example = source_dir() / "examples/lakeport";
  ASSERT_TRUE(std::filesystem::exists(example)) << example;
  const CommandResult result = run_chorus("digest --format json " + quoted(example));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  expect_spans_match(digest);
  EXPECT_GE(digest["documents"].size(), 4u);
  for (const json& doc : digest["documents"]) {
    EXPECT_FALSE(doc["title"].get<std::string>().empty()) << doc["id"];
    EXPECT_FALSE(doc["removed"].empty()) << doc["id"];
  }
}

// The shipped example's furniture, as its author planted it
// (examples/README.md): exactly these lines go, every other line stays.
TEST(CliDigest, ShippedExampleLosesExactlyItsFurniture) {
  const std::map<std::string, std::vector<std::string>> furniture = {
      {"01_harbor-daily",
       {"Home \u203a News", "Dam wall gives way", "Lower-town residents describe", "By Liv Tanner",
        "Shelter at the school", "READ MORE: Where to find", "Ferry suspended",
        "READ MORE: The Veska Dam at 60", "Share this article", "Comments (14)",
        "Log in to join the conversation."}},
      {"02_coastline-wire",
       {"Dam breach in Kestrava", "PORTVALE (Coastline Wire) _", "(Reporting by Anders Kolle"}},
      {"03_nra", {"All news", "Governor Ostvik: situation", "PORTVALE, March 5. /NRA/.", "\u00a9 2031 National"}},
      {"04_valley-voice",
       {"By Petra Lund", "Warnings on paper", "\"Water is in the lower town.", "https://t.co/",
        "\u2014 Lakeport Rescue (@lakeportrescue)", "What happens next", "Nineteen dead, warnings ignored",
        "Discussion about this post"}},
      {"05_halvern-today",
       {"Veska Dam breach: wetlands", "Two thousand people remain", "Most Read", "1 Portvale Council",
        "2Bakery Chain", "3Rain Delays", "4 Ice Hockey", "5Farmers Warn", "6 Five Things", "7Teachers'",
        "8 Old Lighthouse", "Power and water", "Wetlands at risk", "Share it:", "We use cookies"}}};
  const CommandResult result = run_chorus("digest --format json " + quoted(source_dir() / "examples/lakeport"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  for (const json& doc : digest["documents"]) {
    const std::string id = doc["id"];
    SCOPED_TRACE(id);
    std::vector<std::string> removed;
    for (const json& line : doc["removed"]) removed.push_back(line["text"]);
    const std::vector<std::string>& expected = furniture.at(id);
    ASSERT_EQ(removed.size(), expected.size()) << doc["removed"].dump(1);
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(removed[i].rfind(expected[i], 0), 0u)
          << removed[i] << " | expected " << expected[i];
    }
    // No furniture in titles or the summary.
    for (const std::string& line : removed) {
      if (line == doc["title"].get<std::string>()) continue;  // the headline becomes the title, as it should
      EXPECT_EQ(digest["title"].get<std::string>().find(line), std::string::npos);
      for (const json& sentence : digest["summary"]) {
        EXPECT_EQ(sentence["text"].get<std::string>().find(line), std::string::npos) << line;
      }
    }
  }
}

TEST(CliDigest, SeedsGiveDigestWithValidSpans) {
  const auto seeds = shared_dir() / "seeds";
  CHORUS_REQUIRE_SHARED(seeds);
  const CommandResult result = run_chorus("digest --format json " + quoted(seeds));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  expect_spans_match(digest);
  EXPECT_EQ(digest["documents"].size(), 5u);
  for (const json& sentence : digest["summary"]) {
    EXPECT_GE(sentence["support"].size(), 1u);
  }
}

}  // namespace
}  // namespace chorus::testing

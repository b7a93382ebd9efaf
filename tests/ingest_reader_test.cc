#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "chorus/error.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

namespace fs = std::filesystem;

// Each test gets a fresh directory of its own, removed afterwards.
class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("chorus_reader_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }

  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(dir_, ignored);
  }

  // Writes `content` to `name` under the test directory; returns its path.
  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::vector<Article> read(const std::vector<std::string>& paths, const ReadOptions& options = {},
                            const std::string& standard_input = "") {
    std::istringstream in(standard_input);
    return read_articles(paths, options, diagnostics_, in);
  }

  // The message of the chorus::Error that reading `paths` throws.
  std::string error_of(const std::vector<std::string>& paths, const ReadOptions& options = {},
                       const std::string& standard_input = "") {
    try {
      read(paths, options, standard_input);
    } catch (const Error& error) {
      return error.what();
    }
    ADD_FAILURE() << "expected chorus::Error";
    return {};
  }

  const std::vector<std::string>& warnings() const { return diagnostics_.warnings; }

  fs::path dir_;
  Diagnostics diagnostics_;
};

// --- single files -----------------------------------------------------------

TEST_F(ReaderTest, ReadsOneFileAsIs) {
  const std::string raw = "\xEF\xBB\xBFTitle\r\nBody with bad \xFF byte.\r\n";
  const std::string file = write("report-1.txt", raw);
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "report-1");
  EXPECT_EQ(articles[0].path, file);
  EXPECT_EQ(articles[0].raw, raw);  // decoding is the document builder's job
  EXPECT_TRUE(articles[0].source.empty());
  EXPECT_TRUE(articles[0].published.empty());
  EXPECT_TRUE(warnings().empty());
}

TEST_F(ReaderTest, IdIsTheFileNameWithoutItsLastExtension) {
  const auto articles = read({write("bbc.2020-12-01.txt", "x"), write("README", "y")});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "bbc.2020-12-01");
  EXPECT_EQ(articles[1].id, "README");
}

TEST_F(ReaderTest, KeepsTheOrderOfThePathsGiven) {
  const auto articles = read({write("b.txt", "b"), write("a.txt", "a")});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "b");
  EXPECT_EQ(articles[1].id, "a");
}

TEST_F(ReaderTest, MissingPathIsSkippedWithWarning) {
  const std::string good = write("good.txt", "text");
  const std::string missing = path("missing.txt");
  const auto articles = read({missing, good});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "good");
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_EQ(warnings()[0], missing + ": no such file or directory");
}

TEST_F(ReaderTest, SingleProblemBecomesTheError) {
  const std::string missing = path("missing.txt");
  EXPECT_EQ(error_of({missing}), missing + ": no such file or directory");
  EXPECT_EQ(warnings().size(), 1u);
}

TEST_F(ReaderTest, EmptyFileIsRejected) {
  const std::string file = write("empty.txt", "");
  EXPECT_EQ(error_of({file}), file + ": empty file");
}

TEST_F(ReaderTest, WhiteSpaceOnlyFileIsRejected) {
  const std::string file = write("blank.txt", " \r\n\t\n  ");
  EXPECT_EQ(error_of({file}), file + ": file has only white space");
}

TEST_F(ReaderTest, FileOverTheSizeLimitIsRejected) {
  ReadOptions options;
  options.max_bytes = 16;
  const std::string big = write("big.txt", std::string(40, 'x'));
  const std::string fits = write("fits.txt", std::string(16, 'x'));  // exactly the limit
  const auto articles = read({big, fits}, options);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "fits");
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_EQ(warnings()[0],
            big + ": file is 40 bytes, over the 16 bytes limit; raise it with --max-file-size");
}

TEST_F(ReaderTest, SizeLimitMessageUsesMegabytes) {
  // A sparse file: big on paper, nothing written, and never read.
  const std::string file = write("huge.txt", "");
  fs::resize_file(file, 12'900'000);
  EXPECT_EQ(error_of({file}),
            file + ": file is 12.3 MB, over the 10 MB limit; raise it with --max-file-size");
}

TEST_F(ReaderTest, SizeLimitMessageFallsBackToBytesWhenRoundingHides) {
  const std::string file = write("edge.txt", "");
  fs::resize_file(file, 10 * 1024 * 1024 + 1);
  EXPECT_EQ(error_of({file}), file +
                                  ": file is 10485761 bytes, over the 10485760 bytes limit; "
                                  "raise it with --max-file-size");
}

TEST_F(ReaderTest, FifoIsRejectedWithoutBlocking) {
  const std::string fifo = path("pipe.txt");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(error_of({fifo}), fifo + ": not a regular file (a FIFO); use - to read standard input");
}

TEST_F(ReaderTest, DeviceIsRejected) {
  EXPECT_EQ(error_of({"/dev/null"}),
            "/dev/null: not a regular file (a character device); use - to read standard input");
}

TEST_F(ReaderTest, UnreadableFileIsRejected) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their permissions";
  const std::string file = write("secret.txt", "text");
  fs::permissions(file, fs::perms::none);
  EXPECT_EQ(error_of({file}), file + ": cannot open (Permission denied)");
}

TEST_F(ReaderTest, DuplicateIdIsSkipped) {
  const std::string first = write("one/story.txt", "first");
  const std::string second = write("two/story.md", "second");
  const auto articles = read({first, second});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].raw, "first");
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_EQ(warnings()[0], second + ": duplicate article id 'story' (first from " + first + ")");
}

TEST_F(ReaderTest, SeveralProblemsAndNothingValidGiveASummary) {
  const std::string empty = write("empty.txt", "");
  EXPECT_EQ(error_of({path("nope.txt"), empty}),
            "no valid article in 2 inputs (see warnings above)");
  EXPECT_EQ(warnings().size(), 2u);
}

TEST_F(ReaderTest, NoPathsIsAnError) { EXPECT_THROW(read({}), Error); }

// --- directories ------------------------------------------------------------

TEST_F(ReaderTest, DirectoryGivesTxtAndMdFilesSortedByName) {
  write("news/b.txt", "b");
  write("news/A.md", "A");  // 'A' sorts before 'b' in byte order
  write("news/c.TXT", "c");
  write("news/d.Md", "d");
  write("news/\xC3\xA9t\xC3\xA9.txt", "summer");  // UTF-8 name: after every ASCII name
  write("news/z.txt", "z");
  write("news/e.json", "{}");
  write("news/f.jsonl", "{\"id\":\"f\",\"text\":\"f\"}\n");
  write("news/notes", "n");
  write("news/.hidden.txt", "h");
  write("news/sub.txt/inner.txt", "not recursive");
  const std::string news = path("news");
  const auto articles = read({news});
  std::vector<std::string> ids;
  for (const Article& article : articles) ids.push_back(article.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"A", "b", "c", "d", "z", "\xC3\xA9t\xC3\xA9"}));
  ASSERT_FALSE(articles.empty());
  EXPECT_EQ(articles[0].path, (fs::path(news) / "A.md").string());
  EXPECT_EQ(articles[0].raw, "A");
  EXPECT_TRUE(warnings().empty());
}

TEST_F(ReaderTest, DirectoryWithoutTextFilesIsAProblem) {
  write("data/table.csv", "a,b");
  const std::string data = path("data");
  EXPECT_EQ(error_of({data}), data + ": no .txt, .md, .html or .htm files in directory");
}

TEST_F(ReaderTest, EmptyDirectoryIsAProblem) {
  fs::create_directories(path("nothing"));
  const std::string nothing = path("nothing");
  EXPECT_EQ(error_of({nothing}), nothing + ": no .txt, .md, .html or .htm files in directory");
}

TEST_F(ReaderTest, BadFilesInADirectoryAreSkipped) {
  write("mixed/a.txt", "");
  write("mixed/b.txt", "fine");
  const auto articles = read({path("mixed")});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "b");
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_EQ(warnings()[0], (fs::path(path("mixed")) / "a.txt").string() + ": empty file");
}

// --- standard input ---------------------------------------------------------

TEST_F(ReaderTest, DashReadsStandardInput) {
  const auto articles = read({"-"}, {}, "Report from stdin.\n");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "stdin");
  EXPECT_EQ(articles[0].path, "-");
  EXPECT_EQ(articles[0].raw, "Report from stdin.\n");
}

TEST_F(ReaderTest, EmptyStandardInputIsAProblem) {
  EXPECT_EQ(error_of({"-"}), "-: standard input is empty");
  EXPECT_EQ(error_of({"-"}, {}, "\n \n"), "-: standard input has only white space");
}

TEST_F(ReaderTest, StandardInputOverTheLimitIsAProblem) {
  ReadOptions options;
  options.max_bytes = 8;
  EXPECT_EQ(error_of({"-"}, options, std::string(9, 'x')),
            "-: standard input is over the 8 bytes limit; raise it with --max-file-size");
  EXPECT_EQ(read({"-"}, options, std::string(8, 'x')).size(), 1u);
}

// --- JSONL ------------------------------------------------------------------

TEST_F(ReaderTest, JsonlGivesOneArticlePerLine) {
  const std::string file = write(
      "batch.jsonl",
      "{\"id\":\"reuters\",\"text\":\"Troops entered.\",\"source\":\"Reuters\","
      "\"url\":\"https://example.com/a\",\"title\":\"Dunmarrow\",\"published\":\"2020-12-01\"}\n"
      "\n"
      "   \r\n"
      "{\"id\":\"nra\",\"text\":\"Caf\\u00e9\",\"published\":\"2020-12-01T10:30:00+03:00\"}\r\n"
      "{\"id\":\"bbc\",\"text\":\"no newline at end\",\"published\":null,\"extra\":1}");
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(articles[0].id, "reuters");
  EXPECT_EQ(articles[0].path, file + ":1");
  EXPECT_EQ(articles[0].raw, "Troops entered.");
  EXPECT_EQ(articles[0].source, "Reuters");
  EXPECT_EQ(articles[0].url, "https://example.com/a");
  EXPECT_EQ(articles[0].title, "Dunmarrow");
  EXPECT_EQ(articles[0].published, "2020-12-01");
  EXPECT_EQ(articles[1].id, "nra");
  EXPECT_EQ(articles[1].path, file + ":4");  // blank lines still count
  EXPECT_EQ(articles[1].raw, "Caf\u00e9");
  EXPECT_EQ(articles[1].published, "2020-12-01T10:30:00+03:00");
  EXPECT_EQ(articles[2].path, file + ":5");
  EXPECT_TRUE(articles[2].published.empty());
  EXPECT_TRUE(warnings().empty());
}

TEST_F(ReaderTest, JsonlBadLinesAreSkippedWithTheirLineNumbers) {
  const std::string file = write("batch.JSONL",  // the extension is case-insensitive
                                 "{\"id\":\"a\",\"text\":\"ok\"}\n"
                                 "{\"id\":\"b\",\"text\":\"unterminated}\n"
                                 "[1,2]\n"
                                 "{\"text\":\"no id\"}\n"
                                 "{\"id\":7,\"text\":\"numeric id\"}\n"
                                 "{\"id\":\"c\"}\n"
                                 "{\"id\":\"d\",\"text\":\"t\",\"published\":\"yesterday\"}\n"
                                 "{\"id\":\"e\",\"text\":\"t\",\"published\":\"2020-02-30\"}\n"
                                 "{\"id\":\"f\",\"text\":\"t\",\"url\":[\"x\"]}\n"
                                 "{\"id\":\"a\",\"text\":\"again\"}\n"
                                 "{\"id\":\"\",\"text\":\"t\"}\n"
                                 "{\"id\":\"g\",\"text\":\" \"}\n"
                                 "{\"id\":\"h\",\"text\":\"last\"}\n");
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[1].id, "h");
  EXPECT_EQ(articles[1].path, file + ":13");

  const std::vector<std::string> expected = {
      file + ":2: malformed JSON (",
      file + ":3: expected a JSON object with string fields `id` and `text`, got array",
      file + ":4: missing string field `id`",
      file + ":5: `id` must be a string, not number",
      file + ":6: missing string field `text`",
      file + ":7: `published` is not an ISO 8601 date: 'yesterday' (expected YYYY-MM-DD, "
             "optionally followed by Thh:mm...)",
      file + ":8: `published` is not an ISO 8601 date: '2020-02-30'",
      file + ":9: `url` must be a string, not array",
      file + ":10: duplicate article id 'a' (first from " + file + ":1)",
      file + ":11: `id` is empty",
      file + ":12: `text` has only white space",
  };
  ASSERT_EQ(warnings().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(warnings()[i].rfind(expected[i], 0), 0u) << warnings()[i];
  }
  // The parser's own words say what is wrong, without its internal prefix.
  EXPECT_NE(warnings()[0].find("column"), std::string::npos) << warnings()[0];
  EXPECT_EQ(warnings()[0].find("json.exception"), std::string::npos) << warnings()[0];
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const text::Utf8Step step = text::decode_utf8(text, i);
    if (!step.valid) return false;
    i += step.length;
  }
  return true;
}

// Warnings reach the JSON output, which must be valid UTF-8 whatever the
// input held.
TEST_F(ReaderTest, JsonlWarningsStayValidUtf8) {
  // 81 bytes, quoted only in part; byte 60 is inside an "é".
  std::string long_date = "x";
  for (int i = 0; i < 40; ++i) long_date += "\u00e9";
  const std::string file = write("bytes.jsonl",
                                 "{\"id\":\"a\",\"text\":\"\xFF\xFE\"}\n"
                                 "{\"id\":\"b\",\"text\":\"t\",\"published\":\"" + long_date +
                                     "\"}\n");
  EXPECT_EQ(error_of({file}), "no valid article in 2 inputs (see warnings above)");
  ASSERT_EQ(warnings().size(), 2u);
  EXPECT_EQ(warnings()[0], file + ":1: malformed JSON (column 19: syntax error while parsing "
                                  "value - invalid string: ill-formed UTF-8 byte)");
  EXPECT_NE(warnings()[1].find("...'"), std::string::npos) << warnings()[1];
  for (const std::string& warning : warnings()) EXPECT_TRUE(is_valid_utf8(warning)) << warning;
}

TEST_F(ReaderTest, JsonlPublishedMustBeAnIsoDate) {
  const std::vector<std::pair<std::string, bool>> dates = {
      {"2020-12-01", true},          {"2020-12-01T09:15", true},  {"2024-02-29", true},
      {"2020-12-01T09:15:00Z", true}, {"2023-02-29", false},      {"2020-13-01", false},
      {"2020-12-00", false},         {"20201201", false},          {"12/01/2020", false},
      {"2020-12-01 09:15", false},   {"2020-12-01T9:15", false},   {"December 1, 2020", false},
  };
  std::string lines;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"t\",\"published\":\"" +
             dates[i].first + "\"}\n";
  }
  const auto articles = read({write("dates.jsonl", lines)});
  std::vector<std::string> accepted;
  for (const Article& article : articles) accepted.push_back(article.published);
  std::vector<std::string> expected;
  for (const auto& [date, valid] : dates) {
    if (valid) expected.push_back(date);
  }
  EXPECT_EQ(accepted, expected);
}

TEST_F(ReaderTest, JsonlLimitAppliesToTheWholeFile) {
  ReadOptions options;
  options.max_bytes = 64;
  const std::string line = "{\"id\":\"a\",\"text\":\"short\"}\n";  // 26 bytes
  const std::string file = write("lines.jsonl", line + line + line);
  EXPECT_EQ(error_of({file}, options),
            file + ": file is 78 bytes, over the 64 bytes limit; raise it with --max-file-size");
  options.max_bytes = 78;
  EXPECT_EQ(read({file}, options).size(), 1u);  // (and two duplicate ids)
}

TEST_F(ReaderTest, JsonFileLimitAppliesToTheWholeFile) {
  ReadOptions options;
  options.max_bytes = 39;
  const std::string file = write("batch.json", "[{\"id\":\"a\",\"text\":\"a text long enough\"}]");
  EXPECT_EQ(error_of({file}, options),
            file + ": file is 40 bytes, over the 39 bytes limit; raise it with --max-file-size");
}

// Every value the reader cannot use costs its line, never the batch.
TEST_F(ReaderTest, JsonlValuesTheReaderCannotUseSkipOnlyTheirLine) {
  const std::string file = write("hostile.jsonl",
                                 "{\"id\":\"a\",\"text\":\"first\"}\n"
                                 "{\"id\":\"b\",\"text\":\"t\",\"score\":1e999}\n"
                                 "{\"id\":\"c\",\"text\":\"t\",\"id\":\"d\"}\n"
                                 "{\"id\":\"e\",\"text\":42}\n"
                                 "{\"id\":\"f\",\"text\":{\"body\":\"t\"}}\n"
                                 "{\"id\":\"g\",\"text\":null}\n"
                                 "{\"id\":\"h\",\"text\":\"caf\xC3\"}\n"
                                 "{\"id\":\"i\",\"text\":\"t\",\"meta\":{\"k\":1,\"k\":2}}\n"
                                 "{\"id\":\"j\",\"text\":\"t\",\"n\":-1e400}\n"
                                 "{\"id\":\"k\",\"text\":\"last\"}\n");
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[1].id, "k");
  const std::vector<std::string> expected = {
      file + ":2: malformed JSON (number overflow parsing '1e999')",
      file + ":3: `id` is given twice",
      file + ":4: `text` must be a string, not number",
      file + ":5: `text` must be a string, not object",
      file + ":6: missing string field `text`",
      file + ":7: malformed JSON (column ",
      file + ":8: `k` is given twice in meta",
      file + ":9: malformed JSON (",
  };
  ASSERT_EQ(warnings().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(warnings()[i].rfind(expected[i], 0), 0u) << warnings()[i];
  }
  EXPECT_NE(warnings()[5].find("UTF-8"), std::string::npos) << warnings()[5];
  EXPECT_NE(warnings()[7].find("-1e400"), std::string::npos) << warnings()[7];
}

TEST_F(ReaderTest, JsonFileIsAnArrayOfArticles) {
  const std::string file = write("batch.json",
                                 "[{\"id\":\"a\",\"text\":\"first\",\"source\":\"Wire\"},\n"
                                 " {\"id\":\"b\",\"text\":7},\n"
                                 " {\"id\":\"c\",\"text\":\"t\",\"text\":\"u\"},\n"
                                 " \"not an object\",\n"
                                 " {\"id\":\"d\",\"text\":\"last\"}]\n");
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[0].source, "Wire");
  EXPECT_EQ(articles[0].path, file + ":[0]");
  EXPECT_EQ(articles[1].id, "d");
  EXPECT_EQ(articles[1].path, file + ":[4]");
  const std::vector<std::string> expected = {
      file + ":[1]: `text` must be a string, not number",
      file + ":[2]: `text` is given twice in [2]",
      file + ":[3]: expected a JSON object with string fields `id` and `text`, got string",
  };
  EXPECT_EQ(warnings(), expected);
}

TEST_F(ReaderTest, JsonFileMayBeAServiceRequestBody) {
  const std::string file = write("request.json",
                                 "{\"articles\": [{\"id\":\"a\",\"text\":\"first\"}, "
                                 "{\"id\":\"b\",\"text\":\"second\"}],"
                                 " \"options\": {\"words\": 50}}");
  const auto articles = read({file});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].path, file + ":articles[1]");
  EXPECT_TRUE(warnings().empty());
}

TEST_F(ReaderTest, JsonFileThatDoesNotParseIsOneProblem) {
  const std::string broken = write("broken.json", "[{\"id\":\"a\",\n \"text\": 1e999}]");
  EXPECT_EQ(error_of({broken}), broken + ": malformed JSON (number overflow parsing '1e999')");
  const std::string syntax = write("syntax.json", "[{\"id\":\"a\",\n \"text\": tru}]");
  EXPECT_EQ(error_of({syntax}).rfind(syntax + ": malformed JSON (line 2, column ", 0), 0u);
  const std::string twice = write("twice.json", "{\"articles\": [], \"articles\": []}");
  EXPECT_EQ(error_of({twice}), twice + ": `articles` is given twice");
  const std::string scalar = write("scalar.json", "42");
  EXPECT_EQ(error_of({scalar}),
            scalar + ": expected an array of articles or an object with an `articles` array, got number");
}

TEST_F(ReaderTest, JsonlWithOnlyBlankLinesIsAProblem) {
  const std::string file = write("blank.jsonl", "\n\n  \n");
  EXPECT_EQ(error_of({file}), file + ": file has only white space");
}

TEST_F(ReaderTest, JsonlAndFilesMixInOneBatch) {
  const std::string jsonl = write("a.jsonl", "{\"id\":\"x\",\"text\":\"from jsonl\"}\n");
  const std::string text = write("x.txt", "from file");
  const auto articles = read({jsonl, text, "-"}, {}, "from stdin");
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].path, jsonl + ":1");
  EXPECT_EQ(articles[1].id, "stdin");
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_EQ(warnings()[0], text + ": duplicate article id 'x' (first from " + jsonl + ":1)");
}

}  // namespace
}  // namespace chorus::ingest

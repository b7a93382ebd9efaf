#include "ingest/reader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include "chorus/error.h"
#include "ingest/file_check.h"
#include "ingest/json_input.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Reads go through a fixed buffer so a limit is enforced while reading, not
// after a huge input has already been pulled into memory.
constexpr std::size_t kChunk = 64 * 1024;

// Longest piece of a user's value quoted back in a message.
constexpr std::size_t kQuoteLimit = 60;

// The extension of `path` ("txt" for "a.TXT"), lower-cased; empty when none.
std::string extension_of(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension.empty() ? extension : text::ascii_lowered(std::string_view(extension).substr(1));
}

bool only_ascii_space(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), text::is_ascii_space);
}

// "812 bytes", "4.5 KB", "12.3 MB" (binary units, as the 10 MB default is).
std::string format_size(uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  const bool megabytes = bytes >= 1024 * 1024;
  const double value = static_cast<double>(bytes) / (megabytes ? 1024.0 * 1024.0 : 1024.0);
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string result = text;
  if (result.ends_with(".0")) result.resize(result.size() - 2);
  return result + (megabytes ? " MB" : " KB");
}

// "<where>: <what> is 12.3 MB, over the 10 MB limit; raise it with ...".
// Falls back to exact byte counts when rounding would print the same number.
// A stream's size is unknown (we stop reading at the limit): then "is over".
std::string over_limit(std::string_view where, std::string_view what,
                       std::optional<uint64_t> size, uint64_t limit) {
  std::string size_text = size ? format_size(*size) : std::string();
  std::string limit_text = format_size(limit);
  if (size && size_text == limit_text) {
    size_text = std::to_string(*size) + " bytes";
    limit_text = std::to_string(limit) + " bytes";
  }
  return std::string(where) + ": " + std::string(what) + " is " +
         (size ? size_text + ", over the " : std::string("over the ")) + limit_text +
         " limit; raise it with --max-file-size";
}

std::string quote(std::string_view value) {
  std::string quoted(1, '\'');
  if (value.size() <= kQuoteLimit) {
    quoted.append(value);
  } else {
    // Cut on a character boundary: warnings end up in JSON output, which
    // must stay valid UTF-8.
    quoted.append(text::utf8_prefix(value, kQuoteLimit));
    quoted += "...";
  }
  quoted += '\'';
  return quoted;
}

std::string system_message(int error_number) {
  return std::error_code(error_number, std::generic_category()).message();
}

// Reads all of `in`, at most `limit` bytes. Returns false when there is more.
bool read_bounded(std::istream& in, uint64_t limit, std::string& out) {
  std::array<char, kChunk> buffer;
  while (in) {
    in.read(buffer.data(), buffer.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (out.size() + got > limit) return false;
    out.append(buffer.data(), got);
  }
  return true;
}

bool is_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

// YYYY-MM-DD with a real month and day, optionally followed by "T" and a time
// starting hh:mm (seconds, fraction and zone are left to later stages).
bool is_iso_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return false;
  if (!is_digits(text.substr(0, 4)) || !is_digits(text.substr(5, 2)) ||
      !is_digits(text.substr(8, 2))) {
    return false;
  }
  const int year = number(text.substr(0, 4));
  const int month = number(text.substr(5, 2));
  const int day = number(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[static_cast<std::size_t>(month - 1)] || (month == 2 && day == 29 && !leap)) {
    return false;
  }
  if (text.size() == 10) return true;
  const std::string_view time = text.substr(10);
  if (time.size() < 6 || time[0] != 'T' || time[3] != ':') return false;
  if (!is_digits(time.substr(1, 2)) || !is_digits(time.substr(4, 2))) return false;
  return number(time.substr(1, 2)) <= 23 && number(time.substr(4, 2)) <= 59;
}

bool looks_like_html(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && text::is_ascii_space(bytes.front())) bytes.remove_prefix(1);
  const std::string head = text::ascii_lowered(bytes.substr(0, 512));
  if (head.starts_with("<!doctype html") || head.starts_with("<html")) return true;
  return head.starts_with("<?xml") && head.find("<html") != std::string::npos;
}

std::string id_from_url(std::string_view url) {
  constexpr std::size_t kLongest = 100;
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (url.starts_with("www.")) url.remove_prefix(4);
  std::string id;
  bool gap = false;
  for (const char c : url) {
    if (text::is_ascii_alpha(c) || (c >= '0' && c <= '9')) {
      if (id.size() + (gap && !id.empty() ? 2 : 1) > kLongest) break;
      if (gap && !id.empty()) id += '-';
      id += text::ascii_lower(c);
      gap = false;
    } else {
      gap = true;
    }
  }
  return id.empty() ? std::string("page") : id;
}

namespace {

// Copies string field `name` of `object` into `target`. A missing or null
// field is fine unless `required`. Returns the problem, or "" when none.
std::string take_string(const json& object, const char* name, bool required,
                        std::string& target) {
  const auto field = object.find(name);
  if (field == object.end() || field->is_null()) {
    if (!required) return {};
    if (std::string_view(name) == "text") return "missing string field `text` (or `html`, a web page)";
    return std::string("missing string field `") + name + "`";
  }
  if (!field->is_string()) {
    return std::string("`") + name + "` must be a string, not " + field->type_name();
  }
  target = field->get<std::string>();
  return {};
}

// The articles and problems of one read_articles call.
class Batch {
 public:
  Batch(const ReadOptions& options, Diagnostics& diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  const ReadOptions& options() const { return options_; }

  void problem(std::string message) {
    diagnostics_.warn(message);
    problems_.push_back(std::move(message));
  }

  // Ids must be unique in a batch: later stages key documents by id.
  void add(Article article) {
    const auto [first, inserted] = first_path_by_id_.try_emplace(article.id, article.path);
    if (!inserted) {
      problem(article.path + ": duplicate article id '" + article.id + "' (first from " +
              first->second + ")");
      return;
    }
    articles_.push_back(std::move(article));
  }

  std::vector<Article> finish() {
    if (!articles_.empty()) return std::move(articles_);
    if (problems_.empty()) {
      throw Error("no input given: name text files, .jsonl files, directories, or - for "
                  "standard input");
    }
    if (problems_.size() == 1) throw Error(problems_.front());
    throw Error("no valid article in " + std::to_string(problems_.size()) +
                " inputs (see warnings above)");
  }

 private:
  const ReadOptions& options_;
  Diagnostics& diagnostics_;
  std::vector<Article> articles_;
  std::vector<std::string> problems_;
  std::unordered_map<std::string, std::string> first_path_by_id_;
};

void read_standard_input(std::istream& in, Batch& batch) {
  Article article;
  // std::string temporaries, not string literals: GCC 12 at -O2 warns
  // (falsely, -Wrestrict, GCC PR 105329) on assigning a literal here.
  article.id = std::string("stdin");
  article.path = std::string("-");
  if (!read_bounded(in, batch.options().max_bytes, article.raw)) {
    batch.problem(over_limit("-", "standard input", std::nullopt, batch.options().max_bytes));
    return;
  }
  if (article.raw.empty()) return batch.problem("-: standard input is empty");
  if (only_ascii_space(article.raw)) return batch.problem("-: standard input has only white space");
  batch.add(std::move(article));
}

// The article a JSON object describes (a JSONL line, an element of a .json
// file); `where` names it in warnings and becomes the article's path.
void read_article_object(const json& object, const std::string& where, Batch& batch) {
  if (!object.is_object()) {
    return batch.problem(where + ": expected a JSON object with string fields `id` and `text`, "
                                 "got " + std::string(object.type_name()));
  }
  Article article;
  article.path = where;
  // A web page comes as `html` in place of `text`.
  const bool html = object.contains("html") && !object["html"].is_null();
  if (html && object.contains("text") && !object["text"].is_null()) {
    return batch.problem(where + ": give `text` or `html`, not both");
  }
  for (const ArticleField& field : kArticleFields) {
    const bool body = field.member == &Article::raw;
    std::string problem = take_string(object, body && html ? "html" : field.name, field.required,
                                      article.*field.member);
    if (!problem.empty()) return batch.problem(where + ": " + problem);
  }
  if (html) article.format = ArticleFormat::kHtml;
  const char* body = html ? "`html`" : "`text`";
  if (article.id.empty()) return batch.problem(where + ": `id` is empty");
  if (article.raw.empty()) return batch.problem(where + ": " + body + " is empty");
  if (only_ascii_space(article.raw)) return batch.problem(where + ": " + body + " has only white space");
  if (!article.published.empty() && !is_iso_date(article.published)) {
    return batch.problem(where + ": `published` is not an ISO 8601 date: " +
                         quote(article.published) +
                         " (expected YYYY-MM-DD, optionally followed by Thh:mm...)");
  }
  batch.add(std::move(article));
}

// One JSONL line (without its '\n'), numbered from 1. Any value the reader
// cannot use (bad syntax or UTF-8, a number out of range, a key given twice,
// a wrong type) skips the line with a warning; the batch goes on.
void read_jsonl_line(const std::string& path, std::size_t line_number, std::string_view line,
                     Batch& batch) {
  if (line.ends_with('\r')) line.remove_suffix(1);  // files written on Windows
  if (only_ascii_space(line)) return;
  const std::string where = path + ":" + std::to_string(line_number);
  const JsonInput input = parse_json_input(line);
  if (!input.error.empty()) {
    // One line is always line 1 to the parser: keep the column only.
    std::string_view message = input.error;
    constexpr std::string_view kLineOne = "line 1, ";
    if (message.starts_with(kLineOne)) message.remove_prefix(kLineOne.size());
    return batch.problem(where + ": malformed JSON (" + std::string(message) + ")");
  }
  if (!input.repeated_keys.empty()) return batch.problem(where + ": " + describe(input.repeated_keys.front()));
  read_article_object(input.value, where, batch);
}

void read_jsonl(const std::string& path, std::string_view content, Batch& batch) {
  std::size_t line_number = 0;
  while (!content.empty()) {
    const auto newline = content.find('\n');
    read_jsonl_line(path, ++line_number, content.substr(0, newline), batch);
    if (newline == std::string_view::npos) break;
    content.remove_prefix(newline + 1);
  }
}

// The element index a repeated key's place starts with ("[3]..." or
// "articles[3]..." for `array` "articles"); none when it is outside the array.
std::optional<std::size_t> element_of(std::string_view place, std::string_view array) {
  if (!place.starts_with(array) || place.size() <= array.size() + 1 || place[array.size()] != '[') {
    return std::nullopt;
  }
  const std::string_view rest = place.substr(array.size() + 1);
  const auto close = rest.find(']');
  if (close == std::string_view::npos || close == 0 || !is_digits(rest.substr(0, close))) return std::nullopt;
  std::size_t index = 0;
  for (const char c : rest.substr(0, close)) index = index * 10 + static_cast<std::size_t>(c - '0');
  return index;
}

// A .json file: an array of article objects, or an object whose `articles`
// holds that array (a service request body; its other fields are ignored).
// A bad element is skipped with a warning naming it ("a.json:[2]"); the file
// as a whole must parse.
void read_json(const std::string& path, std::string_view content, Batch& batch) {
  const JsonInput input = parse_json_input(content);
  if (!input.error.empty()) return batch.problem(path + ": malformed JSON (" + input.error + ")");
  const json* articles = &input.value;
  std::string array_name;
  if (input.value.is_object()) {
    const auto found = input.value.find("articles");
    if (found == input.value.end()) {
      return batch.problem(path + ": expected an array of articles or an object with an `articles` array");
    }
    articles = &*found;
    array_name = "articles";
  }
  if (!articles->is_array()) {
    return batch.problem(path + ": expected an array of articles or an object with an `articles` array, got " +
                         std::string(articles->type_name()));
  }
  std::unordered_map<std::size_t, std::string> repeated_in_element;
  for (const RepeatedKey& repeated : input.repeated_keys) {
    const auto element = element_of(repeated.in, array_name);
    if (!element) return batch.problem(path + ": " + describe(repeated));
    repeated_in_element.try_emplace(*element, describe(repeated));
  }
  if (articles->empty()) return batch.problem(path + ": no articles in the file");
  for (std::size_t i = 0; i < articles->size(); ++i) {
    const std::string where = path + ":" + array_name + "[" + std::to_string(i) + "]";
    if (const auto repeated = repeated_in_element.find(i); repeated != repeated_in_element.end()) {
      batch.problem(where + ": " + repeated->second);
      continue;
    }
    read_article_object((*articles)[i], where, batch);
  }
}

// A regular file, named as the user gave it (or as directory / name). The
// size limit applies to the whole file whatever its format (a JSONL or .json
// batch included), checked before reading: a 5 GB file is rejected without
// touching it.
void read_regular_file(const std::string& path, Batch& batch) {
  std::error_code error;
  const uint64_t size = fs::file_size(path, error);
  if (error) return batch.problem(path + ": cannot read (" + error.message() + ")");
  if (size == 0) return batch.problem(path + ": empty file");
  const uint64_t limit = batch.options().max_bytes;
  if (size > limit) return batch.problem(over_limit(path, "file", size, limit));

  std::ifstream in(path, std::ios::binary);
  if (!in) return batch.problem(path + ": cannot open (" + system_message(errno) + ")");
  std::string content;
  content.reserve(size);
  if (!read_bounded(in, limit, content)) {  // grew since we asked its size
    return batch.problem(over_limit(path, "file", std::nullopt, limit));
  }
  if (in.bad()) return batch.problem(path + ": read error (" + system_message(errno) + ")");
  if (only_ascii_space(content)) return batch.problem(path + ": file has only white space");

  const std::string extension = extension_of(path);
  if (extension == "jsonl") return read_jsonl(path, content, batch);
  if (extension == "json") return read_json(path, content, batch);
  Article article;
  if (extension == "html" || extension == "htm" || extension == "xhtml" || looks_like_html(content)) {
    article.format = ArticleFormat::kHtml;
  }
  article.raw = std::move(content);
  article.id = fs::path(path).stem().string();
  article.path = path;
  batch.add(std::move(article));
}

// A web page by URL: one fetch, bounded in time and size; a failure is one
// warning naming the URL and the batch goes on.
void read_url(const std::string& url, Batch& batch) {
  FetchOptions fetch = batch.options().fetch;
  fetch.max_bytes = batch.options().max_bytes;
  try {
    FetchedPage page = fetch_url(url, fetch);
    if (page.body.empty()) return batch.problem(url + ": empty page");
    Article article;
    article.id = id_from_url(url);
    article.path = url;
    article.url = page.final_url.empty() ? url : page.final_url;
    article.format = page.content_type == "text/plain" && !looks_like_html(page.body) ? ArticleFormat::kText
                                                                                       : ArticleFormat::kHtml;
    article.charset = std::move(page.charset);
    article.raw = std::move(page.body);
    batch.add(std::move(article));
  } catch (const Error& error) {
    batch.problem(error.what());
  }
}

// The .txt and .md files directly in `directory`, sorted by name so the
// order (and so the output) does not depend on the file system.
void read_directory(const std::string& directory, Batch& batch) {
  std::vector<std::string> names;
  std::error_code error;
  fs::directory_iterator entries(directory, error);
  for (; !error && entries != fs::directory_iterator(); entries.increment(error)) {
    const fs::directory_entry& entry = *entries;
    const std::string name = entry.path().filename().string();
    // Hidden files are skipped: editors and macOS ("._x.txt") leave them
    // beside real articles, and they are not what the user meant to read.
    if (name.starts_with('.')) continue;
    const std::string extension = extension_of(entry.path());
    if (extension != "txt" && extension != "md" && extension != "html" && extension != "htm") continue;
    std::error_code type_error;
    if (entry.is_regular_file(type_error)) names.push_back(name);
  }
  if (error) {
    return batch.problem(directory + ": cannot read directory (" + error.message() + ")");
  }
  if (names.empty()) return batch.problem(directory + ": no .txt, .md, .html or .htm files in directory");
  std::sort(names.begin(), names.end());  // byte order
  for (const std::string& name : names) {
    read_regular_file((fs::path(directory) / name).string(), batch);
  }
}

void read_path(const std::string& path, Batch& batch) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  switch (status.type()) {
    case fs::file_type::not_found:
      return batch.problem(path + ": no such file or directory");
    case fs::file_type::directory:
      return read_directory(path, batch);
    case fs::file_type::regular:
      return read_regular_file(path, batch);
    default:
      if (error) return batch.problem(path + ": cannot access (" + error.message() + ")");
      // A FIFO or device could block forever or never end; only "-" reads a stream.
      return batch.problem(input_file_problem(path) + "; use - to read standard input");
  }
}

}  // namespace

std::vector<Article> read_articles(const std::vector<std::string>& paths,
                                   const ReadOptions& options, Diagnostics& diagnostics,
                                   std::istream& standard_input) {
  Batch batch(options, diagnostics);
  for (const std::string& path : paths) {
    if (path == "-") read_standard_input(standard_input, batch);
    else if (is_url(path)) read_url(path, batch);
    else read_path(path, batch);
  }
  return batch.finish();
}

}  // namespace chorus::ingest

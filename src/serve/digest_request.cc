#include "serve/digest_request.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "ingest/json_input.h"
#include "ingest/reader.h"
#include "summarize/method.h"
#include "text/utf8.h"

namespace chorus::serve {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& message) { throw RequestError(400, message); }

bool only_space(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// A request's article may also say what `documents[].path` shows.
constexpr ingest::ArticleField kPathField{"path", &Article::path, false};

Article read_article(const json& object, const std::string& where) {
  if (!object.is_object()) bad(where + " must be an object with string fields `id` and `text`, not " + object.type_name());
  Article article;
  const auto take = [&](const ingest::ArticleField& field) {
    const auto value = object.find(field.name);
    if (value == object.end() || value->is_null()) {
      if (field.required) bad(where + ": missing string field `" + field.name + "`");
      return;
    }
    if (!value->is_string()) bad(where + "." + field.name + " must be a string, not " + value->type_name());
    article.*field.member = value->get<std::string>();
  };
  // A web page comes as `html` in place of `text`.
  const auto html = object.find("html");
  const bool is_html = html != object.end() && !html->is_null();
  if (is_html && object.contains("text") && !object["text"].is_null()) bad(where + ": give `text` or `html`, not both");
  for (const ingest::ArticleField& field : ingest::kArticleFields) {
    if (is_html && field.member == &Article::raw) {
      take(ingest::ArticleField{"html", &Article::raw, true});
      article.format = ArticleFormat::kHtml;
    } else {
      take(field);
    }
  }
  take(kPathField);
  if (article.id.empty()) bad(where + ".id is empty");
  if (article.raw.empty() || only_space(article.raw)) bad(where + (is_html ? ".html is empty" : ".text is empty"));
  if (!article.published.empty() && !ingest::is_iso_date(article.published)) {
    bad(where + ".published is not an ISO 8601 date (expected YYYY-MM-DD, optionally followed by Thh:mm...)");
  }
  if (article.path.empty()) article.path = where;
  return article;
}

void check_known(const json& object, std::initializer_list<std::string_view> known, const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string list;
    for (const std::string_view name : known) list += (list.empty() ? "" : ", ") + std::string(name);
    bad("unknown field `" + key + "` in " + where + " (known: " + list + ")");
  }
}

void read_options(const json& object, Options& options) {
  if (!object.is_object()) bad(std::string("options must be an object, not ") + object.type_name());
  check_known(object, {"words", "method", "support_threshold"}, "options");
  if (const auto words = object.find("words"); words != object.end()) {
    if (!words->is_number_integer() || words->get<long long>() < 1 || words->get<long long>() > 100000) {
      bad("options.words must be an integer from 1 to 100000");
    }
    options.summary_words = words->get<uint32_t>();
  }
  if (const auto method = object.find("method"); method != object.end()) {
    std::string names;
    bool known = false;
    for (const std::string_view name : summarize::method_names()) {
      names += (names.empty() ? "" : ", ") + std::string(name);
      known = known || (method->is_string() && method->get_ref<const std::string&>() == name);
    }
    if (!known) bad("options.method must be one of: " + names);
    options.method = method->get<std::string>();
  }
  if (const auto threshold = object.find("support_threshold"); threshold != object.end()) {
    if (!threshold->is_number() || threshold->get<double>() < 0 || threshold->get<double>() > 1) {
      bad("options.support_threshold must be a number from 0 to 1");
    }
    options.support_threshold = threshold->get<double>();
  }
}

DigestRequest read_request(std::string_view body, std::size_t max_articles) {
  const ingest::JsonInput input = ingest::parse_json_input(body);
  // Syntax, invalid UTF-8 and numbers out of range (1e999) alike.
  if (!input.error.empty()) bad("body is not valid JSON: " + input.error.substr(0, 200));
  // A key given twice would silently mean its last value: say which.
  if (!input.repeated_keys.empty()) bad(ingest::describe(input.repeated_keys.front()));
  const json& root = input.value;
  if (!root.is_object()) bad(std::string("body must be a JSON object with an `articles` array, not ") + root.type_name());
  check_known(root, {"articles", "options"}, "the body");
  const auto articles = root.find("articles");
  if (articles == root.end()) bad("missing field `articles`: an array of {\"id\", \"text\", ...} objects");
  if (!articles->is_array()) bad(std::string("`articles` must be an array, not ") + articles->type_name());
  if (articles->empty()) bad("`articles` is empty: send at least one article");
  if (articles->size() > max_articles) {
    throw RequestError(413, std::to_string(articles->size()) + " articles is over the limit of " +
                                std::to_string(max_articles) + " per request");
  }

  DigestRequest request;
  std::unordered_map<std::string, std::size_t> first_by_id;
  for (std::size_t i = 0; i < articles->size(); ++i) {
    const std::string where = "articles[" + std::to_string(i) + "]";
    Article article = read_article((*articles)[i], where);
    const auto [first, inserted] = first_by_id.emplace(article.id, i);
    if (!inserted) {
      // Cut on a character boundary: the message goes out as JSON, which must be valid UTF-8.
      bad(where + ".id '" + std::string(text::utf8_prefix(article.id, 60)) + "' repeats articles[" +
          std::to_string(first->second) + "].id");
    }
    request.articles.push_back(std::move(article));
  }
  if (const auto options = root.find("options"); options != root.end() && !options->is_null()) {
    read_options(*options, request.options);
  }
  return request;
}

}  // namespace

DigestRequest parse_digest_request(std::string_view body, std::size_t max_articles) {
  try {
    return read_request(body, max_articles);
  } catch (const json::exception& error) {
    // Every value is type-checked before use; should one slip through, it is
    // still the client's input, not a server fault.
    std::string message = error.what();
    if (const auto bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
    bad("unusable JSON value: " + message.substr(0, 200));
  }
}

}  // namespace chorus::serve

// The service's request parser on hostile bodies: every value it cannot use
// is a RequestError (400) naming the article and field, never anything that
// would become a 500.
#include "serve/digest_request.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace chorus::serve {
namespace {

constexpr std::size_t kMaxArticles = 100;

// The status and message parse_digest_request throws for `body`.
std::pair<int, std::string> rejection(std::string_view body) {
  try {
    parse_digest_request(body, kMaxArticles);
  } catch (const RequestError& error) {
    return {error.status(), error.what()};
  } catch (const std::exception& error) {
    ADD_FAILURE() << "not a RequestError: " << error.what();
    return {500, error.what()};
  }
  ADD_FAILURE() << "accepted: " << body;
  return {200, ""};
}

void expect_400(std::string_view body, std::string_view fragment) {
  const auto [status, message] = rejection(body);
  EXPECT_EQ(status, 400) << body;
  EXPECT_NE(message.find(fragment), std::string::npos) << "body: " << body << "\nmessage: " << message;
}

const std::string kGood = R"({"id": "a", "text": "A text."})";

TEST(ServeRequest, GoodRequestParses) {
  const DigestRequest request =
      parse_digest_request(R"({"articles": [)" + kGood + R"(], "options": {"support_threshold": 0.25}})", kMaxArticles);
  ASSERT_EQ(request.articles.size(), 1u);
  EXPECT_EQ(request.articles[0].path, "articles[0]");
  EXPECT_EQ(request.options.support_threshold, 0.25);
}

TEST(ServeRequest, NumbersOutOfRangeAreBadRequests) {
  expect_400(R"({"articles": [{"id": "a", "text": "t", "score": 1e999}]})", "number overflow parsing '1e999'");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"support_threshold": -1e999}})", "not valid JSON");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"words": 1e999}})", "not valid JSON");
}

TEST(ServeRequest, RepeatedKeysNameTheArticleAndField) {
  expect_400(R"({"articles": [)" + kGood + R"(, {"id": "b", "text": "t", "text": "u"}]})",
             "`text` is given twice in articles[1]");
  expect_400(R"({"articles": [)" + kGood + R"(], "articles": []})", "`articles` is given twice");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"words": 10, "words": 20}})",
             "`words` is given twice in options");
}

TEST(ServeRequest, WrongTypesNameTheArticleAndField) {
  expect_400(R"({"articles": [)" + kGood + R"(, {"id": "b", "text": 42}]})",
             "articles[1].text must be a string, not number");
  expect_400(R"({"articles": [{"id": "a", "text": {"body": "t"}}]})", "articles[0].text must be a string, not object");
  expect_400(R"({"articles": [{"id": "a", "text": null}]})", "articles[0]: missing string field `text`");
  expect_400(R"({"articles": [{"id": ["a"], "text": "t"}]})", "articles[0].id must be a string, not array");
  expect_400(R"({"articles": [null]})", "articles[0] must be an object");
  expect_400(R"({"articles": {"id": "a"}})", "`articles` must be an array");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"support_threshold": "high"}})",
             "options.support_threshold must be a number from 0 to 1");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"words": 18446744073709551615}})",
             "options.words must be an integer from 1 to 100000");
  expect_400(R"({"articles": [)" + kGood + R"(], "options": {"method": 3}})", "options.method must be one of");
}

TEST(ServeRequest, InvalidUtf8IsABadRequest) {
  expect_400("{\"articles\": [{\"id\": \"a\", \"text\": \"caf\xC3\"}]}", "UTF-8");
}

TEST(ServeRequest, RepeatedIdIsCutOnACharacterBoundary) {
  // 59 ASCII bytes then "é": a cut at 60 bytes would split it.
  const std::string id = std::string(59, 'x') + "\u00e9";
  const std::string article = R"({"id": ")" + id + R"(", "text": "t"})";
  const auto [status, message] = rejection(R"({"articles": [)" + article + "," + article + "]}");
  EXPECT_EQ(status, 400);
  EXPECT_NE(message.find("'" + std::string(59, 'x') + "' repeats articles[0].id"), std::string::npos) << message;
}

}  // namespace
}  // namespace chorus::serve

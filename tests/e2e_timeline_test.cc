// `chorus timeline` end to end on the shipped example: every format, the
// documents' dates, merged entries, a conflict, a postponed return, spans.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

std::string example() { return "'" + (source_dir() / "examples/lakeport").string() + "'"; }

TEST(CliTimeline, ShippedExampleInEveryFormat) {
  for (const std::string format : {"text", "md", "json"}) {
    const CommandResult result = run_chorus("timeline --format " + format + " " + example());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("2031-03-04"), std::string::npos) << format;
  }
  const CommandResult text = run_chorus("timeline " + example());
  EXPECT_NE(text.out.find("TIMELINE"), std::string::npos);
  EXPECT_EQ(run_chorus("timeline " + example()).out, text.out);  // deterministic
}

TEST(CliTimeline, ShippedExampleDatesAndEntries) {
  const CommandResult result = run_chorus("timeline --format json " + example());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  // Every report is dated: one by its dateline, the others from their text.
  for (const json& doc : out["documents"]) {
    EXPECT_EQ(doc["published"], "2031-03-05") << doc["id"];
    EXPECT_NE(doc["published_from"], "unknown");
  }
  EXPECT_EQ(out["documents"][2]["published_from"], "dateline");
  const json& timeline = out["timeline"];
  ASSERT_FALSE(timeline.empty());
  bool collapse = false, order_conflict = false, postponed = false, context = false;
  for (const json& e : timeline) {
    for (const char* key : {"date", "text", "docs", "status", "context"}) ASSERT_TRUE(e.contains(key)) << key;
    // The dam gave way on Tuesday: all five reports, one entry.
    if (e["date"] == "2031-03-04" && e["docs"].size() == 5) collapse = true;
    // The order to lower the reservoir: 27 February in three reports, 28 in one.
    if (e.contains("conflict") && e["date"] == "2031-02-27") {
      order_conflict = true;
      bool other = false;
      for (const json& c : e["conflict"]) other |= c["date"] == "2031-02-28";
      EXPECT_TRUE(other);
    }
    // The return planned for Friday 7 March, moved to Monday 10 March.
    if (e["date"] == "2031-03-07" && e["status"] == "scheduled" && e.value("actual", "") == "2031-03-10")
      postponed = true;
    if (e["context"] == true) context = true;
  }
  EXPECT_TRUE(collapse);
  EXPECT_TRUE(order_conflict);
  EXPECT_TRUE(postponed);
  EXPECT_TRUE(context);
}

TEST(CliTimeline, DigestJsonHasTheTimelineWithValidSpans) {
  const CommandResult result = run_chorus("digest --format json " + example());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json digest = json::parse(result.out);
  std::map<std::string, std::string> texts;
  for (const json& doc : digest["documents"]) texts[doc["id"]] = doc["text"];
  ASSERT_FALSE(digest["timeline"].empty());
  for (const json& e : digest["timeline"]) {
    const std::string& text = texts.at(e["doc"]);
    const size_t start = e["start"], end = e["end"];
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), e["text"].get<std::string>());
  }
  const CommandResult md = run_chorus("digest --format md " + example());
  EXPECT_NE(md.out.find("## Timeline"), std::string::npos);
}

TEST(CliTimeline, BadInputIsOneLine) {
  const CommandResult missing = run_chorus("timeline /nonexistent/path");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("/nonexistent/path"), std::string::npos);
  const CommandResult format = run_chorus("timeline --format xml " + example());
  EXPECT_EQ(format.exit_code, 2);
}

}  // namespace
}  // namespace chorus::testing

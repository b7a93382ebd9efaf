// End-to-end tests of the entities section: `chorus digest` and `chorus
// compare` in every format, the span invariant on every mention of every
// input, the groupings on the shipped example, the digest without a model,
// and the targets on the shared seeds (found by their shape, not their text).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace chorus::testing {
namespace {

using nlohmann::json;

// Every mention of every entity: the document text at its span is exactly
// its text, which is the entity's name or one of its aliases.
void expect_entity_spans_match(const json& out) {
  std::map<std::string, std::string> texts;
  for (const json& doc : out["documents"]) texts[doc["id"]] = doc["text"];
  for (const json& entity : out["entities"]) {
    std::set<std::string> names(entity["aliases"].begin(), entity["aliases"].end());
    names.insert(entity["name"].get<std::string>());
    ASSERT_FALSE(entity["mentions"].empty());
    std::set<std::string> docs;
    for (const json& mention : entity["mentions"]) {
      const std::string& text = texts.at(mention["doc"]);
      const size_t start = mention["start"], end = mention["end"];
      ASSERT_LT(start, end);
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), mention["text"].get<std::string>());
      EXPECT_TRUE(names.count(mention["text"])) << mention;
      docs.insert(mention["doc"]);
    }
    EXPECT_EQ(entity["documents"], docs.size());
  }
}

std::set<std::string> names_of(const json& entity) {
  std::set<std::string> names(entity["aliases"].begin(), entity["aliases"].end());
  names.insert(entity["name"].get<std::string>());
  return names;
}

json entity_named(const json& out, const std::string& name) {
  for (const json& entity : out["entities"])
    if (names_of(entity).count(name)) return entity;
  ADD_FAILURE() << "no entity named " << name;
  return json::object();
}

const std::filesystem::path kExample = source_dir() / "examples" / "lakeport";

// The name variants examples/README.md describes.
TEST(CliEntities, ShippedExampleGroupsNameVariants) {
  const json out = run_json("digest --format json " + quoted(kExample));
  expect_entity_spans_match(out);
  const json engineer = entity_named(out, "Kharlov");
  EXPECT_EQ(engineer["type"], "person");
  EXPECT_EQ(engineer["name"], "Yevgeny Kharlov");
  for (const char* name : {"Yevgeniy Kharlov", "Evgeni Harlov", "Harlov"}) EXPECT_TRUE(names_of(engineer).count(name)) << name;
  EXPECT_EQ(engineer["documents"], 4);
  const json governor = entity_named(out, "Ostvik");
  EXPECT_EQ(governor["name"], "Maren Ostvik");
  EXPECT_EQ(governor["role"], "Governor");
  EXPECT_TRUE(names_of(governor).count("Ostvick"));
  EXPECT_EQ(governor["documents"], 5);
  EXPECT_EQ(names_of(entity_named(out, "Dunmarrow")), (std::set<std::string>{"Dunmarrow", "Dunmarow"}));
  EXPECT_EQ(entity_named(out, "Dunmarrow")["type"], "place");
  EXPECT_TRUE(names_of(entity_named(out, "Lakeport")).count("Sorrinhavn"));
  const json council = entity_named(out, "R.D.C.");
  EXPECT_EQ(council["name"], "Regional Dams Council");
  EXPECT_EQ(council["documents"], 3);
  // Different people stay different entities.
  EXPECT_NE(entity_named(out, "Maren Ostvik")["name"], entity_named(out, "Tomas Brevik")["name"]);
  // Nothing from removed furniture: the byline's reporter is not an entity.
  for (const json& entity : out["entities"]) EXPECT_FALSE(names_of(entity).count("Liv Tanner"));
}

TEST(CliEntities, EveryFormatAndCompareAndDeterminism) {
  const CommandResult text = run_chorus("digest " + quoted(kExample));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("ENTITIES"), std::string::npos);
  EXPECT_NE(text.out.find("also: Ostvik, Ostvick"), std::string::npos) << text.out;
  const CommandResult md = run_chorus("digest --format md " + quoted(kExample));
  EXPECT_NE(md.out.find("## Entities"), std::string::npos);
  EXPECT_NE(md.out.find("| Maren Ostvik | person | Governor |"), std::string::npos) << md.out;
  const json compare = run_json("compare --format json " + quoted(kExample));
  expect_entity_spans_match(compare);
  EXPECT_FALSE(compare["entities"].empty());
  EXPECT_NE(run_chorus("compare " + quoted(kExample)).out.find("ENTITIES"), std::string::npos);
  const std::string args = "digest --format json " + quoted(kExample);
  EXPECT_EQ(run_chorus(args).out, run_chorus(args).out);
}

TEST(CliEntities, WithoutAModelTheDigestStillWorks) {
  const CommandResult result = run_chorus("digest --format json --ner-model /nonexistent/model.bin " + quoted(kExample));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const json out = json::parse(result.out);
  EXPECT_TRUE(out["entities"].empty());
  EXPECT_FALSE(out["summary"].empty());
  ASSERT_EQ(out["warnings"].size(), 1u);
  EXPECT_NE(out["warnings"][0].get<std::string>().find("no entities"), std::string::npos);
  EXPECT_NE(result.err.find("/nonexistent/model.bin"), std::string::npos);
}

TEST(CliEntities, SpansHoldOnJsonlAndOddInputs) {
  TempDir dir;
  const json a = {{"id", "a"},
                  {"text", "Gov. Lena Ostrom (Östrom in the old spelling) met the Coastal Fisheries Board (C.F.B.) in "
                           "Kessel.\nOstrom said the C.F.B. would report.\n"}};
  const json b = {{"id", "b"}, {"text", "Governor Lena Ostrum visited Kessel on Monday. Ostrum met fishermen.\n"}};
  const json c = {{"id", "c"}, {"text", "Home\nAll news\nShare this article\n"}};
  write_file(dir / "batch.jsonl", a.dump() + "\n" + b.dump() + "\n" + c.dump() + "\n");
  const json out = run_json("digest --format json " + quoted(dir / "batch.jsonl"));
  expect_entity_spans_match(out);
  EXPECT_EQ(entity_named(out, "Kessel")["documents"], 2);
}

// Spelling variants of one place end in one entity: no two place entities
// share a consonant skeleton (a check written apart from the library's key).
std::string skeleton(std::string name) {
  std::string out;
  for (char c : name) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c < 'a' || c > 'z' || std::string_view("aeiouyh").find(c) != std::string_view::npos) continue;
    if (c == 'c') c = 'j';
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

TEST(SharedSeeds, PlaceNamesSpeltSeveralWaysAreOneEntity) {
  const auto seeds = shared_dir() / "seeds";
  CHORUS_REQUIRE_SHARED(seeds);
  for (const char* command : {"digest", "compare"}) {
    const json out = run_json(std::string(command) + " --format json " + quoted(seeds));
    expect_entity_spans_match(out);
    std::map<std::string, std::string> place_of_skeleton;
    bool three_ways = false, two_ways = false, misspelt_region = false;
    for (const json& entity : out["entities"]) {
      if (entity["type"] != "place") continue;
      std::set<std::string> one_word;
      for (const std::string& name : names_of(entity))
        if (name.find_first_of(" -") == std::string::npos) one_word.insert(name);
      for (const std::string& name : one_word) {
        const auto [it, added] = place_of_skeleton.emplace(skeleton(name), entity["name"]);
        EXPECT_TRUE(added || it->second == entity["name"].get<std::string>()) << name << " apart from " << it->second;
      }
      // The district spelt three ways, the one spelt two ways (each a one-word name).
      if (one_word.size() == 3 && names_of(entity).size() == 3 && entity["documents"] >= 4) three_ways = true;
      if (one_word.size() == 2 && names_of(entity).size() == 2 && entity["documents"] >= 4) two_ways = true;
      // The region: a hyphenated name, its spaced form and a misspelling one letter off.
      std::set<std::string> hyphenated;
      for (const std::string& name : names_of(entity))
        if (name.find('-') != std::string::npos) hyphenated.insert(name);
      if (hyphenated.size() >= 2 && names_of(entity).size() >= 3 && entity["documents"] == 5) misspelt_region = true;
    }
    EXPECT_TRUE(three_ways) << out["entities"].dump(1);
    EXPECT_TRUE(two_ways);
    EXPECT_TRUE(misspelt_region);
  }
}

}  // namespace
}  // namespace chorus::testing

// Tests for entity mentions of a Document: the CoNLL-style tokenizer, and
// tag_entities with the shipped model — every mention's span text equals its
// surface form, on hand-made text, the examples and the shared seeds.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/lexicon.h"
#include "entities/entity_tagger.h"
#include "entities/ner_tokenizer.h"
#include "test_support.h"
#include "text/annotator.h"
#include "text/sentence_splitter.h"

namespace chorus::entities {
namespace {

using chorus::testing::read_file;
using chorus::testing::shared_dir;
using chorus::testing::source_dir;

std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<Span> spans;
  ner_tokenize(text, {0, static_cast<uint32_t>(text.size())}, spans);
  std::vector<std::string> out;
  uint32_t previous_end = 0;
  for (const Span& span : spans) {
    EXPECT_LT(span.begin, span.end);
    EXPECT_LE(previous_end, span.begin);
    EXPECT_LE(span.end, text.size());
    previous_end = span.end;
    out.emplace_back(span.of(text));
  }
  return out;
}

using Tokens = std::vector<std::string>;

TEST(NerTokenize, PunctuationApartAbbreviationsWhole) {
  EXPECT_EQ(tokens_of("(AP) The U.S. Army's chief, Gen. Smith, didn't say."),
            (Tokens{"(", "AP", ")", "The", "U.S.", "Army", "'s", "chief", ",", "Gen.", "Smith", ",", "did", "n't",
                    "say", "."}));
  EXPECT_EQ(tokens_of("Anglo-French talks in St. Louis, Mo., ended at 9 a.m."),
            (Tokens{"Anglo-French", "talks", "in", "St.", "Louis", ",", "Mo.", ",", "ended", "at", "9", "a.m."}));
  EXPECT_EQ(tokens_of("J. Smith said: \"Yes.\""), (Tokens{"J.", "Smith", "said", ":", "\"", "Yes", ".", "\""}));
}

TEST(NerTokenize, UnicodeQuotesDashesAndSpaces) {
  EXPECT_EQ(tokens_of("\u201CKestrava\u2019s\u201D forces\u2014and\u00A0allies\u2026"),
            (Tokens{"\u201C", "Kestrava", "\u2019s", "\u201D", "forces", "\u2014", "and", "allies", "\u2026"}));
  EXPECT_EQ(tokens_of("  \n "), Tokens{});
  EXPECT_EQ(tokens_of("..."), Tokens{"..."});
  EXPECT_EQ(tokens_of("\"\""), (Tokens{"\"", "\""}));
}

TEST(NerTokenize, StaysInsideTheRange) {
  const std::string text = "Before. Inside text here. After.";
  std::vector<Span> spans;
  ner_tokenize(text, {8, 25}, spans);
  ASSERT_FALSE(spans.empty());
  EXPECT_EQ(spans.front().begin, 8u);
  EXPECT_EQ(spans.back().end, 25u);
}

const NerModel& shipped_model() {
  static const NerModel model = NerModel::load(source_dir() / "data/ner/model.bin");
  return model;
}

// A Document of `text` with one paragraph per non-empty line, annotated.
Document annotated(std::string text) {
  Document doc;
  doc.text = std::move(text);
  uint32_t begin = 0;
  while (begin < doc.text.size()) {
    size_t end = doc.text.find('\n', begin);
    if (end == std::string::npos) end = doc.text.size();
    if (end > begin) doc.paragraphs.push_back({begin, static_cast<uint32_t>(end)});
    begin = static_cast<uint32_t>(end + 1);
  }
  Lexicon lexicon;
  text::SentenceSplitter splitter;
  text::annotate(doc, lexicon, splitter);
  return doc;
}

// The invariant: each mention's text is the document's text at its span, it
// lies within one sentence, starts and ends on a token, and mentions are in
// order without overlap.
void expect_mention_invariants(const Document& doc, const std::vector<EntityMention>& mentions) {
  uint32_t previous_end = 0;
  for (const EntityMention& mention : mentions) {
    EXPECT_EQ(doc.at(mention.span), mention.text);
    EXPECT_EQ(mention.text.data(), doc.text.data() + mention.span.begin);
    EXPECT_FALSE(mention.span.empty());
    EXPECT_LE(previous_end, mention.span.begin);
    previous_end = mention.span.end;
    bool inside = false;
    for (const Sentence& sentence : doc.sentences) inside = inside || sentence.span.contains(mention.span);
    EXPECT_TRUE(inside) << mention.text;
    std::vector<Span> tokens;
    ner_tokenize(doc.text, mention.span, tokens);
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(tokens.front().begin, mention.span.begin) << mention.text;
    EXPECT_EQ(tokens.back().end, mention.span.end) << mention.text;
  }
}

struct Found {
  std::string text;
  EntityType type;
  friend bool operator==(const Found&, const Found&) = default;
};

std::vector<Found> found(const std::vector<EntityMention>& mentions) {
  std::vector<Found> out;
  for (const EntityMention& m : mentions) out.push_back({std::string(m.text), m.type});
  return out;
}

TEST(TagEntities, FindsPeopleOrganizationsAndPlaces) {
  const Document doc = annotated(
      "Angela Merkel met officials of the United Nations in Geneva on Monday.\n"
      "The talks, Merkel said, were useful.\n");
  NerTagger tagger(shipped_model());
  const auto mentions = tag_entities(doc, tagger);
  expect_mention_invariants(doc, mentions);
  EXPECT_EQ(found(mentions), (std::vector<Found>{{"Angela Merkel", EntityType::kPerson},
                                                 {"United Nations", EntityType::kOrganization},
                                                 {"Geneva", EntityType::kLocation},
                                                 {"Merkel", EntityType::kPerson}}));
  EXPECT_EQ(tag_entities(doc, tagger), mentions);  // the tagger's scratch carries nothing over
}

TEST(TagEntities, EmptyDocumentHasNoMentions) {
  NerTagger tagger(shipped_model());
  EXPECT_TRUE(tag_entities(Document{}, tagger).empty());
  EXPECT_TRUE(tag_entities(annotated("   \n\n"), tagger).empty());
}

// Generated text of words, names, numbers, punctuation, quotes, dashes and
// non-ASCII letters: whatever the tagger finds must keep the invariants.
TEST(TagEntities, InvariantsHoldOnGeneratedText) {
  const std::vector<std::string> pieces = {
      "the", "said", "on", "Monday", "Kestrava", "U.S.", "Gen.", "O'Neill", "Zürich", "\u201C", "\u201D", "\u2019s",
      "(", ")", ",", ".", "\u2014", "--", "2,000", "MINISTRY", "of", "Defense", "'s", "n't", "\u00A0", "Ünal",
      "\"", "...", "New", "York", "-", "A.", "Inc."};
  std::mt19937 random(3);
  NerTagger tagger(shipped_model());
  for (int n = 0; n < 200; ++n) {
    std::string text;
    const size_t words = 1 + random() % 60;
    for (size_t i = 0; i < words; ++i) {
      text += pieces[random() % pieces.size()];
      const unsigned gap = random() % 10;
      text += gap == 0 ? "" : gap == 1 ? "\n" : " ";
    }
    const Document doc = annotated(text);
    SCOPED_TRACE(text);
    expect_mention_invariants(doc, tag_entities(doc, tagger));
  }
}

void expect_invariants_on_files(const std::filesystem::path& folder) {
  NerTagger tagger(shipped_model());
  size_t total = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const Document doc = annotated(read_file(entry.path()));
    const auto mentions = tag_entities(doc, tagger);
    SCOPED_TRACE(entry.path().string());
    expect_mention_invariants(doc, mentions);
    total += mentions.size();
  }
  EXPECT_GT(total, 10u);
}

TEST(TagEntities, SpansMatchSurfaceFormsOnTheExamples) { expect_invariants_on_files(source_dir() / "examples/lakeport"); }

TEST(TagEntities, SpansMatchSurfaceFormsOnTheSharedSeeds) {
  CHORUS_REQUIRE_SHARED(shared_dir() / "seeds");
  expect_invariants_on_files(shared_dir() / "seeds");
}

}  // namespace
}  // namespace chorus::entities

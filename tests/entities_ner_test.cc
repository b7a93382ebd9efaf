// Tests for the entity tagger's pieces: labels and CoNLL reading (IOB1 and
// IOB2), the gazetteer, feature extraction, the weight table against a
// std::unordered_map twin, training on a tiny hand-written corpus, and the
// model file's round trip and error paths.

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "chorus/error.h"
#include "entities/ner_corpus.h"
#include "entities/ner_features.h"
#include "entities/ner_gazetteer.h"
#include "entities/ner_hash.h"
#include "entities/ner_model.h"
#include "entities/ner_tagger.h"
#include "entities/ner_trainer.h"
#include "entities/ner_weights.h"
#include "test_support.h"

namespace chorus::entities {
namespace {

using chorus::testing::TempDir;
using chorus::testing::write_file;

constexpr auto kPer = EntityType::kPerson;
constexpr auto kOrg = EntityType::kOrganization;
constexpr auto kLoc = EntityType::kLocation;
constexpr auto kMisc = EntityType::kMisc;

std::vector<ConllTag> tags(std::initializer_list<const char*> names) {
  std::vector<ConllTag> out;
  for (const std::string name : names) {
    if (name == "O")
      out.push_back({});
    else
      out.push_back({name[0], *entity_type_from_name(name.substr(2))});
  }
  return out;
}

// ---- labels and chunks -----------------------------------------------------

TEST(NerLabels, ChunksAndLabelsRoundTrip) {
  const std::vector<TokenChunk> chunks = {{0, 2, kPer}, {2, 3, kPer}, {4, 7, kOrg}, {7, 8, kMisc}};
  const auto labels = labels_from_chunks(chunks, 9);
  std::vector<std::string> names;
  for (const Label label : labels) names.push_back(label_name(label));
  EXPECT_EQ(names, (std::vector<std::string>{"B-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-MISC",
                                             "O"}));
  EXPECT_EQ(chunks_from_labels(labels), chunks);
}

TEST(NerLabels, InsideOnlyContinuesItsOwnType) {
  const Label b_per = make_label(kPer, LabelPart::kBegin);
  const Label i_per = make_label(kPer, LabelPart::kInside);
  const Label i_loc = make_label(kLoc, LabelPart::kInside);
  EXPECT_TRUE(allowed_after(b_per, i_per));
  EXPECT_TRUE(allowed_after(i_per, i_per));
  EXPECT_FALSE(allowed_after(kOutside, i_per));
  EXPECT_FALSE(allowed_after(b_per, i_loc));
  EXPECT_TRUE(allowed_after(i_loc, b_per));
  // Ill-formed input still decodes: a stray I starts an entity.
  const std::vector<Label> labels = {kOutside, i_loc, i_per, i_per};
  EXPECT_EQ(chunks_from_labels(labels), (std::vector<TokenChunk>{{1, 2, kLoc}, {2, 4, kPer}}));
}

TEST(NerLabels, BestAllowedLabelRespectsTheConstraint) {
  std::vector<float> scores(kLabelCount, 0.0f);
  scores[make_label(kOrg, LabelPart::kInside)] = 5;
  scores[make_label(kOrg, LabelPart::kBegin)] = 3;
  EXPECT_EQ(best_allowed_label(scores.data(), kOutside), make_label(kOrg, LabelPart::kBegin));
  EXPECT_EQ(best_allowed_label(scores.data(), make_label(kOrg, LabelPart::kBegin)),
            make_label(kOrg, LabelPart::kInside));
  std::vector<float> ties(kLabelCount, 1.0f);
  EXPECT_EQ(best_allowed_label(ties.data(), kOutside), kOutside);  // ties go to the lower label
}

// ---- CoNLL reading ---------------------------------------------------------

TEST(NerCorpus, ReadsDocumentsSentencesAndTags) {
  const std::string text =
      "Alpha NNP I-NP I-ORG\nsaid VBD I-VP O\n\n"
      "Bravo NNP I-NP I-PER\nCharlie NNP I-NP I-PER\n\n"
      "-DOCSTART- -X- O O\n\n"
      "Delta NNP I-NP B-LOC\n"
      "-DOCSTART- -X- O O\n";  // as in the shared copy: a DOCSTART at the end
  const ConllCorpus corpus = parse_conll(text, "mem");
  ASSERT_EQ(corpus.documents.size(), 2u);
  ASSERT_EQ(corpus.documents[0].sentences.size(), 2u);
  EXPECT_EQ(corpus.documents[0].sentences[1].words, (std::vector<std::string>{"Bravo", "Charlie"}));
  EXPECT_EQ(corpus.documents[0].sentences[1].line, 4u);
  EXPECT_EQ(corpus.documents[1].sentences[0].tags, tags({"B-LOC"}));
  EXPECT_EQ(corpus.token_count, 5u);
}

TEST(NerCorpus, TwoColumnLinesAndWindowsLineEnds) {
  const ConllCorpus corpus = parse_conll("Alpha B-ORG\r\nsaid O\r\n", "mem");
  ASSERT_EQ(corpus.documents.size(), 1u);
  EXPECT_EQ(corpus.documents[0].sentences[0].tags, tags({"B-ORG", "O"}));
}

TEST(NerCorpus, Iob1AndIob2GiveTheSameEntities) {
  // IOB1: I- throughout, B- only where two entities of one type touch.
  const auto iob1 = tags({"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG", "O"});
  const auto iob2 = tags({"B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "I-ORG", "O"});
  const std::vector<TokenChunk> expected = {{0, 2, kPer}, {2, 3, kPer}, {4, 5, kLoc}, {5, 7, kOrg}};
  EXPECT_EQ(conll_chunks(iob1), expected);
  EXPECT_EQ(conll_chunks(iob2), expected);
  // An I after an entity of another type starts a new one, as in conlleval.
  EXPECT_EQ(conll_chunks(tags({"B-PER", "I-ORG"})), (std::vector<TokenChunk>{{0, 1, kPer}, {1, 2, kOrg}}));
}

TEST(NerCorpus, MalformedLinesNameFileAndLine) {
  try {
    parse_conll("Alpha NNP I-NP I-ORG\nlonely\n", "gold.conll");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("gold.conll:2:"), std::string::npos) << e.what();
  }
  try {
    parse_conll("\nAlpha NNP I-NP I-FOO\n", "gold.conll");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("gold.conll:2: bad entity tag 'I-FOO'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_conll("Alpha X-PER\n", "g"), Error);
  EXPECT_THROW(parse_conll("Alpha B-\n", "g"), Error);
}

TEST(NerCorpus, UnreadableOrEmptyFilesAreErrorsNamingThem) {
  TempDir dir;
  const auto missing = dir / "missing.conll";
  try {
    read_conll(missing);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(missing.string()), std::string::npos);
  }
  EXPECT_THROW(read_conll(dir.path()), Error);
  write_file(dir / "empty.conll", "\n-DOCSTART- -X- O O\n\n");
  EXPECT_THROW(read_conll(dir / "empty.conll"), Error);
}

// ---- gazetteer -------------------------------------------------------------

TEST(NerGazetteer, LongestMatchFromACapitalizedWord) {
  GazetteerBuilder builder;
  builder.add_phrase("New York", kGazSubdivision);
  builder.add_phrase("New York City", kGazLocation);
  builder.add_phrase("Chad", kGazCountry);
  const Gazetteer gazetteer = builder.build();
  const std::vector<std::string_view> words = {"in", "NEW", "York", "City", "and", "chad", "Chad"};
  std::vector<uint8_t> begins(words.size()), insides(words.size());
  gazetteer.match(words, begins, insides);
  EXPECT_EQ(begins, (std::vector<uint8_t>{0, kGazLocation, 0, 0, 0, 0, kGazCountry}));
  EXPECT_EQ(insides, (std::vector<uint8_t>{0, 0, kGazLocation, kGazLocation, 0, 0, 0}));
}

// The twin: for every start, try every length against the phrase strings.
TEST(NerGazetteer, MatchAgreesWithBruteForce) {
  const std::vector<std::string> vocabulary = {"Red", "river", "Valley", "North", "of", "the", "Lake", "Port"};
  std::mt19937 random(5);
  auto random_words = [&](size_t count) {
    std::vector<std::string> words;
    for (size_t i = 0; i < count; ++i) words.push_back(vocabulary[random() % vocabulary.size()]);
    return words;
  };
  auto lower = [](std::string word) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
  };
  GazetteerBuilder builder;
  std::map<std::string, uint8_t> phrases;  // lower-cased, space-separated
  for (int p = 0; p < 40; ++p) {
    std::string phrase;
    for (const auto& word : random_words(1 + random() % 4)) phrase += (phrase.empty() ? "" : " ") + word;
    const uint8_t classes = static_cast<uint8_t>(1u << (random() % 5));
    builder.add_phrase(phrase, classes);
    phrases[lower(phrase)] |= classes;
  }
  const Gazetteer gazetteer = builder.build();
  for (int t = 0; t < 300; ++t) {
    const std::vector<std::string> text = random_words(12);
    const std::vector<std::string_view> words(text.begin(), text.end());
    std::vector<uint8_t> begins(words.size()), insides(words.size());
    gazetteer.match(words, begins, insides);
    std::vector<uint8_t> expected_begins(words.size()), expected_insides(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
      if (std::islower(static_cast<unsigned char>(words[i][0]))) continue;
      size_t best_end = 0;
      uint8_t best = 0;
      std::string phrase;
      for (size_t j = i; j < words.size(); ++j) {
        phrase += (j > i ? " " : "") + lower(text[j]);
        const auto found = phrases.find(phrase);
        if (found != phrases.end()) {
          best = found->second;
          best_end = j + 1;
        }
      }
      expected_begins[i] |= best;
      for (size_t k = i + 1; k < best_end; ++k) expected_insides[k] |= best;
    }
    ASSERT_EQ(begins, expected_begins);
    ASSERT_EQ(insides, expected_insides);
  }
}

TEST(NerGazetteer, ReadsDebianSourcesAndRoundTrips) {
  TempDir dir;
  write_file(dir / "3166-1.json",
             R"({"3166-1": [{"name": "Korea, Republic of", "common_name": "South Korea"}, {"name": "Chad"}]})");
  write_file(dir / "3166-2.json", R"({"3166-2": [{"code": "XX-1", "name": "Upper Valley"}]})");
  write_file(dir / "data.noun",
             "  1 this is a license line\n"
             "00001 18 n 02 Ada_Lovelace 0 Lovelace 0 000 | a person\n"
             "00002 15 n 01 Lake_Placid 0 000 | a place\n"
             "00003 05 n 01 Rover 0 000 | not a proper-noun file\n");
  write_file(dir / "words", "Ada\nAda's\nlake\n");
  GazetteerSources sources;
  sources.iso_3166_1 = dir / "3166-1.json";
  sources.iso_3166_3.clear();
  sources.iso_3166_2 = dir / "3166-2.json";
  sources.wordnet_nouns = dir / "data.noun";
  sources.words = dir / "words";
  const Gazetteer gazetteer = Gazetteer::from_sources(sources);
  auto classes_of = [&](std::vector<std::string_view> words) {
    std::vector<uint8_t> begins(words.size()), insides(words.size());
    gazetteer.match(words, begins, insides);
    return begins[0];
  };
  EXPECT_EQ(classes_of({"Korea"}), kGazCountry);
  EXPECT_EQ(classes_of({"South", "Korea"}), kGazCountry);
  EXPECT_EQ(classes_of({"Upper", "Valley"}), kGazSubdivision);
  EXPECT_EQ(classes_of({"Ada", "Lovelace"}), kGazPerson);
  EXPECT_EQ(classes_of({"Lake", "Placid"}), kGazLocation);
  EXPECT_EQ(classes_of({"Rover"}), 0);
  EXPECT_EQ(gazetteer.word_classes("ADA"), kGazProperWord);
  EXPECT_EQ(gazetteer.word_classes("Lake"), kGazCommonWord);
  EXPECT_EQ(gazetteer.word_classes("Ada's"), 0);

  const Gazetteer copy = Gazetteer::from_entries(gazetteer.entries());
  EXPECT_EQ(copy.entries(), gazetteer.entries());

  sources.words = dir / "no-such-list";
  try {
    Gazetteer::from_sources(sources);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-list"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("wamerican"), std::string::npos);
  }
}

// ---- features --------------------------------------------------------------

TEST(NerFeatures, CaseAndShape) {
  EXPECT_EQ(word_case("Reuters"), WordCase::kTitle);
  EXPECT_EQ(word_case("EU"), WordCase::kUpper);
  EXPECT_EQ(word_case("U.S."), WordCase::kUpper);
  EXPECT_EQ(word_case("rain"), WordCase::kLower);
  EXPECT_EQ(word_case("McDonald"), WordCase::kMixed);
  EXPECT_EQ(word_case("1996-08-22"), WordCase::kDigits);
  EXPECT_EQ(word_case(","), WordCase::kOther);
  EXPECT_EQ(word_shape("Reuters", false), "Xxxxxxx");
  EXPECT_EQ(word_shape("Reuters", true), "Xx");
  EXPECT_EQ(word_shape("U.S.", true), "X.X.");
  EXPECT_EQ(word_shape("1996-08-22", true), "d-d-d");
  EXPECT_EQ(word_shape("Zürich", false), "Xuxxxx");  // one u per non-ASCII character
  EXPECT_EQ(word_shape("Supercalifragilisticexpialidocious", false).size(), 16u);
}

// The hot path hashes shapes without building them; its twin builds them.
TEST(NerFeatures, ShapeHashAgreesWithTheShape) {
  std::mt19937 random(11);
  const std::string alphabet = "aAbZ09.-'\xC3\xA9\xE2\x80\x99";
  for (int n = 0; n < 5000; ++n) {
    std::string word;
    const size_t length = random() % 24;
    for (size_t i = 0; i < length; ++i) word.push_back(alphabet[random() % alphabet.size()]);
    for (const bool collapse : {false, true})
      ASSERT_EQ(word_shape_hash(word, collapse), hash_bytes(word_shape(word, collapse))) << word;
  }
}

struct FeatureRun {
  std::vector<std::string> storage;
  NerDocument doc;
};

FeatureRun make_doc(std::vector<std::vector<std::string>> sentences) {
  FeatureRun run;
  for (auto& sentence : sentences)
    for (auto& word : sentence) run.storage.push_back(word);
  size_t at = 0;
  for (const auto& sentence : sentences) {
    for (size_t i = 0; i < sentence.size(); ++i) run.doc.words.push_back(run.storage[at++]);
    run.doc.sentence_ends.push_back(static_cast<uint32_t>(run.doc.words.size()));
  }
  return run;
}

std::vector<uint32_t> features_of(const Gazetteer& gazetteer, const NerDocument& doc, uint32_t sentence,
                                  uint32_t word, Label previous = kOutside) {
  NerFeatures features(gazetteer);
  features.start_document(doc);
  const uint32_t begin = sentence == 0 ? 0 : doc.sentence_ends[sentence - 1];
  features.start_sentence(doc, begin, doc.sentence_ends[sentence]);
  std::vector<uint32_t> keys;
  features.token_features(word, previous, kOutside, keys);
  return keys;
}

TEST(NerFeatures, TitleCaseHeadlinesAreRecognized) {
  using Words = std::vector<std::string_view>;
  EXPECT_TRUE(is_title_case_headline(Words{"Man", "Who", "Fled", "the", "City", "Loses", "Appeal"}));
  EXPECT_TRUE(is_title_case_headline(Words{"Rebels", "Take", "Back", "Two", "Towns", "In", "The", "North"}));
  // No capitalized function word: names can look like this.
  EXPECT_FALSE(is_title_case_headline(Words{"Trump", "Threatens", "Russia", "Sanctions"}));
  // Running text, and short lines.
  EXPECT_FALSE(is_title_case_headline(Words{"The", "talks", "in", "Geneva", "ended", "on", "Monday", "."}));
  EXPECT_FALSE(is_title_case_headline(Words{"Of", "The", "Year"}));
}

TEST(NerFeatures, TitleCaseHeadlineLooksLikeOneInCapitals) {
  const Gazetteer gazetteer;
  const FeatureRun title = make_doc({{"Rebels", "Take", "Back", "Two", "Towns", "In", "The", "North"}});
  const FeatureRun upper = make_doc({{"REBELS", "TAKE", "BACK", "TWO", "TOWNS", "IN", "THE", "NORTH"}});
  for (uint32_t i = 0; i < 8; ++i) EXPECT_EQ(features_of(gazetteer, title.doc, 0, i), features_of(gazetteer, upper.doc, 0, i));
}

TEST(NerFeatures, DeterministicAndSensitiveToContextAndHistory) {
  const Gazetteer gazetteer;
  const FeatureRun a = make_doc({{"Rain", "fell", "in", "Paris", "."}});
  const auto keys = features_of(gazetteer, a.doc, 0, 3);
  EXPECT_EQ(keys, features_of(gazetteer, a.doc, 0, 3));
  EXPECT_GT(keys.size(), 25u);
  // Another previous label changes the dynamic features only.
  const auto after_org = features_of(gazetteer, a.doc, 0, 3, make_label(kOrg, LabelPart::kBegin));
  EXPECT_NE(keys, after_org);
  EXPECT_EQ(std::vector<uint32_t>(keys.begin(), keys.end() - 4),
            std::vector<uint32_t>(after_org.begin(), after_org.end() - 4));
  // "rain" written lower case elsewhere in the document changes the evidence
  // for the sentence-initial "Rain".
  const FeatureRun b = make_doc({{"Rain", "fell", "in", "Paris", "."}, {"The", "rain", "stopped", "."}});
  EXPECT_NE(features_of(gazetteer, a.doc, 0, 0), features_of(gazetteer, b.doc, 0, 0));

  // What a word was tagged earlier in the document becomes a feature.
  NerFeatures features(gazetteer);
  const FeatureRun c = make_doc({{"Paris", "won", "."}, {"Paris", "lost", "."}});
  features.start_document(c.doc);
  features.start_sentence(c.doc, 3, 6);
  std::vector<uint32_t> before, after;
  features.token_features(0, kOutside, kOutside, before);
  features.start_sentence(c.doc, 0, 3);
  features.record(0, make_label(kOrg, LabelPart::kBegin));
  features.start_sentence(c.doc, 3, 6);
  features.token_features(0, kOutside, kOutside, after);
  EXPECT_EQ(after.size(), before.size() + 2);
}

TEST(NerFeatures, SecondPassSeesTheWholeDocumentsFirstLabels) {
  const Gazetteer gazetteer;
  const FeatureRun run = make_doc({{"Acme", "won", "."}, {"Acme", "lost", "."}});
  NerFeatures features(gazetteer);
  std::vector<uint32_t> one_pass, later_org, later_loc;
  features.start_document(run.doc);
  features.start_sentence(run.doc, 0, 3);
  features.token_features(0, kOutside, kOutside, one_pass);
  // The first "Acme" sees what the first pass said about the second.
  const Label org = make_label(kOrg, LabelPart::kBegin), loc = make_label(kLoc, LabelPart::kBegin);
  const std::vector<Label> first_org = {org, kOutside, kOutside, org, kOutside, kOutside};
  const std::vector<Label> first_loc = {org, kOutside, kOutside, loc, kOutside, kOutside};
  features.start_document(run.doc, first_org);
  features.start_sentence(run.doc, 0, 3);
  features.token_features(0, kOutside, kOutside, later_org);
  features.start_document(run.doc, first_loc);
  features.start_sentence(run.doc, 0, 3);
  features.token_features(0, kOutside, kOutside, later_loc);
  EXPECT_EQ(later_org.size(), one_pass.size() + 4);  // own label, window, the word elsewhere (two)
  EXPECT_EQ(later_loc.size(), later_org.size());
  EXPECT_NE(later_org, later_loc);
}

// ---- weight table ----------------------------------------------------------

TEST(NerWeights, KeyIndexAgreesWithUnorderedMap) {
  std::mt19937 random(7);
  KeyIndex index;
  std::unordered_map<uint32_t, uint32_t> twin;
  for (int i = 0; i < 50000; ++i) {
    const uint32_t key = random() % 100000;  // many repeats
    const uint32_t row = index.insert(key);
    const auto [it, added] = twin.try_emplace(key, static_cast<uint32_t>(twin.size()));
    ASSERT_EQ(row, it->second);
  }
  EXPECT_EQ(index.size(), twin.size());
  for (uint32_t key = 0; key < 110000; ++key) {
    const auto found = twin.find(key);
    ASSERT_EQ(index.find(key), found == twin.end() ? KeyIndex::kMissing : found->second) << key;
  }
}

TEST(NerWeights, SumsTheRowsOfKnownKeys) {
  std::vector<float> rows(2 * kLabelCount, 0.0f);
  rows[1] = 2;
  rows[kLabelCount + 1] = 0.5f;
  rows[kLabelCount + 3] = -1;
  const NerWeights weights({10, 20}, rows);
  std::vector<float> scores(kLabelCount, 0.0f);
  const std::vector<uint32_t> keys = {10, 99, 20};
  weights.add_scores(keys, scores.data());
  EXPECT_FLOAT_EQ(scores[1], 2.5f);
  EXPECT_FLOAT_EQ(scores[3], -1.0f);
  EXPECT_THROW(NerWeights({1, 1}, rows), Error);
  EXPECT_THROW(NerWeights({1}, rows), Error);
}

// ---- training and the model file -------------------------------------------

// A tiny invented corpus: people say things, meetings happen in places,
// companies post results. The tagger must learn the contexts, not the names.
std::string tiny_corpus() {
  const std::vector<std::pair<std::string, std::string>> people = {
      {"Alvin", "Brokaw"}, {"Mira", "Dessen"}, {"Otto", "Lanric"}, {"Sela", "Varga"}, {"Ivo", "Pemberl"},
      {"Nadia", "Frost"},  {"Tomas", "Quill"}, {"Lena", "Marsh"}};
  const std::vector<std::string> places = {"Korvia", "Daltmoor", "Estrand", "Pelago", "Rumsk", "Ulvik", "Brenne",
                                           "Sarth"};
  const std::vector<std::string> companies = {"Hexacorp", "Nortel", "Zenbank", "Corvex", "Altima", "Quorra",
                                              "Mentis", "Vantor"};
  std::string text;
  for (size_t i = 0; i < people.size(); ++i) {
    text += "-DOCSTART- -X- O O\n\n";
    text += people[i].first + " NNP I-NP I-PER\n" + people[i].second + " NNP I-NP I-PER\nsaid VBD I-VP O\n" +
            "on IN I-PP O\nMonday NNP I-NP O\n. . O O\n\n";
    text += "Talks DT I-NP O\nwere VBD I-VP O\nheld VBN I-VP O\nin IN I-PP O\n" + places[i] +
            " NNP I-NP I-LOC\n. . O O\n\n";
    text += "Shares NNS I-NP O\nof IN I-PP O\n" + companies[i] + " NNP I-NP I-ORG\nInc NNP I-NP I-ORG\n" +
            "rose VBD I-VP O\n. . O O\n\n";
  }
  return text;
}

NerTrainOptions tiny_options() {
  NerTrainOptions options;
  options.epochs = 8;
  options.prune_below = 0;
  return options;
}

std::vector<TokenChunk> tag_sentence(const NerModel& model, std::vector<std::string> words) {
  FeatureRun run = make_doc({std::move(words)});
  NerTagger tagger(model);
  const auto labels = tagger.tag(run.doc);
  return chunks_from_labels(labels);
}

TEST(NerTrainer, LearnsContextsFromATinyCorpus) {
  const ConllCorpus corpus = parse_conll(tiny_corpus(), "tiny");
  NerTrainReport report;
  const NerModel model = train_ner(corpus, Gazetteer{}, tiny_options(), &report);
  ASSERT_EQ(report.epoch_accuracy.size(), 8u);
  EXPECT_GT(report.epoch_accuracy.back(), report.epoch_accuracy.front());
  EXPECT_DOUBLE_EQ(report.epoch_accuracy.back(), 1.0);
  EXPECT_GT(model.first().size(), 0u);
  EXPECT_GT(model.second().size(), 0u);
  // Names never seen in training, in the contexts it was trained on.
  EXPECT_EQ(tag_sentence(model, {"Doran", "Felk", "said", "on", "Monday", "."}),
            (std::vector<TokenChunk>{{0, 2, kPer}}));
  EXPECT_EQ(tag_sentence(model, {"Talks", "were", "held", "in", "Pardubal", "."}),
            (std::vector<TokenChunk>{{4, 5, kLoc}}));
  EXPECT_EQ(tag_sentence(model, {"Shares", "of", "Gloxen", "Inc", "rose", "."}),
            (std::vector<TokenChunk>{{2, 4, kOrg}}));
}

TEST(NerTrainer, SameCorpusAndOptionsGiveTheSameBytes) {
  const ConllCorpus corpus = parse_conll(tiny_corpus(), "tiny");
  const std::string first = train_ner(corpus, Gazetteer{}, tiny_options()).serialize();
  EXPECT_EQ(first, train_ner(corpus, Gazetteer{}, tiny_options()).serialize());
  NerTrainOptions other = tiny_options();
  other.seed = 99;
  EXPECT_NE(first, train_ner(corpus, Gazetteer{}, other).serialize());
}

TEST(NerTrainer, ReportsProgressAfterEachPass) {
  const ConllCorpus corpus = parse_conll(tiny_corpus(), "tiny");
  for (const int folds : {0, 3}) {
    NerTrainOptions options = tiny_options();
    options.second_pass_folds = folds;
    std::vector<std::pair<size_t, size_t>> calls;
    options.progress = [&](size_t done, size_t total) { calls.emplace_back(done, total); };
    train_ner(corpus, Gazetteer{}, options);
    const size_t passes = folds > 1 ? 2 + static_cast<size_t>(folds) : 1;  // first, each fold, second
    ASSERT_EQ(calls.size(), passes) << folds;
    for (size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i], std::make_pair(i + 1, passes)) << folds;
  }
}

TEST(NerTrainer, RejectsEmptyCorpusAndZeroEpochs) {
  EXPECT_THROW(train_ner(ConllCorpus{}, Gazetteer{}, NerTrainOptions{}), Error);
  NerTrainOptions none;
  none.epochs = 0;
  EXPECT_THROW(train_ner(parse_conll(tiny_corpus(), "tiny"), Gazetteer{}, none), Error);
}

TEST(NerModel, FileRoundTripAndErrors) {
  GazetteerBuilder gazetteer;
  gazetteer.add_phrase("Korvia", kGazCountry);
  const NerModel model = train_ner(parse_conll(tiny_corpus(), "tiny"), gazetteer.build(), tiny_options());
  TempDir dir;
  const auto path = dir / "sub" / "model.bin";
  model.save(path);
  const NerModel loaded = NerModel::load(path);
  EXPECT_EQ(loaded.serialize(), model.serialize());
  EXPECT_EQ(loaded.gazetteer().entries(), model.gazetteer().entries());
  EXPECT_EQ(tag_sentence(loaded, {"Mira", "Dessen", "said", "on", "Monday", "."}),
            tag_sentence(model, {"Mira", "Dessen", "said", "on", "Monday", "."}));

  const std::string bytes = model.serialize();
  EXPECT_THROW(NerModel::parse(bytes.substr(0, bytes.size() - 1), "cut"), Error);
  EXPECT_THROW(NerModel::parse(bytes + "x", "long"), Error);
  EXPECT_THROW(NerModel::parse("not a model at all", "junk"), Error);
  try {
    NerModel::load(dir / "absent.bin");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("absent.bin"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("chorus train ner"), std::string::npos);
  }
}

}  // namespace
}  // namespace chorus::entities

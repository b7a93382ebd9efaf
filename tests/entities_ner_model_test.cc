// Tests for the entity model file read in place: the key table against an
// unordered_map twin, the loader's errors on truncated and corrupt files
// (an error naming the file, never a crash), version 1 files, and the same
// tags from a trained model, its saved file mapped back, and a copy of it.

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "chorus/error.h"
#include "entities/ner_corpus.h"
#include "entities/ner_key_table.h"
#include "entities/ner_model.h"
#include "entities/ner_model_v1.h"
#include "entities/ner_tagger.h"
#include "entities/ner_trainer.h"
#include "test_support.h"

namespace chorus::entities {
namespace {

using chorus::testing::TempDir;
using chorus::testing::write_file;

// ---- the key table -----------------------------------------------------------

struct OwnedTable {
  std::vector<uint32_t> keys;
  std::vector<uint32_t> directory;
  KeyTable table;
};

OwnedTable make_table(std::vector<uint32_t> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  OwnedTable owned;
  owned.keys = std::move(keys);
  const uint32_t bits = KeyTable::bits_for(owned.keys.size());
  owned.directory = KeyTable::directory_for(owned.keys, bits);
  owned.table = KeyTable(owned.keys, owned.directory, bits);
  return owned;
}

TEST(NerKeyTable, AgreesWithUnorderedMap) {
  std::mt19937 random(3);
  // Hash-like keys, and keys crowded into one bucket (small numbers), and none.
  for (const uint32_t spread : {UINT32_MAX, 5000u, 0u}) {
    std::vector<uint32_t> keys;
    for (int i = 0; spread > 0 && i < 20000; ++i) keys.push_back(static_cast<uint32_t>(random()) % spread);
    const OwnedTable owned = make_table(keys);
    std::unordered_map<uint32_t, uint32_t> twin;
    for (uint32_t row = 0; row < owned.keys.size(); ++row) twin[owned.keys[row]] = row;
    EXPECT_EQ(owned.table.size(), twin.size());
    for (int probe = 0; probe < 50000; ++probe) {
      const uint32_t key = probe % 2 == 0 && !keys.empty() ? keys[static_cast<size_t>(probe / 2) % keys.size()]
                                                           : static_cast<uint32_t>(random()) % (spread ? spread : 10);
      const auto found = twin.find(key);
      ASSERT_EQ(owned.table.find(key), found == twin.end() ? KeyTable::kMissing : found->second) << key;
    }
    for (const uint32_t edge : {0u, 1u, UINT32_MAX})
      ASSERT_EQ(owned.table.find(edge), twin.contains(edge) ? twin[edge] : KeyTable::kMissing);
  }
  EXPECT_EQ(KeyTable().find(7), KeyTable::kMissing);
}

TEST(NerKeyTable, CorruptDirectoryNeverReadsOutside) {
  OwnedTable owned = make_table({10, 20, 30, 0x80000000u, 0xF0000000u});
  for (uint32_t& offset : owned.directory) offset = offset * 7 + 1000;  // nonsense, far beyond the keys
  const KeyTable corrupt(owned.keys, owned.directory, KeyTable::bits_for(owned.keys.size()));
  for (const uint32_t key : {0u, 10u, 30u, 0x80000000u, UINT32_MAX}) {
    const uint32_t row = corrupt.find(key);
    EXPECT_TRUE(row == KeyTable::kMissing || row < owned.keys.size());
  }
}

// ---- models ----------------------------------------------------------------

// An invented corpus: people speak, talks happen in places, firms post results.
std::string small_corpus() {
  const std::vector<std::string> first = {"Alvin", "Mira", "Otto", "Sela", "Ivo", "Nadia"};
  const std::vector<std::string> last = {"Brokaw", "Dessen", "Lanric", "Varga", "Pemberl", "Frost"};
  const std::vector<std::string> places = {"Korvia", "Daltmoor", "Estrand", "Pelago", "Rumsk", "Ulvik"};
  const std::vector<std::string> firms = {"Hexacorp", "Zenbank", "Corvex", "Altima", "Quorra", "Mentis"};
  std::string text;
  for (size_t i = 0; i < first.size(); ++i) {
    text += "-DOCSTART- -X- O O\n\n";
    text += first[i] + " NNP I-NP I-PER\n" + last[i] + " NNP I-NP I-PER\nsaid VBD I-VP O\n. . O O\n\n";
    text += "Talks NNS I-NP O\nin IN I-PP O\n" + places[i] + " NNP I-NP I-LOC\nended VBD I-VP O\n. . O O\n\n";
    text += "Shares NNS I-NP O\nof IN I-PP O\n" + firms[(i + 1) % firms.size()] + " NNP I-NP I-ORG\nrose VBD I-VP O\n\n";
  }
  return text;
}

NerModel small_model() {
  GazetteerBuilder gazetteer;
  gazetteer.add_phrase("Korvia", kGazCountry);
  gazetteer.add_phrase("Upper Daltmoor", kGazSubdivision);
  gazetteer.add_phrase("Brokaw", kGazProperWord);
  NerTrainOptions options;
  options.epochs = 6;
  options.prune_below = 0;
  options.second_pass_folds = 3;
  return train_ner(parse_conll(small_corpus(), "small"), gazetteer.build(), options);
}

// Every label the model gives the words of `corpus`.
std::vector<Label> tag_all(const NerModel& model, const ConllCorpus& corpus) {
  NerTagger tagger(model);
  std::vector<Label> all;
  for (const NerDocument& doc : ner_documents(corpus)) {
    const std::vector<Label> labels = tagger.tag(doc);
    all.insert(all.end(), labels.begin(), labels.end());
  }
  return all;
}

ConllCorpus sample_text() {
  return parse_conll(
      "Doran NNP O O\nFelk NNP O O\nsaid VBD O O\nin IN O O\nKorvia NNP O O\n. . O O\n\n"
      "Shares NNS O O\nof IN O O\nGloxen NNP O O\nrose VBD O O\nin IN O O\nUpper NNP O O\nDaltmoor NNP O O\n\n"
      "Talks NNS O O\nin IN O O\nPardubal NNP O O\nended VBD O O\n. . O O\n",
      "sample");
}

void expect_invalid(std::string_view bytes, std::string_view what) {
  try {
    NerModel::parse(bytes, "bad.bin");
    ADD_FAILURE() << "no error for " << what;
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("bad.bin: not a valid chorus NER model"), std::string::npos) << what << ": " << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(NerModelFile, TrainedSavedAndMappedTagAlike) {
  const NerModel model = small_model();
  TempDir dir;
  model.save(dir / "model.bin");
  const NerModel mapped = NerModel::load(dir / "model.bin");
  const NerModel copied = NerModel::parse(chorus::testing::read_file(dir / "model.bin"), "copy");
  EXPECT_EQ(mapped.serialize(), model.serialize());
  EXPECT_EQ(mapped.gazetteer().entries(), model.gazetteer().entries());
  const ConllCorpus sample = sample_text();
  const std::vector<Label> tags = tag_all(model, sample);
  EXPECT_NE(std::count(tags.begin(), tags.end(), kOutside), static_cast<long>(tags.size()));  // it finds names
  EXPECT_EQ(tag_all(mapped, sample), tags);
  EXPECT_EQ(tag_all(copied, sample), tags);
}

TEST(NerModelFile, EveryTruncationIsAnError) {
  const std::string bytes = small_model().serialize();
  for (size_t size = 0; size < bytes.size(); size += (size < 64 ? 1 : 7))
    expect_invalid(std::string_view(bytes).substr(0, size), "cut at " + std::to_string(size));
  expect_invalid(bytes + std::string(4, '\0'), "trailing bytes");
  try {
    NerModel::parse(std::string_view(bytes).substr(0, bytes.size() - 10), "cut.bin");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    const std::string expected = "truncated: " + std::to_string(bytes.size() - 10) + " bytes where its header describes " +
                                 std::to_string(bytes.size());
    EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
  }
}

TEST(NerModelFile, BadHeaderFieldsAreErrors) {
  const std::string bytes = small_model().serialize();
  auto with_u32 = [&](size_t at, uint32_t value) {
    std::string changed = bytes;
    std::memcpy(changed.data() + at, &value, 4);
    return changed;
  };
  expect_invalid(with_u32(0, 0x4B4E554A), "magic");
  expect_invalid(with_u32(12, 3), "label count");
  expect_invalid(with_u32(16, 0xFFFFFFF0u), "huge gazetteer");
  expect_invalid(with_u32(20, 31), "directory bits");
  expect_invalid(with_u32(24, 100000), "feature count");
  expect_invalid(with_u32(32, std::bit_cast<uint32_t>(-1.0f)), "negative scale");
  expect_invalid(with_u32(44, 0x7FC00000u), "NaN scale");
  expect_invalid("not a model at all", "junk");
}

// Flipped bytes past the header give a model that loads or an error, and
// tags without reading outside its bytes (run under the sanitizers too).
TEST(NerModelFile, CorruptBodiesNeverCrash) {
  const std::string bytes = small_model().serialize();
  std::mt19937 random(17);
  const ConllCorpus sample = sample_text();
  const size_t words = tag_all(small_model(), sample).size();
  for (int trial = 0; trial < 300; ++trial) {
    std::string changed = bytes;
    for (int flips = 0; flips < 8; ++flips) changed[48 + random() % (bytes.size() - 48)] ^= static_cast<char>(1 + random() % 255);
    try {
      const NerModel model = NerModel::parse(changed, "flipped");
      EXPECT_EQ(tag_all(model, sample).size(), words);
    } catch (const Error&) {
      // a directory whose ends no longer match: reported, fine
    }
  }
}

// Version 1 files (hash tables built at load) still load, as the same model.
std::string version1_bytes(const NerModel& model) {
  std::string out(kNerModelV1Magic);
  auto put = [&](uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
  put(kLabelCount);
  const auto entries = model.gazetteer().entries();
  put(static_cast<uint32_t>(entries.size()));
  for (const auto& [key, value] : entries) {
    put(key);
    out.push_back(static_cast<char>(value));
  }
  for (const NerWeightsView* weights : {&model.first(), &model.second()}) {
    put(static_cast<uint32_t>(weights->size()));
    put(std::bit_cast<uint32_t>(weights->scale()));
    for (const uint32_t key : weights->keys().keys()) put(key);
    for (const int16_t w : weights->rows()) out.append(reinterpret_cast<const char*>(&w), 2);
  }
  return out;
}

TEST(NerModelFile, Version1FilesLoadAsTheSameModel) {
  const NerModel model = small_model();
  const std::string old = version1_bytes(model);
  TempDir dir;
  write_file(dir / "old.bin", old);
  const NerModel loaded = NerModel::load(dir / "old.bin");
  EXPECT_EQ(loaded.serialize(), model.serialize());
  EXPECT_EQ(tag_all(loaded, sample_text()), tag_all(model, sample_text()));
  expect_invalid(std::string_view(old).substr(0, old.size() - 3), "cut version 1");
}

TEST(NerModelFile, MissingFilesAndFoldersAreErrorsNamingThem) {
  TempDir dir;
  for (const auto& path : {dir / "absent.bin", dir.path()}) {
    try {
      NerModel::load(path);
      ADD_FAILURE() << "no error for " << path;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("chorus train ner"), std::string::npos) << e.what();
    }
  }
  write_file(dir / "empty.bin", "");
  EXPECT_THROW(NerModel::load(dir / "empty.bin"), Error);
}

// The shipped model, mapped and copied, tags a sample of CoNLL's training
// text alike (eng.train only; nothing here reads a test part).
TEST(NerModelFile, ShippedModelMappedAndCopiedTagAlike) {
  const auto model_path = chorus::testing::source_dir() / "data" / "ner" / "model.bin";
  const auto train_path = chorus::testing::shared_dir() / "data" / "conll2003" / "eng.train";
  CHORUS_REQUIRE_SHARED(train_path);
  const NerModel mapped = NerModel::load(model_path);
  const NerModel copied = NerModel::parse(chorus::testing::read_file(model_path), "copy");
  const std::string text = chorus::testing::read_file(train_path);
  const ConllCorpus sample = parse_conll(text.substr(0, text.find("-DOCSTART-", 200000)), "eng.train");
  const std::vector<Label> tags = tag_all(mapped, sample);
  EXPECT_GT(tags.size(), 10000u);
  EXPECT_EQ(tag_all(copied, sample), tags);
}

}  // namespace
}  // namespace chorus::entities

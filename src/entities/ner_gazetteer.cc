#include "entities/ner_gazetteer.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "chorus/error.h"
#include "entities/ner_hash.h"
#include "text/ascii.h"

namespace chorus::entities {
namespace {

// Hash of one more lower-cased token appended to a phrase hash.
uint64_t extend(uint64_t h, std::string_view word) {
  h = (h ^ 0x20) * kFnvPrime;  // token separator
  for (const char c : word) {
    h ^= static_cast<unsigned char>(text::ascii_lower(c));
    h *= kFnvPrime;
  }
  return h;
}

uint32_t key_of(uint64_t h) { return static_cast<uint32_t>(mix64(h)); }

bool starts_uncased_or_upper(std::string_view word) {
  return !word.empty() && !text::is_ascii_lower(word[0]);
}

std::string read_text(const std::filesystem::path& path, std::string_view package) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw Error(path.string() + ": cannot read gazetteer source (install the Debian package " + std::string(package) +
                "; scripts/setup.sh does)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

nlohmann::json read_json(const std::filesystem::path& path) {
  try {
    return nlohmann::json::parse(read_text(path, "iso-codes"));
  } catch (const nlohmann::json::exception& e) {
    throw Error(path.string() + ": not valid JSON: " + e.what());
  }
}

// Adds the name fields of every entry of an iso-codes table. "Korea,
// Republic of" also gives "Korea": news uses the short form.
void add_iso_names(GazetteerBuilder& gazetteer, const std::filesystem::path& path, const char* table, uint8_t classes) {
  const nlohmann::json json = read_json(path);
  if (!json.contains(table) || !json[table].is_array()) throw Error(path.string() + ": no '" + table + "' list");
  for (const auto& entry : json[table]) {
    for (const char* field : {"name", "common_name", "official_name"}) {
      if (!entry.contains(field) || !entry[field].is_string()) continue;
      const std::string name = entry[field].get<std::string>();
      gazetteer.add_phrase(name, classes);
      if (const size_t comma = name.find(','); comma != std::string::npos)
        gazetteer.add_phrase(std::string_view(name).substr(0, comma), classes);
    }
  }
}

// data.noun lines: "offset lex_filenum ss_type w_cnt word lex_id ... | gloss".
// Lexicographer files 14, 15 and 18 are noun.group, noun.location, noun.person.
void add_wordnet(GazetteerBuilder& gazetteer, const std::filesystem::path& path) {
  const std::string content = read_text(path, "wordnet-base");
  std::istringstream lines(content);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == ' ') continue;  // license header
    std::istringstream fields(line);
    std::string offset, lexfile, type, count_hex;
    if (!(fields >> offset >> lexfile >> type >> count_hex)) continue;
    uint8_t classes = 0;
    if (lexfile == "14") classes = kGazGroup;
    if (lexfile == "15") classes = kGazLocation;
    if (lexfile == "18") classes = kGazPerson;
    if (classes == 0) continue;
    const unsigned long count = std::stoul(count_hex, nullptr, 16);
    for (unsigned long i = 0; i < count; ++i) {
      std::string word, lex_id;
      if (!(fields >> word >> lex_id)) break;
      if (const size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);
      if (starts_uncased_or_upper(word)) gazetteer.add_phrase(word, classes);
    }
  }
}

void add_words(GazetteerBuilder& gazetteer, const std::filesystem::path& path) {
  const std::string content = read_text(path, "wamerican");
  std::istringstream lines(content);
  std::string word;
  while (std::getline(lines, word)) {
    if (word.empty() || word.find('\'') != std::string::npos) continue;  // possessives
    gazetteer.add_phrase(word, text::is_ascii_upper(word[0]) ? kGazProperWord : kGazCommonWord);
  }
}

}  // namespace

void GazetteerBuilder::add_sources(const GazetteerSources& sources) {
  if (!sources.iso_3166_1.empty()) add_iso_names(*this, sources.iso_3166_1, "3166-1", kGazCountry);
  if (!sources.iso_3166_3.empty()) add_iso_names(*this, sources.iso_3166_3, "3166-3", kGazCountry);
  if (!sources.iso_3166_2.empty()) add_iso_names(*this, sources.iso_3166_2, "3166-2", kGazSubdivision);
  if (!sources.wordnet_nouns.empty()) add_wordnet(*this, sources.wordnet_nouns);
  if (!sources.words.empty()) add_words(*this, sources.words);
}

Gazetteer Gazetteer::from_sources(const GazetteerSources& sources) {
  GazetteerBuilder builder;
  builder.add_sources(sources);
  return builder.build();
}

void GazetteerBuilder::add_phrase(std::string_view phrase, uint8_t classes) {
  uint64_t h = kFnvOffset;
  size_t words = 0;
  uint32_t last_key = 0;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '_')) ++i;
    const size_t start = i;
    while (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '_') ++i;
    if (i == start) break;
    if (words > 0) value(last_key) |= kGazPrefixBit;
    h = extend(h, phrase.substr(start, i - start));
    last_key = key_of(h);
    if (++words > kGazMaxPhraseWords) return;  // too long to be a name worth matching
    value(last_key);
  }
  if (words > 0) value(last_key) |= classes;
}

void Gazetteer::match(std::span<const std::string_view> words, std::span<uint8_t> begins,
                      std::span<uint8_t> insides) const {
  std::fill(begins.begin(), begins.end(), 0);
  std::fill(insides.begin(), insides.end(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    if (!starts_uncased_or_upper(words[i])) continue;
    uint64_t h = kFnvOffset;
    size_t best_end = 0;
    uint8_t best = 0;
    for (size_t j = i; j < words.size() && j - i < kGazMaxPhraseWords; ++j) {
      h = extend(h, words[j]);
      const uint8_t* found = find(key_of(h));
      if (!found) break;
      const uint8_t classes = *found & kGazPhraseClasses;
      if (classes != 0) {
        best = classes;
        best_end = j + 1;
      }
      if ((*found & kGazPrefixBit) == 0) break;
    }
    if (best == 0) continue;
    begins[i] |= best;
    for (size_t k = i + 1; k < best_end; ++k) insides[k] |= best;
  }
}

uint8_t Gazetteer::word_classes(std::string_view word) const {
  const uint8_t* found = find(key_of(extend(kFnvOffset, word)));
  return found ? static_cast<uint8_t>(*found & (kGazProperWord | kGazCommonWord)) : 0;
}

std::vector<std::pair<uint32_t, uint8_t>> Gazetteer::entries() const {
  std::vector<std::pair<uint32_t, uint8_t>> flat;
  flat.reserve(keys_.size());
  for (size_t row = 0; row < keys_.size() && row < values_.size(); ++row) flat.emplace_back(keys_.keys()[row], values_[row]);
  return flat;
}

Gazetteer Gazetteer::from_entries(std::span<const std::pair<uint32_t, uint8_t>> entries) {
  struct Arrays {
    std::vector<uint32_t> keys, directory;
    std::vector<uint8_t> values;
  };
  auto arrays = std::make_shared<Arrays>();
  for (const auto& [key, classes] : entries) {
    if (!arrays->keys.empty() && arrays->keys.back() >= key) throw Error("gazetteer entries must be sorted and unique");
    arrays->keys.push_back(key);
    arrays->values.push_back(classes);
  }
  const uint32_t bits = KeyTable::bits_for(arrays->keys.size());
  arrays->directory = KeyTable::directory_for(arrays->keys, bits);
  const KeyTable keys(arrays->keys, arrays->directory, bits);
  const std::span<const uint8_t> values(arrays->values);
  return Gazetteer(keys, values, std::move(arrays));
}

Gazetteer GazetteerBuilder::build() const {
  std::vector<std::pair<uint32_t, uint8_t>> flat;
  flat.reserve(keys_.size());
  for (size_t row = 0; row < keys_.size(); ++row) flat.emplace_back(keys_[row], values_[row]);
  std::sort(flat.begin(), flat.end());
  return Gazetteer::from_entries(flat);
}

uint8_t& GazetteerBuilder::value(uint32_t key) {
  const uint32_t row = index_.insert(key);
  if (row == keys_.size()) {
    keys_.push_back(key);
    values_.push_back(0);
  }
  return values_[row];
}

}  // namespace chorus::entities

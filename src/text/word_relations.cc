#include "text/word_relations.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>

#include "chorus/error.h"
#include "core/table_text.h"
#include "text/porter_stemmer.h"

namespace chorus::text {
namespace {

constexpr std::array<std::string_view, 11> kParticles = {"aside", "away", "back", "down", "in",  "off",
                                                         "on",    "out",  "over", "through", "up"};

}  // namespace

bool is_particle(std::string_view folded) {
  return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

bool share_class(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

WordRelations WordRelations::parse(std::string_view table, std::string_view origin) {
  if (table.size() > UINT32_MAX) table_error(origin, 0, "larger than 4 GB");
  auto arrays = std::make_shared<Arrays>();
  std::string_view last;
  for_each_line(table, [&](std::string_view line, size_t number) {
    const size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string_view::npos) table_error(origin, number, "expected \"key<TAB>classes\"");
    const std::string_view key = line.substr(0, tab);
    if (!arrays->keys.empty() && last >= key) table_error(origin, number, "keys must be unique and sorted");
    last = key;
    Entry entry{static_cast<uint32_t>(key.data() - table.data()), static_cast<uint32_t>(key.size()),
                static_cast<uint32_t>(arrays->classes.size()), 0};
    std::string_view list = line.substr(tab + 1);
    while (!list.empty()) {
      const size_t comma = list.find(',');
      const std::string_view item = list.substr(0, comma);
      uint32_t id = 0;
      const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), id);
      if (error != std::errc() || end != item.data() + item.size() || item.empty())
        table_error(origin, number, "expected comma-separated class numbers");
      if (entry.count > 0 && arrays->classes.back() >= id) table_error(origin, number, "classes must ascend");
      arrays->classes.push_back(id);
      ++entry.count;
      list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    }
    if (entry.count == 0) table_error(origin, number, "a key without classes");
    arrays->keys.push_back(entry);
  });
  WordRelations relations(table, arrays->keys, arrays->classes);
  relations.owned_ = std::move(arrays);
  return relations;
}

std::span<const uint32_t> WordRelations::classes(std::string_view k) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), k,
                                   [&](const Entry& entry, std::string_view wanted) { return key(entry) < wanted; });
  if (it == keys_.end() || key(*it) != k) return {};
  return classes_.subspan(it->first, it->count);
}

namespace {

// A synset: its part of speech (n, v, a, r; satellites are a) and offset.
using SynsetId = std::pair<char, uint32_t>;

struct Derivation {
  uint32_t source = 0;  // 1-based word number in this synset
  SynsetId target;
  uint32_t target_word = 0;
};

struct Synset {
  std::vector<std::string> words;  // lower case, '_' between the words of a phrase
  std::vector<Derivation> derivations;
};

char normalize_pos(char pos) { return pos == 's' ? 'a' : pos; }

// The table key of a WordNet lemma, or "" when it has none: one word is its
// stem; a verb and a particle ("call_off") the stem and the particle.
std::string key_of(std::string_view lemma, char pos) {
  for (char c : lemma)
    if (!(c >= 'a' && c <= 'z') && c != '_') return "";
  const size_t underscore = lemma.find('_');
  if (underscore == std::string_view::npos) return rouge_porter_stem(lemma);
  const std::string_view head = lemma.substr(0, underscore), rest = lemma.substr(underscore + 1);
  if (pos != 'v' || rest.find('_') != std::string_view::npos || !is_particle(rest)) return "";
  return rouge_porter_stem(head) + " " + std::string(rest);
}

std::ifstream open_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(path.string() + ": cannot open (install wordnet-base, or give its folder)");
  return in;
}

// Reads data.<pos>: synsets with their words and derivation pointers.
void read_data(const std::filesystem::path& path, char pos, std::map<SynsetId, Synset>& synsets) {
  std::ifstream in = open_file(path);
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == ' ') continue;  // license header
    std::istringstream fields(line.substr(0, line.find('|')));
    uint32_t offset = 0;
    std::string lexfile, type, hex;
    fields >> offset >> lexfile >> type >> hex;
    if (!fields) table_error(path.string(), number, "malformed synset line");
    Synset synset;
    const unsigned long words = std::stoul(hex, nullptr, 16);
    for (unsigned long w = 0; w < words; ++w) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      if (const size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);  // "(a)" markers
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      synset.words.push_back(word);
    }
    int pointers = 0;
    fields >> pointers;
    for (int p = 0; p < pointers; ++p) {
      std::string symbol, target_pos, source_target;
      uint32_t target = 0;
      fields >> symbol >> target >> target_pos >> source_target;
      if (!fields || source_target.size() != 4) table_error(path.string(), number, "malformed pointer");
      if (symbol != "+") continue;  // derivationally related form
      synset.derivations.push_back(Derivation{static_cast<uint32_t>(std::stoul(source_target.substr(0, 2), nullptr, 16)),
                                              {normalize_pos(target_pos[0]), target},
                                              static_cast<uint32_t>(std::stoul(source_target.substr(2), nullptr, 16))});
    }
    synsets.emplace(SynsetId{pos, offset}, std::move(synset));
  }
}

}  // namespace

size_t build_word_relations(const std::filesystem::path& wordnet, std::ostream& table, int senses) {
  constexpr std::array<std::pair<char, const char*>, 4> kParts = {
      std::pair{'n', "noun"}, std::pair{'v', "verb"}, std::pair{'a', "adj"}, std::pair{'r', "adv"}};
  std::map<SynsetId, Synset> synsets;
  for (const auto& [pos, name] : kParts) read_data(wordnet / (std::string("data.") + name), pos, synsets);

  std::map<SynsetId, std::set<std::string>> members;  // class -> keys
  std::map<std::pair<char, std::string>, std::vector<SynsetId>> top_senses;  // (pos, lemma) -> senses
  for (const auto& [pos, name] : kParts) {
    const std::filesystem::path path = wordnet / (std::string("index.") + name);
    std::ifstream in = open_file(path);
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream fields(line);
      std::string lemma, part;
      int synset_count = 0, pointer_count = 0;
      fields >> lemma >> part >> synset_count >> pointer_count;
      std::string skip;
      for (int p = 0; p < pointer_count; ++p) fields >> skip;
      int sense_count = 0, tagged = 0;
      fields >> sense_count >> tagged;
      if (!fields) table_error(path.string(), number, "malformed index line");
      std::vector<SynsetId> top;
      for (int s = 0; s < synset_count && s < senses; ++s) {
        uint32_t offset = 0;
        fields >> offset;
        top.push_back({pos, offset});
      }
      top_senses[{pos, lemma}] = top;
      const std::string key = key_of(lemma, pos);
      if (key.empty()) continue;
      for (const SynsetId& id : top) {
        members[id].insert(key);
        const auto found = synsets.find(id);
        if (found == synsets.end()) table_error(path.string(), number, "sense not in the data file");
        const Synset& synset = found->second;
        const auto word = std::find(synset.words.begin(), synset.words.end(), lemma);
        const uint32_t word_number = static_cast<uint32_t>(word - synset.words.begin()) + 1;
        for (const Derivation& derivation : synset.derivations) {
          if (derivation.source != word_number) continue;
          const auto target = synsets.find(derivation.target);
          if (target == synsets.end() || derivation.target_word == 0 ||
              derivation.target_word > target->second.words.size())
            continue;
          const std::string derived = key_of(target->second.words[derivation.target_word - 1], derivation.target.first);
          if (!derived.empty()) members[id].insert(derived);
        }
      }
    }
  }
  // Irregular forms join the classes of their base ("took" those of "take").
  for (const auto& [pos, name] : kParts) {
    std::ifstream in = open_file(wordnet / (std::string(name) + ".exc"));
    std::string inflected, base;
    while (in >> inflected >> base) {
      std::string rest;
      std::getline(in, rest);
      const auto top = top_senses.find({pos, base});
      const std::string key = key_of(inflected, pos);
      if (top == top_senses.end() || key.empty()) continue;
      for (const SynsetId& id : top->second) members[id].insert(key);
    }
  }

  std::map<std::string, std::vector<uint32_t>> classes_of;
  uint32_t next = 0;
  for (const auto& [id, keys] : members) {
    if (keys.size() < 2) continue;
    for (const std::string& key : keys) classes_of[key].push_back(next);
    ++next;
  }
  for (const auto& [key, classes] : classes_of) {
    table << key << '\t';
    for (size_t c = 0; c < classes.size(); ++c) table << (c ? "," : "") << classes[c];
    table << '\n';
  }
  return classes_of.size();
}

}  // namespace chorus::text

// The name index of entity grouping against its brute-force twin: every pair
// of names close enough to merge meets in a bucket. All names are invented.
#include <gtest/gtest.h>

#include <set>

#include "compare/entity_name_index.h"
#include "entities/entity_names.h"

namespace chorus::compare {
namespace {

using entities::letter_count;
using entities::name_key;
using entities::within_one_edit;

// The index must offer every pair the grouping rules could merge: equal keys,
// keys one edit apart, or spellings one edit apart (long enough). Checked
// against all pairs of a few hundred generated names (few enough that no
// bucket reaches the cap that drops hubs of short keys).
TEST(NameIndex, FindsEveryPairTheBruteForceTwinFinds) {
  const std::vector<std::string> syllables = {"ka", "lo", "dzha", "vi", "kh", "ar", "ye", "mo", "ch", "ni",
                                              "ost", "ev", "gh", "a", "rr", "in", "x", "ul"};
  std::vector<std::string> forms;
  uint32_t seed = 7;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int i = 0; i < 400; ++i) {
    std::string form;
    const int parts = 2 + static_cast<int>(next() % 3);
    for (int p = 0; p < parts; ++p) form += syllables[next() % syllables.size()];
    if (next() % 4 == 0) form += " " + syllables[next() % syllables.size()] + "ov";
    forms.push_back(form);
  }
  const EntityGroupOptions options;
  NameIndex index;
  std::vector<std::string> keys;
  for (uint32_t i = 0; i < forms.size(); ++i) {
    keys.push_back(name_key(forms[i]));
    index.add(forms[i], keys[i], i, options);
  }
  index.sort();
  size_t pairs = 0;
  for (uint32_t i = 0; i < forms.size(); ++i) {
    const auto found = index.candidates(forms[i], keys[i], options);
    const std::set<uint32_t> offered(found.begin(), found.end());
    for (uint32_t j = 0; j < forms.size(); ++j) {
      const size_t key_letters = std::min(letter_count(keys[i]), letter_count(keys[j]));
      const bool same_key = keys[i] == keys[j] && key_letters >= options.key_min_letters;
      const bool near_key = key_letters >= options.key_min_letters + 1 && within_one_edit(keys[i], keys[j]);
      const bool typo = std::min(letter_count(forms[i]), letter_count(forms[j])) >= options.typo_min_letters &&
                        within_one_edit(forms[i], forms[j]);
      if (!(same_key || near_key || typo)) continue;
      ++pairs;
      EXPECT_TRUE(offered.count(j)) << forms[i] << " / " << forms[j];
    }
  }
  EXPECT_GT(pairs, forms.size());
}

TEST(NameIndex, NamesAddedLaterAreFoundAfterTheNextSort) {
  const EntityGroupOptions options;
  NameIndex index;
  index.add("holmgren", name_key("holmgren"), 0, options);
  index.sort();
  index.add("holmgrem", name_key("holmgrem"), 1, options);
  EXPECT_EQ(index.candidates("holmgren", name_key("holmgren"), options), std::vector<uint32_t>{0});
  index.sort();
  EXPECT_EQ(index.candidates("holmgren", name_key("holmgren"), options), (std::vector<uint32_t>{0, 1}));
}

}  // namespace
}  // namespace chorus::compare

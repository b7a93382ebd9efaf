// Name forms for entity grouping: folding, the transliteration key, one-edit
// tests, titles and roles. All names are invented.
#include <gtest/gtest.h>

#include "entities/entity_names.h"

namespace chorus::entities {
namespace {

TEST(FoldName, LowerCaseDiacriticsHyphensPeriods) {
  EXPECT_EQ(fold_name("Velmora-Dravik"), "velmora dravik");
  EXPECT_EQ(fold_name("Velmora Dravik"), "velmora dravik");
  EXPECT_EQ(fold_name("R.D.C."), "rdc");
  EXPECT_EQ(fold_name("Müller-Lüdenscheid"), "muller ludenscheid");
  EXPECT_EQ(fold_name("Şəhriyar Qılıncov"), "sahriyar qilincov");
  EXPECT_EQ(fold_name("O'Rourke"), "orourke");
  EXPECT_EQ(fold_name("Çelik  Ødegård"), "celik odegard");
}

TEST(NameKey, TransliterationVariantsShareAKey) {
  auto key = [](std::string_view name) { return name_key(fold_name(name)); };
  // Initial ye/e, final y/iy/i, kh/h, doubled letters, vowels.
  EXPECT_EQ(key("Yevgeny Kharlamov"), key("Evgeni Harlamov"));
  EXPECT_EQ(key("Yevgeniy Kharlamov"), key("Evgeni Harlamov"));
  // j, dj, dzh, zh, c, ch.
  EXPECT_EQ(key("Dzhamal"), key("Jamal"));
  EXPECT_EQ(key("Djamal"), key("Jamal"));
  EXPECT_EQ(key("Camal"), key("Jamal"));
  // gh/g, kh/h/x, -iyev/-iev/-yev.
  EXPECT_EQ(key("Ghorbanli"), key("Gorbanli"));
  EXPECT_EQ(key("Xalilov"), key("Khalilov"));
  EXPECT_EQ(key("Mamediyev"), key("Mamediev"));
  EXPECT_EQ(key("Tolliver"), key("Toliver"));
  EXPECT_EQ(key("Pavlovsk"), "pvlvsk");
  // Different names keep different keys.
  EXPECT_NE(key("Marta Kovalenko"), key("Maria Kowalczyk"));
  EXPECT_NE(key("Dunmore"), key("Dunbar"));
  // Doubled letters collapse as written, not after vowels go.
  EXPECT_NE(key("Delalic"), key("Delic"));
}

TEST(WithinOneEdit, InsertDeleteSubstitute) {
  EXPECT_TRUE(within_one_edit("ostrava", "ostrava"));
  EXPECT_TRUE(within_one_edit("ostrava", "ostrawa"));
  EXPECT_TRUE(within_one_edit("ostrava", "ostravia"));
  EXPECT_TRUE(within_one_edit("ostravia", "ostrava"));
  EXPECT_TRUE(within_one_edit("", "a"));
  EXPECT_FALSE(within_one_edit("ostrava", "ostrvaa"));
  EXPECT_FALSE(within_one_edit("ostrava", "ostr"));
  EXPECT_FALSE(within_one_edit("abcd", "abdc"));
}

TEST(Titles, PrefixBeforeAndApposition) {
  std::string_view role;
  EXPECT_EQ(title_prefix("Gov. Lena Ostrom", role), 5u);
  EXPECT_EQ(role, "Governor");
  EXPECT_EQ(title_prefix("Prime Minister Ada Holm", role), 15u);
  EXPECT_EQ(role, "Prime Minister");
  EXPECT_EQ(title_prefix("Mr. Holm", role), 4u);
  EXPECT_EQ(role, "");
  EXPECT_EQ(title_prefix("Presidential Palace", role), 0u);
  EXPECT_EQ(title_prefix("President", role), 0u);  // nothing left after it

  const std::string text = "the Veldish President Ada Holm and Sen. Bo Lind; Gen.Ray Cole";
  EXPECT_EQ(title_before(text, text.find("Ada")), "President");
  EXPECT_EQ(title_before(text, text.find("Bo Lind")), "Senator");
  EXPECT_EQ(title_before(text, text.find("Ray")), "");
  EXPECT_EQ(title_before(text, text.find("Veldish")), "");

  const std::string apposition = "Ada Holm, the agency's spokeswoman, said. Bo Lind, chief executive of Arvo, left. "
                                 "Cy Ray, headmaster, came.";
  EXPECT_EQ(role_after(apposition, apposition.find(", the agency")), "spokeswoman");
  EXPECT_EQ(role_after(apposition, apposition.find(", chief")), "chief executive");
  EXPECT_EQ(role_after(apposition, apposition.find(", headmaster")), "");
}

TEST(PlaceNouns, HeadNounsOfPlaces) {
  EXPECT_TRUE(is_place_noun("district"));
  EXPECT_TRUE(is_place_noun("province"));
  EXPECT_FALSE(is_place_noun("minister"));
}

TEST(PlaceNouns, NamesThatSayWhatTheyName) {
  EXPECT_TRUE(names_organization("civil protection agency"));
  EXPECT_TRUE(names_organization("valley voice"));
  EXPECT_FALSE(names_organization("agency"));  // one word says nothing
  EXPECT_FALSE(names_organization("maren ostvik"));
  EXPECT_TRUE(names_place("lake sorrin"));
  EXPECT_TRUE(names_place("veska dam"));
  EXPECT_FALSE(names_place("lakeport"));
  EXPECT_FALSE(names_place("regional dams council"));
}

}  // namespace
}  // namespace chorus::entities

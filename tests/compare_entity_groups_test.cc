// Grouping entity mentions across documents, rule by rule, on hand-written
// texts whose names are marked "[PER Ada Holm]" (so the rules are tested apart
// from the tagger); every reported span must hold the name it claims. All
// names are invented.
#include <gtest/gtest.h>

#include <algorithm>

#include "compare/entity_groups.h"
#include "text/annotator.h"

namespace chorus::compare {
namespace {

using entities::EntityMention;
using entities::EntityType;
using entities::entity_type_from_name;

struct Marked {
  Cluster cluster;
  std::vector<std::vector<EntityMention>> mentions;
};

// Texts with "[TYPE name]" marks: the marks come out of the text and become
// mentions; one paragraph per line.
Marked make_cluster(const std::vector<std::string>& texts) {
  Marked out;
  text::SentenceSplitter splitter;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document doc;
    doc.id = "d" + std::to_string(i);
    std::vector<std::pair<Span, EntityType>> marks;
    const std::string& in = texts[i];
    for (size_t p = 0; p < in.size(); ++p) {
      if (in[p] != '[') {
        doc.text += in[p];
        continue;
      }
      const size_t space = in.find(' ', p);
      const size_t close = in.find(']', p);
      const auto type = entity_type_from_name(in.substr(p + 1, space - p - 1));
      EXPECT_TRUE(type.has_value()) << in.substr(p);
      const auto begin = static_cast<uint32_t>(doc.text.size());
      doc.text += in.substr(space + 1, close - space - 1);
      marks.push_back({Span{begin, static_cast<uint32_t>(doc.text.size())}, *type});
      p = close;
    }
    size_t start = 0;
    while (start <= doc.text.size()) {
      size_t end = doc.text.find('\n', start);
      if (end == std::string::npos) end = doc.text.size();
      if (end > start) doc.paragraphs.push_back(Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
      start = end + 1;
    }
    text::annotate(doc, out.cluster.lexicon, splitter);
    // Views into the text once it is in the cluster: moving a short (SSO)
    // string moves its bytes, so a view taken before would dangle.
    out.cluster.documents.push_back(std::move(doc));
    const std::string& text = out.cluster.documents.back().text;
    std::vector<EntityMention> mentions;
    for (const auto& [span, type] : marks) mentions.push_back({span, type, span.of(text)});
    out.mentions.push_back(std::move(mentions));
  }
  return out;
}

std::vector<EntityGroup> group(const Marked& marked) {
  auto groups = group_entities(marked.cluster, marked.mentions);
  // The span invariant, on every item of every test input.
  for (const EntityGroup& g : groups) {
    EXPECT_FALSE(g.mentions.empty());
    for (const GroupedMention& m : g.mentions) {
      const std::string_view written = m.span.of(marked.cluster.documents[m.doc].text);
      EXPECT_TRUE(written == g.name || std::count(g.aliases.begin(), g.aliases.end(), written) == 1)
          << written << " in " << g.name;
    }
  }
  EXPECT_EQ(groups.size(), group_entities(marked.cluster, marked.mentions).size());  // deterministic
  return groups;
}

// The group whose name or alias is `name`, or an empty group.
EntityGroup find(const std::vector<EntityGroup>& groups, std::string_view name) {
  for (const EntityGroup& g : groups)
    if (g.name == name || std::count(g.aliases.begin(), g.aliases.end(), name)) return g;
  return {};
}

std::vector<std::string> all_names(const EntityGroup& g) {
  std::vector<std::string> names = g.aliases;
  names.push_back(g.name);
  std::sort(names.begin(), names.end());
  return names;
}

TEST(EntityGroups, ShortFormJoinsTheFullName) {
  const auto groups = group(make_cluster({
      "[PER Marta Kovalenko] opened the glass plant on Monday. [PER Kovalenko] said it would hire 300 people.\n",
      "The glass plant was opened by [PER Kovalenko], who thanked the workers.\n"}));
  const EntityGroup g = find(groups, "Kovalenko");
  EXPECT_EQ(g.name, "Marta Kovalenko");
  EXPECT_EQ(g.type, EntityType::kPerson);
  EXPECT_EQ(g.documents, 2u);
  EXPECT_EQ(g.mentions.size(), 3u);
}

TEST(EntityGroups, TwoPeopleSharingASurnameStayApart) {
  const auto groups = group(make_cluster({
      "[PER John Harker], a striker, scored twice in the final. [PER Harker] celebrated with the fans.\n",
      "[PER Alice Harker], a banker, raised interest rates. [PER Harker] spoke to investors.\n",
      "[PER Harker] was not available for comment.\n"}));
  const EntityGroup john = find(groups, "John Harker");
  const EntityGroup alice = find(groups, "Alice Harker");
  ASSERT_EQ(john.mentions.size(), 2u);
  ASSERT_EQ(alice.mentions.size(), 2u);
  EXPECT_EQ(john.mentions[1].doc, 0u);
  EXPECT_EQ(alice.mentions[1].doc, 1u);
  // The third report's "Harker" could be either: it stays alone.
  size_t alone = 0;
  for (const EntityGroup& g : groups) alone += g.name == "Harker";
  EXPECT_EQ(alone, 1u);
}

// Even when both reports tell the same story, a surname never joins two
// people whose full names differ.
TEST(EntityGroups, SurnamesOfDifferentFullNamesNeverMerge) {
  const auto groups = group(make_cluster({
      "[PER John Harker] testified at the fraud trial on Monday. [PER Harker] denied the charges.\n",
      "[PER Alice Harker] testified at the fraud trial on Monday. [PER Harker] denied the charges.\n"}));
  EXPECT_EQ(find(groups, "John Harker").mentions.size(), 2u);
  EXPECT_EQ(find(groups, "Alice Harker").mentions.size(), 2u);
}

// "Sen." after a capitalized word ends a name ("Ka Sen."); it is no title.
TEST(EntityGroups, AnAbbreviationEndingANameIsNoTitle) {
  const auto groups = group(make_cluster({"Officials met [PER Ka Sen]. [PER Ka Sen] said talks went well.\n"}));
  EXPECT_EQ(find(groups, "Ka Sen").role, "");
}

TEST(EntityGroups, TitlesBecomeTheRole) {
  const auto groups = group(make_cluster({
      "[PER President Ilona Varga] met [PER Tom Reyes] in the capital.\n",
      "Gov. [PER Tom Reyes] greeted the Veldish President [PER Ilona Varga]. [PER Gov. Reyes] spoke first.\n"}));
  const EntityGroup varga = find(groups, "Ilona Varga");
  EXPECT_EQ(varga.name, "Ilona Varga");
  EXPECT_EQ(varga.role, "President");
  EXPECT_TRUE(varga.aliases.empty());
  const EntityGroup reyes = find(groups, "Reyes");
  EXPECT_EQ(reyes.name, "Tom Reyes");
  EXPECT_EQ(reyes.role, "Governor");
  EXPECT_EQ(reyes.mentions.size(), 3u);
}

TEST(EntityGroups, TransliterationsMergeWhenContextAgrees) {
  const auto groups = group(make_cluster({
      "[PER Dzhamal Khaliyev] leads the miners' union in the northern coal basin. [PER Khaliyev] called the strike.\n",
      "Miners' union leader [PER Jamal Haliev] said the coal basin strike would go on.\n",
      "[PER Djamal Xaliyev] told the miners' union that the strike in the coal basin would last.\n"}));
  EXPECT_EQ(all_names(find(groups, "Jamal Haliev")),
            (std::vector<std::string>{"Djamal Xaliyev", "Dzhamal Khaliyev", "Jamal Haliev", "Khaliyev"}));
}

TEST(EntityGroups, SameKeyInUnrelatedContextsOrTypesStaysApart) {
  const auto groups = group(make_cluster({
      "Chef [PER Peter Marsh] bakes rye bread with sourdough and caraway every morning.\n"
      "Tourists visit [LOC Paris] for its museums and galleries.\n",
      "Lawmaker [PER Peter Mersh] voted against the budget amendment in parliament.\n"
      "Tourists visit the museums and galleries of [PER Peres].\n"}));
  EXPECT_EQ(find(groups, "Peter Marsh").mentions.size(), 1u);
  EXPECT_EQ(find(groups, "Peter Mersh").mentions.size(), 1u);
  EXPECT_TRUE(find(groups, "Paris").aliases.empty());
}

TEST(EntityGroups, AliasesTheTextStates) {
  const auto groups = group(make_cluster({
      "[LOC Velmora] (Kastrel in the old language) lies on the river.\n"
      "The [ORG Northern Alliance], also known as the [ORG United Front], took the town.\n"
      "[LOC Oldport], or Havnby, is the largest harbour.\n",
      "Troops crossed the so-called Amber Line on Friday. [LOC Kastrel] was quiet.\n"}));
  EXPECT_EQ(all_names(find(groups, "Velmora")), (std::vector<std::string>{"Kastrel", "Velmora"}));
  EXPECT_EQ(find(groups, "Kastrel").documents, 2u);
  EXPECT_EQ(all_names(find(groups, "Northern Alliance")), (std::vector<std::string>{"Northern Alliance", "United Front"}));
  EXPECT_EQ(all_names(find(groups, "Oldport")), (std::vector<std::string>{"Havnby", "Oldport"}));
  EXPECT_EQ(find(groups, "Amber Line").mentions.size(), 1u);  // a name though untagged
}

TEST(EntityGroups, ListsAreNotAliases) {
  const auto groups = group(make_cluster({"Ships sailed from [LOC Arvik], [LOC Belmo], or [LOC Corran], then home.\n"}));
  EXPECT_TRUE(find(groups, "Belmo").aliases.empty());
}

TEST(EntityGroups, AcronymsWithTheirExpansion) {
  const auto groups = group(make_cluster({
      "The [ORG Coastal Fisheries Board] (C.F.B.) closed the bay. The Regional [ORG Water Council] (R.W.C.) agreed.\n",
      "The C.F.B. will meet on Friday, and the [ORG R.W.C.] too.\n",
      "The [ORG WFA] (World Ferry Association) objected.\n"}));
  const EntityGroup board = find(groups, "C.F.B.");
  EXPECT_EQ(board.name, "Coastal Fisheries Board");
  EXPECT_EQ(board.documents, 2u);  // the untagged acronym is found too
  EXPECT_EQ(find(groups, "R.W.C.").name, "Regional Water Council");
  EXPECT_EQ(find(groups, "WFA").name, "World Ferry Association");
}

TEST(EntityGroups, TitlesHyphenatedSurnamesAndAcronymsBeforeASemicolon) {
  const auto groups = group(make_cluster({
      "[PER Dr Anders Brekke] of the [ORG Nordic Launch Authority] (NLA; in Norwegian, NOM) spoke. "
      "[PER Ingrid Solheim-Vik] thanked her staff.\n",
      "[PER Anders Brekke] said the [ORG NLA] had checked the pad. [MISC Solheim-Vik] was relieved.\n",
      "[PER Detective Sergeant Imogen Vale] said [PER Vale] had charged a man.\n"}));
  const EntityGroup brekke = find(groups, "Anders Brekke");
  EXPECT_EQ(brekke.documents, 2u);
  EXPECT_EQ(brekke.role, "Dr.");
  EXPECT_EQ(find(groups, "NLA").name, "Nordic Launch Authority");
  // A surname the tagger typed otherwise still joins the one full name it ends.
  const EntityGroup ingrid = find(groups, "Solheim-Vik");
  EXPECT_EQ(ingrid.name, "Ingrid Solheim-Vik");
  EXPECT_EQ(ingrid.type, EntityType::kPerson);
  const EntityGroup vale = find(groups, "Vale");
  EXPECT_EQ(vale.name, "Imogen Vale");
  EXPECT_EQ(vale.role, "Sergeant");
}

TEST(EntityGroups, AnOrganizationsLastWordsAloneAreIt) {
  const auto groups = group(make_cluster({
      "The [ORG Marrowfield Ledger] first reported the memo. The [ORG Hollinsford Crown Court] heard the case.\n",
      "According to the [ORG Ledger], the memo was ignored. The trial at [ORG Crown Court] lasted a week.\n",
      "Two courts sat: the [ORG Supreme Court] and the [ORG Appeal Court]. Later the [ORG Court] rose.\n"}));
  EXPECT_EQ(find(groups, "Ledger").name, "Marrowfield Ledger");
  EXPECT_EQ(find(groups, "Crown Court").name, "Hollinsford Crown Court");
  // "Court" ends three names: it stays alone.
  EXPECT_EQ(find(groups, "Court").name, "Court");
}

TEST(EntityGroups, ANicknameInQuotesIsThePersonsAlias) {
  const auto groups = group(make_cluster({
      "[PER Gordon] \"[PER Gus]\" [PER Harlowe] walked free on Tuesday. [PER Harlowe], 61, had served 12 years.\n",
      "\"[PER Gus] has always said he was innocent,\" his sister said of [PER Gordon] \u201c[MISC Gus]\u201d "
      "[PER Harlowe].\n"}));
  const EntityGroup g = find(groups, "Gus");
  EXPECT_EQ(g.type, EntityType::kPerson);
  EXPECT_EQ(g.documents, 2u);
  EXPECT_EQ(find(groups, "Harlowe").name, g.name);
  EXPECT_TRUE(find(groups, "Gordon").mentions.empty());  // no first name left alone
}

TEST(EntityGroups, ContractionsAndTimeZonesAreNoNames) {
  const auto groups = group(make_cluster({
      "\"[PER I'm] not worried,\" she said. [PER We've] seen worse. The launch came at 22:40 [ORG UTC].\n",
      "It was 3 p.m. [MISC EDT] when [PER Olav Rasmussen] arrived.\n"}));
  EXPECT_TRUE(find(groups, "I'm").mentions.empty());
  EXPECT_TRUE(find(groups, "We've").mentions.empty());
  EXPECT_TRUE(find(groups, "UTC").mentions.empty());
  EXPECT_TRUE(find(groups, "EDT").mentions.empty());
  EXPECT_FALSE(find(groups, "Olav Rasmussen").mentions.empty());
}

TEST(EntityGroups, WhereANameIsSaidToBeTellsItsType) {
  // Tagged a person once, the name is said to be a place three times.
  const auto groups = group(make_cluster({
      "Police searched a lay-by near [PER Ashton Parva] on Monday.\n",
      "Residents in [LOC Ashton Parva] were told to stay indoors.\n",
      "The road outside [PER Ashton Parva] was closed, and homes in [LOC Ashton Parva] lost power.\n"}));
  EXPECT_EQ(find(groups, "Ashton Parva").type, EntityType::kLocation);
}

TEST(EntityGroups, TyposOfLongNames) {
  const auto groups = group(make_cluster({
      "Floods cut the road to [LOC Brannoch] and the bridge at [LOC Brannoch] fell.\n",
      "The bridge at [LOC Branoch] fell after the floods cut the road.\n",
      "The road to Brannock was cut by floods, and its bridge fell.\n"}));
  EXPECT_EQ(all_names(find(groups, "Brannoch")), (std::vector<std::string>{"Brannoch", "Brannock", "Branoch"}));
}

TEST(EntityGroups, NumbersAreNeverTypos) {
  const auto groups = group(make_cluster({"The [MISC Falcon 95] engine failed on the test stand.\n",
                                          "The [MISC Falcon 98] engine failed on the test stand.\n"}));
  EXPECT_TRUE(find(groups, "Falcon 95").aliases.empty());
}

TEST(EntityGroups, ShortNamesDoNotMergeAsTypos) {
  const auto groups = group(make_cluster({"Ferries left [LOC Tonga] for the outer reefs at dawn.\n",
                                          "Farmers in [LOC Tongo] harvested yams before the election.\n"}));
  EXPECT_TRUE(find(groups, "Tonga").aliases.empty());
}

// A name with an ending added is a derived word, not a spelling variant.
TEST(EntityGroups, DerivedWordsAreNotVariants) {
  const auto groups = group(make_cluster({
      "Troops from [LOC Veldavia] crossed the river into the valley on Monday.\n",
      "[LOC Veldavian] troops crossed the river into the valley on Monday.\n"}));
  EXPECT_TRUE(find(groups, "Veldavia").aliases.empty());
}

// Capitalized words at a sentence's start, function words and weekdays are
// never taken for untagged variants of a name.
TEST(EntityGroups, UntaggedVariantsMustLookLikeNames) {
  const auto groups = group(make_cluster({
      "Floods hit [LOC Wuhal] on Monday. [LOC Wuhal] officials closed the roads.\n",
      "When the floods hit, the roads of Wuhal closed. Wahul officials said Monday was the worst day.\n"}));
  const EntityGroup place = find(groups, "Wuhal");
  EXPECT_EQ(place.documents, 2u);  // the untagged exact name is found
  EXPECT_TRUE(place.aliases.empty()) << place.aliases.front();
}

TEST(EntityGroups, TitlesAloneAndTrailingQuotesAreNoNames) {
  const auto groups = group(make_cluster({"\"It is over,\" said [PER Ada Holm.'']. [PER Ms.] Holm left.\n",
                                          "[PER Ada Holm] agreed.\n"}));
  const EntityGroup holm = find(groups, "Ada Holm");
  EXPECT_TRUE(holm.aliases.empty());
  EXPECT_EQ(holm.documents, 2u);
  EXPECT_EQ(find(groups, "Ms.").mentions.size(), 0u);
}

// "King Hussar" is not "President Omar Hussar": a surname with another role
// does not join the full name.
TEST(EntityGroups, SurnameWithAnotherRoleStaysApart) {
  const auto groups = group(make_cluster({
      "President [PER Omar Hussar] met King [PER Hussar] on Monday.\n"}));
  EXPECT_EQ(find(groups, "Omar Hussar").mentions.size(), 1u);
}

TEST(EntityGroups, GeorgiaThePlaceIsNotGeorgiaThePerson) {
  const auto groups = group(make_cluster({
      "Storms hit [LOC Georgia] on Monday, and [LOC Georgia] officials closed the roads.\n",
      "[PER Georgia Banks], a nurse, drove to work. [PER Banks] said the roads were closed.\n"}));
  const EntityGroup place = find(groups, "Georgia");
  EXPECT_EQ(place.type, EntityType::kLocation);
  EXPECT_EQ(place.mentions.size(), 2u);
  EXPECT_EQ(all_names(find(groups, "Banks")), (std::vector<std::string>{"Banks", "Georgia Banks"}));
}

TEST(EntityGroups, CoordinatedNamesAreSplit) {
  const auto groups = group(make_cluster({
      "Troops left [ORG Velmora and Dravik] on Sunday.\n",
      "[LOC Velmora] was quiet. [LOC Dravik] was quiet too.\n"}));
  EXPECT_EQ(find(groups, "Velmora").documents, 2u);
  EXPECT_EQ(find(groups, "Dravik").documents, 2u);
  EXPECT_EQ(find(groups, "Velmora and Dravik").mentions.size(), 0u);
}

TEST(EntityGroups, PlaceNounsDecideTheType) {
  const auto groups = group(make_cluster({"Soldiers entered the [ORG Varno] district. [PER Varno] district was calm.\n",
                                          "[LOC Varno] is quiet.\n"}));
  EXPECT_EQ(find(groups, "Varno").type, EntityType::kLocation);
}

TEST(EntityGroups, OrderedByDocumentsThenMentions) {
  const auto groups = group(make_cluster({"[LOC Arvik] and [LOC Belmo]. [LOC Belmo] again.\n", "[LOC Arvik] now.\n"}));
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].name, "Arvik");
  EXPECT_EQ(groups[1].name, "Belmo");
}

TEST(EntityGroups, NoMentionsNoGroups) {
  const Marked empty = make_cluster({"Nothing here.\n", "\n"});
  EXPECT_TRUE(group_entities(empty.cluster, empty.mentions).empty());
}

}  // namespace
}  // namespace chorus::compare

// Outlet names read off copyright lines and datelines.
#include <gtest/gtest.h>

#include "ingest/outlet_name.h"

namespace chorus::ingest {
namespace {

TEST(CopyrightHolder, TheNameWithoutMarksYearsAndSuffixes) {
  EXPECT_EQ(copyright_holder("\xC2\xA9 2031 The Harbourline Post. All rights reserved."), "The Harbourline Post");
  EXPECT_EQ(copyright_holder("Copyright SportsCast One. All rights reserved."), "SportsCast One");
  EXPECT_EQ(copyright_holder("Copyright \xC2\xA9 NBS. NBS is not responsible for the content of external sites."), "NBS");
  EXPECT_EQ(copyright_holder("\xC2\xA9 The Aldmark Observer AS"), "The Aldmark Observer");
  EXPECT_EQ(copyright_holder("\xC2\xA9 2031 National Radio Agency (NRA). All rights reserved."), "National Radio Agency");
  EXPECT_EQ(copyright_holder("Kessler Markets Review \xC2\xA9 All rights reserved"), "Kessler Markets Review");
  EXPECT_EQ(copyright_holder("All rights reserved. Vellmar Deportes S.A."), "Vellmar Deportes");
  EXPECT_EQ(copyright_holder("KNA - All rights reserved. Reproduction without permission is prohibited."), "KNA");
  EXPECT_EQ(copyright_holder("\xC2\xA9 Orbis 24. All rights reserved. Terms \xC2\xB7 Privacy \xC2\xB7 Cookies"), "Orbis 24");
  EXPECT_EQ(copyright_holder("(c) 2026 Glas Doline d.o.o."), "Glas Doline");
}

TEST(CopyrightHolder, OtherLinesNameNothing) {
  EXPECT_EQ(copyright_holder("Twelve people died in the fire."), "");
  EXPECT_EQ(copyright_holder("All rights reserved."), "");
  EXPECT_EQ(copyright_holder("\xC2\xA9"), "");
  EXPECT_EQ(copyright_holder("copyright infringement claims rose by a third last year, the court said"), "");
}

Document with_lines(const std::string& text, std::vector<std::pair<std::string, bool>> removed_lines) {
  Document doc;
  doc.text = text;
  for (const auto& [line, after_body] : removed_lines) {
    const size_t at = doc.text.find(line);
    doc.removed.push_back(Removed{Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + line.size())},
                                  RemovalReason::kLegalNotice});
    (void)after_body;
  }
  return doc;
}

TEST(NameOutlet, CopyrightAfterTheBodyBeatsAPhotoCredit) {
  Document doc = with_lines("Rescuers at work. \xC2\xA9 KARPRESS / Anton Merk\nThe quake struck at dawn.\n"
                            "\xC2\xA9 The Talmora Observer\n",
                            {{"Rescuers at work. \xC2\xA9 KARPRESS / Anton Merk", false}, {"\xC2\xA9 The Talmora Observer", true}});
  const size_t body = doc.text.find("The quake");
  doc.paragraphs.push_back(Span{static_cast<uint32_t>(body), static_cast<uint32_t>(body + 25)});
  std::sort(doc.removed.begin(), doc.removed.end(), [](const Removed& a, const Removed& b) { return a.span.begin < b.span.begin; });
  name_outlet(doc);
  EXPECT_EQ(doc.source, "The Talmora Observer");
  EXPECT_EQ(doc.source_from, SourceOrigin::kCopyright);
}

TEST(NameOutlet, DatelineAgencyWhenNoCopyrightAndMetadataWins) {
  Document doc;
  doc.text = "BAKU, December 1. /TASS/. Troops entered the district.";
  doc.datelines.push_back(Dateline{Span{0, 25}, Span{0, 4}, Span{6, 16}, Span{19, 23}});
  name_outlet(doc);
  EXPECT_EQ(doc.source, "TASS");
  EXPECT_EQ(doc.source_from, SourceOrigin::kDateline);
  Document given = doc;
  given.source = "Given";
  given.source_from = SourceOrigin::kMetadata;
  name_outlet(given);
  EXPECT_EQ(given.source, "Given");
}

}  // namespace
}  // namespace chorus::ingest

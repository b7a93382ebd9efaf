// Furniture removal over invented scraped articles (outlets, places and
// people are made up), plus general properties on the shared seeds.
#include "ingest/furniture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace chorus::ingest {
namespace {

Document make_doc(std::string text, std::string source = "", std::string title = "") {
  Document doc;
  doc.id = "doc";
  doc.text = std::move(text);
  doc.source = std::move(source);
  doc.title = std::move(title);
  return doc;
}

Document clean(std::string text, std::string title = "") {
  std::vector<Document> docs{make_doc(std::move(text), "", std::move(title))};
  remove_furniture(docs, FurnitureOptions{});
  return docs.front();
}

// What happened to the line holding `needle`: the removal reason's name,
// "body" when it lies in a paragraph, "lost" when neither.
std::string label(const Document& doc, std::string_view needle) {
  const size_t at = doc.text.find(needle);
  if (at == std::string::npos) return "needle not in text";
  const Span probe{uint32_t(at), uint32_t(at + needle.size())};
  for (const Removed& r : doc.removed)
    if (r.span.contains(probe)) return std::string(removal_reason_name(r.reason));
  for (const Span& p : doc.paragraphs)
    if (p.contains(probe)) return "body";
  return "lost";
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Spans lie in the text and do not overlap; every non-space byte is either
// in a paragraph or removed; datelines are removed and their parts inside.
void expect_invariants(const Document& doc) {
  std::vector<Span> all(doc.paragraphs.begin(), doc.paragraphs.end());
  for (const Removed& r : doc.removed) all.push_back(r.span);
  std::sort(all.begin(), all.end(), [](Span a, Span b) { return a.begin < b.begin; });
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_LT(all[i].begin, all[i].end);
    EXPECT_LE(all[i].end, doc.text.size());
    if (i > 0) {
      EXPECT_LE(all[i - 1].end, all[i].begin) << "overlap at byte " << all[i].begin;
    }
  }
  EXPECT_TRUE(std::is_sorted(doc.removed.begin(), doc.removed.end(),
                             [](const Removed& a, const Removed& b) {
                               return a.span.begin < b.span.begin;
                             }));
  size_t next = 0;
  for (size_t i = 0; i < doc.text.size(); ++i) {
    while (next < all.size() && all[next].end <= i) ++next;
    const bool covered = next < all.size() && all[next].begin <= i;
    if (!is_space(doc.text[i])) {
      EXPECT_TRUE(covered) << "byte " << i << " of \"" << doc.text.substr(i, 30)
                           << "\" is neither body nor removed";
      if (!covered) return;
    }
  }
  for (const Dateline& d : doc.datelines) {
    EXPECT_TRUE(d.span.contains(d.place));
    EXPECT_TRUE(d.date.empty() || d.span.contains(d.date));
    EXPECT_TRUE(d.agency.empty() || d.span.contains(d.agency));
    EXPECT_TRUE(std::any_of(doc.removed.begin(), doc.removed.end(), [&](const Removed& r) {
      return r.span == d.span && r.reason == RemovalReason::kDateline;
    }));
  }
}

// Stranded headline, promotion block with glued numbers, notices.
TEST(Furniture, StrandedHeadlineAndPromotionBlock) {
  const Document doc = clean(
      "KESTREL BAY, Norland -- Rescue crews pulled 14 fishermen from the sea off the Norland "
      "coast on Saturday after their trawler capsized in a sudden storm, the coast guard said.\n"
      "The trawler sent a distress call shortly before dawn, and two helicopters reached the "
      "scene within an hour.\n"
      "All 14 crew members were taken to hospital with mild hypothermia.\n"
      "Officials said the storm had not been forecast.\n"
      "Veld is a close ally of Norland.\n"
      "Storm Leaves Fourteen Fishermen Adrift Off Norland Coast\n"
      "Most Read\n"
      "1Why Norland's Ferries Keep Breaking Down\n"
      "2Ten Beaches You Have Never Heard Of\n"
      "3Inside The Fight Over The Harbour Bridge?\n"
      "4Mayor Vows To Rebuild Old Pier\n"
      "Advertisement\n"
      "\xC2\xA9 2021 Harbour Post Media. All rights reserved.");
  expect_invariants(doc);
  EXPECT_EQ(doc.title, "Storm Leaves Fourteen Fishermen Adrift Off Norland Coast");
  EXPECT_EQ(label(doc, "Storm Leaves Fourteen"), "headline");
  EXPECT_EQ(label(doc, "Most Read"), "promotion");
  EXPECT_EQ(label(doc, "1Why Norland"), "promotion");
  EXPECT_EQ(label(doc, "3Inside The Fight"), "promotion");
  EXPECT_EQ(label(doc, "4Mayor Vows"), "promotion");
  EXPECT_EQ(label(doc, "Advertisement"), "promotion");
  EXPECT_EQ(label(doc, "2021 Harbour Post Media"), "legal-notice");
  EXPECT_EQ(label(doc, "Rescue crews pulled"), "body");
  EXPECT_EQ(label(doc, "Officials said the storm"), "body");
  EXPECT_EQ(label(doc, "Veld is a close ally of Norland."), "body");
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(doc.at(doc.datelines[0].place), "KESTREL BAY");
  EXPECT_EQ(doc.at(doc.paragraphs.front()).substr(0, 11), "Rescue crew");
  EXPECT_EQ(doc.paragraphs.size(), 5u);
}

// Menu, headline and deck at the top; slashed dateline; embedded post;
// read-more, share, comment lines; a section heading.
TEST(Furniture, TopHeadlineDeckEmbedAndPrompts) {
  const Document doc = clean(
      "Home\nWorld\nEurope\n\n"
      "Harbour strike halts ferry traffic across the Vell Strait\n\n"
      "Dock workers demand higher pay after two years of frozen wages\n\n"
      "VELLHAVEN, March 4. /NPA/. Ferry traffic across the Vell Strait stopped on Thursday as "
      "dock workers walked out over pay, the port authority said.\n\n"
      "\"We have waited long enough,\" union leader Mara Ostrova told reporters.\n\n"
      "RELATED: Port authority posts record profit\n\n"
      "Talks collapsed on Wednesday night after the operator rejected a 6 percent raise.\n"
      "\u201CNo ferries will sail until the offer changes. #VellStrike\u201D\n"
      "Watch the picket line: https://t.co/ab12Cd pic.twitter.com/Xy34Zw\n"
      "\u2014 Vell Dockers Union (@velldockers) March 4, 2021\n\n"
      "What happens next\n\n"
      "The union said the strike would last at least three days.\n\n"
      "They share a border.\n\n"
      "Share this article\n"
      "Follow us on Facebook\n"
      "12 Comments\n"
      "Leave a comment");
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Home"), "navigation");
  EXPECT_EQ(label(doc, "Europe"), "navigation");
  EXPECT_EQ(doc.title, "Harbour strike halts ferry traffic across the Vell Strait");
  EXPECT_EQ(label(doc, "Harbour strike halts"), "headline");
  EXPECT_EQ(label(doc, "Dock workers demand"), "headline");  // the deck
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(doc.at(doc.datelines[0].span), "VELLHAVEN, March 4. /NPA/.");
  EXPECT_EQ(doc.at(doc.datelines[0].date), "March 4");
  EXPECT_EQ(doc.at(doc.datelines[0].agency), "NPA");
  EXPECT_EQ(label(doc, "VELLHAVEN"), "dateline");
  EXPECT_EQ(label(doc, "Ferry traffic across"), "body");
  EXPECT_EQ(label(doc, "We have waited"), "body");
  EXPECT_EQ(label(doc, "RELATED:"), "read-more");
  EXPECT_EQ(label(doc, "Talks collapsed"), "body");
  EXPECT_EQ(label(doc, "No ferries will sail"), "social-embed");
  EXPECT_EQ(label(doc, "Watch the picket line"), "social-embed");
  EXPECT_EQ(label(doc, "Vell Dockers Union"), "social-embed");
  EXPECT_EQ(label(doc, "What happens next"), "section-heading");
  EXPECT_EQ(label(doc, "They share a border."), "body");
  EXPECT_EQ(label(doc, "Share this article"), "share-prompt");
  EXPECT_EQ(label(doc, "Follow us on Facebook"), "share-prompt");
  EXPECT_EQ(label(doc, "12 Comments"), "comments");
  EXPECT_EQ(label(doc, "Leave a comment"), "comments");
}

TEST(Furniture, NoticesAndTailMenus) {
  const Document doc = clean(
      "Section heading first\n"
      "The council approved the new tram line on Monday after a debate that lasted six hours.\n"
      "Construction is expected to start next spring.\n"
      "Subscribe to our newsletter for the latest updates.\n"
      "We use cookies to improve your experience on this site.\n"
      "To learn more about our plans, click here.\n"
      "Sports\nWeather\nOpinion\n"
      "Discussion\n");
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Section heading first"), "section-heading");
  EXPECT_EQ(label(doc, "The council approved"), "body");
  EXPECT_EQ(label(doc, "Construction is expected"), "body");
  EXPECT_EQ(label(doc, "Subscribe to our"), "legal-notice");
  EXPECT_EQ(label(doc, "We use cookies"), "legal-notice");
  EXPECT_EQ(label(doc, "click here"), "read-more");
  EXPECT_EQ(label(doc, "Sports"), "navigation");
  EXPECT_EQ(label(doc, "Opinion"), "navigation");
  EXPECT_EQ(label(doc, "Discussion"), "comments");
  EXPECT_TRUE(doc.title.empty());  // no line of 4-20 words qualifies
}

// Page metadata (breadcrumb, byline, timestamps, photo credit, reporting
// credit) around a headline that follows a promotion list.
TEST(Furniture, MetadataAndPromotionAboveHeadline) {
  const Document doc = clean(
      "Harbour Post > News > Region\n"
      "Trending\n"
      "Ferry Strike Enters Third Day\n"
      "Mayor Resigns After Audit\n"
      "Norland election: opposition leads in early count\n"
      "By Anna Berg and Tomas Lund\n"
      "December 2, 2020 4:15 PM GMT\n"
      "Updated 2 hours ago\n"
      "FILE PHOTO: Voters queue outside a polling station in Vellhaven, May 3, 2019.\n"
      "The opposition Green Alliance led in early results from Sunday's parliamentary "
      "election in Norland, with about a third of the votes counted.\n"
      "Turnout was 71 percent.\n"
      "Reporting by Anna Berg; Editing by Tomas Lund\n");
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Harbour Post > News"), "navigation");
  EXPECT_EQ(label(doc, "Trending"), "promotion");
  EXPECT_EQ(label(doc, "Ferry Strike Enters"), "promotion");
  EXPECT_EQ(label(doc, "Mayor Resigns"), "promotion");
  EXPECT_EQ(doc.title, "Norland election: opposition leads in early count");
  EXPECT_EQ(label(doc, "By Anna Berg and"), "boilerplate");
  EXPECT_EQ(label(doc, "4:15 PM"), "boilerplate");
  EXPECT_EQ(label(doc, "Updated 2 hours"), "boilerplate");
  EXPECT_EQ(label(doc, "FILE PHOTO"), "boilerplate");
  EXPECT_EQ(label(doc, "Reporting by"), "boilerplate");
  EXPECT_EQ(label(doc, "Turnout was 71 percent."), "body");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
}

// Lines that look like furniture in part but are article prose.
TEST(Furniture, TableRowsOfFiguresAreNoMenus) {
  const Document doc = clean(
      "Home | News | Sport | Weather\n"
      "The number of homes flooded in the valley rose to 1,240 on Tuesday, the county said.\n"
      "Kessling | 412 | 1,100\n"
      "Brayford | 530 | 1,450\n"
      "1 | Kaja Ostrem | Vessia | 3:02.41\n"
      "2 | Hedda Brun | Estmark | 3:03.28\n"
      "1 | 2 | 3 | Next\n"
      "Crews expect the water to fall slowly over the next three days, the county said.\n");
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Home | News | Sport | Weather"), "navigation");
  EXPECT_EQ(label(doc, "Kessling | 412 | 1,100"), "body");
  EXPECT_EQ(label(doc, "Brayford | 530 | 1,450"), "body");
  EXPECT_EQ(label(doc, "1 | Kaja Ostrem | Vessia | 3:02.41"), "body");
  EXPECT_NE(label(doc, "1 | 2 | 3 | Next"), "body");
}

TEST(Furniture, BorderlineBodyLinesStay) {
  const Document doc = clean(
      "The ministry confirmed the figures in a statement released late on Tuesday evening.\n"
      "Home prices rose 3 percent in May.\n"
      "Related talks will resume next week.\n"
      "His comments drew sharp criticism from the opposition.\n"
      "Follow the money, she said.\n"
      "The statement read:\n"
      "\"We will not be moved by threats.\"\n"
      "Yes.\n"
      "The plan has three parts:\n"
      "1. The ferries must run twice a day.\n"
      "2. Fares stay frozen until next year.\n"
      "3. A new pier will be built at the north end.\n"
      "Critics called the share sale a mistake.\n"
      "The talks ended without a deal.");
  expect_invariants(doc);
  for (std::string_view line :
       {"The ministry confirmed", "Home prices rose", "Related talks", "His comments drew",
        "Follow the money", "The statement read:", "We will not be moved", "Yes.",
        "The plan has three parts:", "1. The ferries", "2. Fares stay", "3. A new pier",
        "Critics called the share", "The talks ended"})
    EXPECT_EQ(label(doc, line), "body") << line;
  EXPECT_TRUE(doc.removed.empty());
  EXPECT_EQ(doc.paragraphs.size(), 14u);
}

TEST(Furniture, HardWrappedTextIsJoined) {
  const std::string text =
      "OSLO (Reuters) - Norland's central bank raised its main interest rate by\n"
      "half a point on Thursday, its third increase this year, and said more\n"
      "rises were likely as inflation stayed well above its target.\n"
      "\n"
      "Outlook\n"
      "\n"
      "The bank expects inflation to peak in the autumn and to fall back\n"
      "toward its 2 percent goal during the course of next year, governor\n"
      "Ida Brekke told a news conference in the capital.\n";
  const Document doc = clean(text);
  expect_invariants(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.at(doc.paragraphs[0]).substr(0, 9), "Norland's");
  EXPECT_NE(doc.at(doc.paragraphs[0]).find("target."), std::string::npos);
  EXPECT_NE(doc.at(doc.paragraphs[1]).find("capital."), std::string::npos);
  EXPECT_EQ(label(doc, "Outlook"), "section-heading");
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(doc.at(doc.datelines[0].agency), "Reuters");
  EXPECT_EQ(doc.at(doc.datelines[0].span), "OSLO (Reuters) -");
}

// A sentence cut by a line break mid-way is joined even outside a wrapped block.
TEST(Furniture, BrokenSentenceIsJoined) {
  const Document doc = clean(
      "The storm knocked out power to some 40,000 homes across the\n"
      "northern provinces, the grid operator said.\n\n"
      "Repairs could take a week.");
  expect_invariants(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_NE(doc.at(doc.paragraphs[0]).find('\n'), std::string::npos);
}

TEST(Furniture, DucStyleSingleLine) {
  const std::string text =
      "WASHINGTON (AP) _ The Senate voted 61-39 on Tuesday to extend the program for two "
      "more years, sending the measure to the House, where its fate is uncertain. Supporters "
      "said the extension would protect jobs. Opponents said it cost too much.";
  const Document doc = clean(text);
  expect_invariants(doc);
  ASSERT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(doc.at(doc.paragraphs[0]).substr(0, 10), "The Senate");
  EXPECT_EQ(doc.paragraphs[0].end, text.size());
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(doc.at(doc.datelines[0].span), "WASHINGTON (AP) _");
  EXPECT_EQ(doc.at(doc.datelines[0].place), "WASHINGTON");
  EXPECT_EQ(doc.at(doc.datelines[0].agency), "AP");
  EXPECT_TRUE(doc.at(doc.datelines[0].date).empty());
}

// DUC/TREC style: hard-wrapped, paragraphs marked by an indent only.
TEST(Furniture, IndentedWrappedParagraphs) {
  const Document doc = clean(
      "   LISBON, Portugal (AP) _ Firefighters battled a wildfire in the hills\n"
      "north of the capital for a third day on Sunday, as strong winds pushed\n"
      "the flames toward several villages.\n"
      "   About 300 residents were evacuated overnight, the civil protection\n"
      "agency said, and no injuries had been reported by early afternoon.\n");
  expect_invariants(doc);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.at(doc.paragraphs[1]).substr(0, 9), "About 300");
  ASSERT_EQ(doc.datelines.size(), 1u);
  EXPECT_EQ(doc.at(doc.datelines[0].span), "LISBON, Portugal (AP) _");
}

TEST(Furniture, GivenTitleMarksItsLine) {
  const Document doc = clean(
      "Tram line approved\n"
      "The council approved the new tram line on Monday after a long debate.\n",
      "Tram Line Approved");
  expect_invariants(doc);
  EXPECT_EQ(doc.title, "Tram Line Approved");
  EXPECT_EQ(label(doc, "Tram line approved"), "headline");
}

TEST(Furniture, RepeatedLinesAcrossDocumentsAndSources) {
  const std::string syndicated =
      "The agreement, reached after three days of talks in the capital, commits both sides "
      "to a ceasefire along the entire border and to an exchange of prisoners.";
  const auto article = [&](std::string_view lead) {
    return std::string(lead) + "\n" + syndicated +
           "\nHarbour Post journalists reported from the scene.\n"
           "Observers will monitor the ceasefire.\n";
  };
  std::vector<Document> docs{
      make_doc(article("Fighting stopped at midnight, officials on both sides said.") +
                   "This report was produced with support from the Coastal Fund.",
               "Harbour Post"),
      make_doc(article("Guns fell silent along the border on Sunday.") +
                   "This report was produced with support from the Coastal Fund.",
               "Harbour Post"),
      make_doc(article("The ceasefire took hold overnight, residents said.") +
                   "This report was produced with support from the Coastal Fund.",
               "Vell Times")};
  FurnitureOptions options;
  options.repeated_in_source_min_docs = 2;
  options.repeated_line_min_docs = 4;  // the source rule alone for the funding line
  remove_furniture(docs, options);
  EXPECT_EQ(label(docs[0], "This report was produced"), "boilerplate");
  EXPECT_EQ(label(docs[1], "This report was produced"), "boilerplate");
  EXPECT_EQ(label(docs[2], "This report was produced"), "body");

  options.repeated_line_min_docs = 3;
  remove_furniture(docs, options);
  for (const Document& doc : docs) {
    expect_invariants(doc);
    EXPECT_EQ(label(doc, "Harbour Post journalists"), "boilerplate");
    EXPECT_EQ(label(doc, "The agreement, reached"), "body");  // syndicated, not furniture
    EXPECT_EQ(label(doc, "Observers will monitor"), "boilerplate");
  }

  options.repeated_line_min_docs = 0;
  options.repeated_in_source_min_docs = 0;
  remove_furniture(docs, options);
  for (const Document& doc : docs) EXPECT_TRUE(doc.removed.empty());
}

// Invented lines in the style of scraped news pages; every rule below is
// general (a credit in brackets, a teaser cut by the page, a label two
// outlets share), not these strings.
const std::string kStoryOpening =
    "Firefighters in Carrow Bay spent six hours on Tuesday night bringing a blaze at the old rope works under "
    "control, the county fire service said.\n";
const std::string kStoryClosing =
    "The fire service said the cause of the blaze was not yet known and that an investigation would begin once "
    "the building had been made safe.\n";

TEST(Furniture, CaptionsWithCreditsPlayerTextAndAppPromptsGo) {
  const Document doc = clean(
      kStoryOpening +
      "Crews pour water on the roof of the rope works as smoke rises over the harbour late on Tuesday (Photo: Ines "
      "Halvard, Carrow Courier via AP)\n"
      "Media playback is unsupported on your device\n"
      "Get push notifications with news, features and more.\n"
      "Embed this video: copy this code to your website\n" +
      kStoryClosing);
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Crews pour water"), "caption");
  EXPECT_EQ(label(doc, "Media playback"), "caption");
  EXPECT_EQ(label(doc, "Get push notifications"), "share-prompt");
  EXPECT_EQ(label(doc, "Embed this video"), "social-embed");
  EXPECT_EQ(label(doc, "Firefighters in Carrow Bay"), "body");
  EXPECT_EQ(label(doc, "The fire service said"), "body");
}

TEST(Furniture, ReadMoreSentenceAtTheEndOfABodyLineGoesAlone) {
  const Document doc = clean(kStoryOpening +
                             "The owners said the works had been empty since 2019. Read more about the plans for the "
                             "site here.\n" +
                             kStoryClosing);
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "The owners said the works had been empty since 2019."), "body");
  EXPECT_EQ(label(doc, "Read more about the plans"), "read-more");
  const auto it = std::find_if(doc.paragraphs.begin(), doc.paragraphs.end(), [&](const Span& p) {
    return doc.at(p).starts_with("The owners said");
  });
  ASSERT_NE(it, doc.paragraphs.end());
  EXPECT_EQ(doc.at(*it), "The owners said the works had been empty since 2019.");
}

TEST(Furniture, TeaserCutOffByThePageGoes) {
  const Document doc = clean(kStoryOpening + kStoryClosing +
                             "Harbour board approves new ferry berth after years of delay and a long row over...\n");
  EXPECT_EQ(label(doc, "Harbour board approves"), "promotion");
  // A quotation that trails off is not cut by the page.
  const Document quoted = clean(kStoryOpening + "\"We just do not know yet what we will find inside the building ...\"\n" +
                                kStoryClosing);
  EXPECT_EQ(label(quoted, "We just do not know"), "body");
}

TEST(Furniture, FactLinesAndMemoHeadersStayAndSoDoesTheStoryAfterThem) {
  const Document doc = clean(kStoryOpening +
                             "TO: All station managers\nFROM: Chief Fire Officer Dana Roe\nDATE: March 4, 2031\n"
                             "The memo asked stations to check their breathing equipment before the weekend.\n"
                             "Key figures:\nCrews at the scene: 40\nHomes evacuated: 12\n" +
                             kStoryClosing);
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "FROM: Chief Fire Officer"), "body");
  EXPECT_EQ(label(doc, "DATE: March 4, 2031"), "body");
  EXPECT_EQ(label(doc, "Crews at the scene: 40"), "body");
  EXPECT_EQ(label(doc, "Homes evacuated: 12"), "body");
  EXPECT_EQ(label(doc, "The fire service said"), "body");  // not a closing notice after the box
}

TEST(Furniture, ALabelTwoOutletsShareIsBoilerplateASentenceIsNot) {
  const std::string label_line = "Fire crews at work: the full picture gallery\n";
  const std::string shared_sentence = "Nobody was hurt in the fire, the county fire service said.\n";
  std::vector<Document> docs{make_doc(kStoryOpening + label_line + shared_sentence + kStoryClosing, "Carrow Courier"),
                             make_doc("A blaze gutted the old rope works in Carrow Bay on Tuesday night.\n" +
                                          label_line + shared_sentence,
                                      "Bay Radio")};
  remove_furniture(docs, FurnitureOptions{});
  for (const Document& doc : docs) {
    expect_invariants(doc);
    EXPECT_EQ(label(doc, "the full picture gallery"), "boilerplate");
    EXPECT_EQ(label(doc, "Nobody was hurt"), "body");
  }
}

// A story of about 300 words in plain sentences.
std::string long_story() {
  std::string story;
  for (int i = 0; i < 8; ++i) {
    story += "Paragraph " + std::to_string(i + 1) +
             " of the story says that the harbour board met on Tuesday evening and agreed, after a long and "
             "sometimes heated debate, to rebuild the old quay over the next two summers at a cost the council "
             "will share.\n";
  }
  return story;
}

TEST(Furniture, ReadersCommentsUnderAStoryGo) {
  const Document doc = clean(long_story() + "12 comments\n" +
                             "I walk past that quay every day and it is about time somebody fixed it properly.\n" +
                             "Posted by Jo from Hull at 10:14\n" +
                             "Two summers seems far too long for a job like this, and the council knows it.\n");
  expect_invariants(doc);
  EXPECT_EQ(label(doc, "Paragraph 8 of the story"), "body");
  EXPECT_EQ(label(doc, "12 comments"), "comments");
  EXPECT_EQ(label(doc, "I walk past that quay"), "comments");
  EXPECT_EQ(label(doc, "Two summers seems far too long"), "comments");
}

TEST(Furniture, ACommentsLinkInsideAStoryCutsNothing) {
  // After a few paragraphs, a toolbar's "Comments (3)" is a link; the story goes on.
  const std::string story = long_story();
  const std::string first_half = story.substr(0, story.size() / 2);
  const std::string second_half = story.substr(story.size() / 2);
  const Document doc = clean(first_half + "Comments (3)\n" + second_half);
  EXPECT_EQ(label(doc, "Paragraph 8 of the story"), "body");
}

TEST(Furniture, EmptyAndBlankDocuments) {
  for (std::string text : {"", "\n\n  \n", "Hello"}) {
    const Document doc = clean(text);
    expect_invariants(doc);
  }
}

TEST(Furniture, RunningTwiceGivesTheSameResult) {
  std::vector<Document> docs{make_doc("Home\nNews\nSport\nThe mayor resigned on Friday.\n")};
  remove_furniture(docs, {});
  const std::vector<Removed> first = docs[0].removed;
  const std::vector<Span> paragraphs = docs[0].paragraphs;
  docs[0].title.clear();
  remove_furniture(docs, {});
  ASSERT_EQ(docs[0].removed.size(), first.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(docs[0].removed[i].span, first[i].span);
  EXPECT_EQ(docs[0].paragraphs, paragraphs);
}

// Random pages assembled from prose and furniture pieces: the invariants
// hold, and a long sentence alone on its line is never removed.
TEST(Furniture, RandomPagesKeepInvariants) {
  const std::vector<std::string> pieces = {
      "The council approved the new tram line on Monday after a debate that lasted six hours "
      "and ended with a narrow vote in favour of the plan.",
      "Officials said the storm had not been forecast.",
      "Storm Leaves Fourteen Fishermen Adrift Off Norland Coast",
      "Most Read", "1", "2Why Ferries Break Down", "3Ten Beaches", "Home", "Share it...",
      "READ MORE: Port authority posts record profit", "\u00A9 2021 Example Media",
      "\u2014 Vell Dockers Union (@velldockers) March 4, 2021",
      "pic.twitter.com/Xy34Zw", "\u201CNo ferries will sail.\u201D", "What happens next",
      "QUITO -- The government declared an emergency in three provinces on Friday.",
      "OSLO (Reuters) -", "the line continues here in lowercase after a break",
      "By Anna Berg", "Updated 14:02", "   indented text that is wrapped at a column",
      "\u00C9mile Zola \u00E9crit \u00E0 Paris.", "", "", "\xE6", "   ", "_", "--", "(AP)"};
  uint32_t state = 12345;
  const auto next = [&state] {  // a fixed LCG: the same pages on every platform
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int page = 0; page < 300; ++page) {
    std::vector<Document> docs;
    for (int d = 0; d < 3; ++d) {
      std::string text;
      const uint32_t lines = next() % 25;
      for (uint32_t l = 0; l < lines; ++l) {
        text += pieces[next() % pieces.size()];
        text += next() % 4 == 0 ? " " : "\n";
      }
      docs.push_back(make_doc(text, d < 2 ? "Same Source" : ""));
    }
    remove_furniture(docs, {});
    for (const Document& doc : docs) {
      SCOPED_TRACE(doc.text);
      expect_invariants(doc);
      for (const Removed& r : doc.removed)
        EXPECT_NE(doc.at(r.span), pieces[0]) << "a long sentence alone on its line was removed";
    }
  }
}

// General properties only: the seeds are one example, not the target.
TEST(Furniture, SharedSeedsGeneralProperties) {
  const auto dir = testing::shared_dir() / "seeds";
  CHORUS_REQUIRE_SHARED(dir);
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  ASSERT_FALSE(paths.empty());
  std::vector<Document> docs;
  for (const auto& path : paths) docs.push_back(make_doc(testing::read_file(path)));
  remove_furniture(docs, {});
  size_t total_removed = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    SCOPED_TRACE(paths[d].filename().string());
    expect_invariants(doc);
    total_removed += doc.removed.size();
    bool has_fragment = false;  // a line that is not a sentence
    for (size_t begin = 0; begin < doc.text.size();) {
      size_t end = std::min(doc.text.find('\n', begin), doc.text.size());
      std::string_view line(doc.text.data() + begin, end - begin);
      while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
      const bool sentence = line.ends_with(".") || line.ends_with("?") ||
                            line.ends_with("!") || line.ends_with("\"") ||
                            line.ends_with("\u201D");
      if (!line.empty() && !sentence) has_fragment = true;
      begin = end + 1;
    }
    if (has_fragment) {
      EXPECT_FALSE(doc.removed.empty());
    }
    // No line ending in '.' with more than 20 words was removed, except site
    // notices after the article's end.
    for (const Removed& r : doc.removed) {
      if (r.reason == RemovalReason::kDateline) continue;
      if (r.reason == RemovalReason::kLegalNotice) {
        ASSERT_FALSE(doc.paragraphs.empty());
        EXPECT_GT(r.span.begin, doc.paragraphs.back().end) << doc.at(r.span);
        continue;
      }
      const std::string_view line = doc.at(r.span);
      const auto words = std::count(line.begin(), line.end(), ' ') + 1;
      EXPECT_FALSE(line.ends_with(".") && words > 20) << line;
    }
  }
  EXPECT_GT(total_removed, 0u);
}

}  // namespace
}  // namespace chorus::ingest

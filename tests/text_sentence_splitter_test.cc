// Sentence splitting: ICU plus the news-text rules, one group of cases per
// rule, and invariants over the DUC 2004 documents.
#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace chorus::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Checks what every call must guarantee: spans non-empty, trimmed, inside the
// paragraph, in order, not overlapping.
void expect_invariants(std::string_view text, Span paragraph, const std::vector<Span>& spans) {
  uint32_t previous_end = paragraph.begin;
  for (const Span& s : spans) {
    ASSERT_FALSE(s.empty());
    ASSERT_TRUE(paragraph.contains(s)) << s.begin << ".." << s.end;
    ASSERT_GE(s.begin, previous_end) << "overlap or disorder at " << s.begin;
    EXPECT_FALSE(is_space(text[s.begin])) << "untrimmed: [" << s.of(text) << "]";
    EXPECT_FALSE(is_space(text[s.end - 1])) << "untrimmed: [" << s.of(text) << "]";
    previous_end = s.end;
  }
}

std::vector<std::string> split(std::string_view text) {
  SentenceSplitter splitter;
  std::vector<Span> spans;
  const Span paragraph{0, static_cast<uint32_t>(text.size())};
  splitter.split(text, paragraph, spans);
  expect_invariants(text, paragraph, spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(s.of(text));
  return out;
}

using Sentences = std::vector<std::string>;

// ---- basics ----------------------------------------------------------------

TEST(SentenceSplitter, SplitsPlainSentences) {
  EXPECT_EQ(split("The sun rose. The birds sang."),
            (Sentences{"The sun rose.", "The birds sang."}));
  EXPECT_EQ(split("Is it true? Yes! It is."), (Sentences{"Is it true?", "Yes!", "It is."}));
}

TEST(SentenceSplitter, HeadlineWithoutTerminatorIsOneSentence) {
  EXPECT_EQ(split("Storm hits the coast"), (Sentences{"Storm hits the coast"}));
  EXPECT_EQ(split("Ceasefire holds, talks to resume: officials"),
            (Sentences{"Ceasefire holds, talks to resume: officials"}));
}

TEST(SentenceSplitter, EmptyAndBlankParagraphsGiveNothing) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split("   \n\t ").empty());
}

TEST(SentenceSplitter, TrimsWhiteSpace) {
  EXPECT_EQ(split("   First one.   Second one.  \n"), (Sentences{"First one.", "Second one."}));
}

TEST(SentenceSplitter, OffsetsPointIntoTheWholeText) {
  const std::string text = "Heading line\n\nThe mayor spoke. Nobody listened.\n\nEnd.";
  const auto begin = static_cast<uint32_t>(text.find("The mayor"));
  const Span paragraph{begin, static_cast<uint32_t>(text.find("\n\nEnd"))};
  SentenceSplitter splitter;
  std::vector<Span> spans{Span{0, 3}};  // existing content is kept
  splitter.split(text, paragraph, spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (Span{0, 3}));
  EXPECT_EQ(spans[1].of(text), "The mayor spoke.");
  EXPECT_EQ(spans[2].of(text), "Nobody listened.");
}

TEST(SentenceSplitter, ParagraphEndBeyondTextIsClamped) {
  const std::string text = "One. Two.";
  SentenceSplitter splitter;
  std::vector<Span> spans;
  splitter.split(text, Span{0, 1000}, spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[1].of(text), "Two.");
}

TEST(SentenceSplitter, SameResultsWhenReusedAndWhenEmbedded) {
  const std::string paragraph = "Gen. Lee arrived at 9 a.m. Monday. He left. ``Why?'' she asked.";
  const std::string text = "Prefix text. " + paragraph + " Suffix text.";
  SentenceSplitter splitter;
  std::vector<Span> alone;
  std::vector<Span> embedded;
  for (int round = 0; round < 3; ++round) {
    alone.clear();
    embedded.clear();
    splitter.split(paragraph, Span{0, static_cast<uint32_t>(paragraph.size())}, alone);
    const auto begin = static_cast<uint32_t>(text.find("Gen."));
    splitter.split(text, Span{begin, static_cast<uint32_t>(begin + paragraph.size())}, embedded);
    ASSERT_EQ(alone.size(), 3u);
    ASSERT_EQ(embedded.size(), alone.size());
    for (size_t i = 0; i < alone.size(); ++i) {
      EXPECT_EQ(alone[i].of(paragraph), embedded[i].of(text));
    }
  }
}

TEST(SentenceSplitter, NonAsciiText) {
  EXPECT_EQ(split("Él llegó tarde. Ésta es otra frase."),
            (Sentences{"Él llegó tarde.", "Ésta es otra frase."}));
  EXPECT_EQ(split("\u201COù?\u201D écrit-il. Personne."),
            (Sentences{"\u201COù?\u201D écrit-il.", "Personne."}));
}

TEST(SentenceSplitter, NonLatinTerminators) {
  EXPECT_EQ(split("北京。上海。"),
            (Sentences{"北京。", "上海。"}));
}

// ---- titles ----------------------------------------------------------------

TEST(SentenceSplitter, TitlesBeforeANameDoNotEndASentence) {
  for (const char* title : {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.",
                            "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "St."}) {
    const std::string first = std::string("Yesterday ") + title + " Halvorsen met the press.";
    EXPECT_EQ(split(first + " Then the crowd left."), (Sentences{first, "Then the crowd left."}))
        << title;
  }
}

TEST(SentenceSplitter, ChainedTitlesAndCapitals) {
  EXPECT_EQ(split("Lt. Col. Marta Ruiz testified. She was calm."),
            (Sentences{"Lt. Col. Marta Ruiz testified.", "She was calm."}));
  EXPECT_EQ(split("ST. LOUIS (AP) _ The Cardinals won again. Fans cheered."),
            (Sentences{"ST. LOUIS (AP) _ The Cardinals won again.", "Fans cheered."}));
  EXPECT_EQ(split("The mission took Mrs. Albright to St. Petersburg. Talks followed."),
            (Sentences{"The mission took Mrs. Albright to St. Petersburg.", "Talks followed."}));
}

TEST(SentenceSplitter, TitleThatIsPartOfANameCanEndASentence) {
  // The document writes "Hun Sen" without a period elsewhere: a name.
  EXPECT_EQ(split("Hun Sen's party won. The vote was narrowly won by Hun Sen. The king "
                  "accepted it. Majority Leader Sen. Trent Lott agreed."),
            (Sentences{"Hun Sen's party won.", "The vote was narrowly won by Hun Sen.",
                       "The king accepted it.", "Majority Leader Sen. Trent Lott agreed."}));
  // Without such evidence "Sen." stays a title, and "He" can be a surname.
  EXPECT_EQ(split("A vote by Hun Sen. The king agreed."),
            (Sentences{"A vote by Hun Sen. The king agreed."}));
  EXPECT_EQ(split("``We waited,'' Ms. He said."), (Sentences{"``We waited,'' Ms. He said."}));
}

TEST(SentenceSplitter, JuniorAndSeniorUseTheStarterCheck) {
  EXPECT_EQ(split("Martin Luther King Jr. Day is a holiday."),
            (Sentences{"Martin Luther King Jr. Day is a holiday."}));
  EXPECT_EQ(split("The speech was given by Ezra Pound Sr. The crowd cheered."),
            (Sentences{"The speech was given by Ezra Pound Sr.", "The crowd cheered."}));
}

// ---- months, numbers -------------------------------------------------------

TEST(SentenceSplitter, MonthsBeforeADayDoNotEndASentence) {
  for (const char* month : {"Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}) {
    const std::string first = std::string("Talks began ") + month + " 5 in Geneva.";
    EXPECT_EQ(split(first + " They ended later."), (Sentences{first, "They ended later."}))
        << month;
  }
  EXPECT_EQ(split("The deadline is Aug. 31. Nobody expects a deal."),
            (Sentences{"The deadline is Aug. 31.", "Nobody expects a deal."}));
  EXPECT_EQ(split("It happened in Dec. The next month was calm."),
            (Sentences{"It happened in Dec.", "The next month was calm."}));
}

TEST(SentenceSplitter, NumberAbbreviation) {
  EXPECT_EQ(split("She is ranked No. 1 in the world. Her rival is No. 2."),
            (Sentences{"She is ranked No. 1 in the world.", "Her rival is No. 2."}));
  EXPECT_EQ(split("The answer was No. The committee moved on."),
            (Sentences{"The answer was No.", "The committee moved on."}));
  EXPECT_EQ(split("She said no. Then she left."), (Sentences{"She said no.", "Then she left."}));
}

TEST(SentenceSplitter, DecimalsAndAmounts) {
  EXPECT_EQ(split("Unemployment rose 3.5 percent in May. Prices fell."),
            (Sentences{"Unemployment rose 3.5 percent in May.", "Prices fell."}));
  EXPECT_EQ(split("The firm lost $1.2 billion in 1997. Shares fell 0.5 percent."),
            (Sentences{"The firm lost $1.2 billion in 1997.", "Shares fell 0.5 percent."}));
  EXPECT_EQ(split("Version 2.0.1 shipped on time."), (Sentences{"Version 2.0.1 shipped on time."}));
}

// ---- U.S. and other initials -------------------------------------------------

TEST(SentenceSplitter, CountryInitialsBeforeANounContinue) {
  EXPECT_EQ(split("The U.S. Army said it would help."),
            (Sentences{"The U.S. Army said it would help."}));
  EXPECT_EQ(split("U.N. Secretary-General Kofi Annan arrived. He spoke."),
            (Sentences{"U.N. Secretary-General Kofi Annan arrived.", "He spoke."}));
  EXPECT_EQ(split("The U.K. Foreign Office denied it."),
            (Sentences{"The U.K. Foreign Office denied it."}));
}

TEST(SentenceSplitter, CountryInitialsEndASentenceBeforeAStarter) {
  EXPECT_EQ(split("The jet was sold to the U.S. The deal closed in May."),
            (Sentences{"The jet was sold to the U.S.", "The deal closed in May."}));
  EXPECT_EQ(split("He flew to the U.S. It was his first trip."),
            (Sentences{"He flew to the U.S.", "It was his first trip."}));
  EXPECT_EQ(split("The dispute involves the U.K. But France disagrees."),
            (Sentences{"The dispute involves the U.K.", "But France disagrees."}));
  EXPECT_EQ(split("Aid came from the U.N. ``We are grateful,'' he said."),
            (Sentences{"Aid came from the U.N.", "``We are grateful,'' he said."}));
}

TEST(SentenceSplitter, PersonalInitials) {
  EXPECT_EQ(split("John F. Kennedy was killed in Dallas. The nation mourned."),
            (Sentences{"John F. Kennedy was killed in Dallas.", "The nation mourned."}));
  EXPECT_EQ(split("J.R.R. Tolkien wrote it. Readers loved it."),
            (Sentences{"J.R.R. Tolkien wrote it.", "Readers loved it."}));
  EXPECT_EQ(split("He met George W. Bush and B.J. Habibie."),
            (Sentences{"He met George W. Bush and B.J. Habibie."}));
  EXPECT_EQ(split("The author is Robert J. A. Marsh of Leeds."),
            (Sentences{"The author is Robert J. A. Marsh of Leeds."}));
  EXPECT_EQ(split("Spokesman James P. Rubin said so."),
            (Sentences{"Spokesman James P. Rubin said so."}));
  EXPECT_EQ(split("An aide to Rep. W.J. (Billy) Tauzin spoke."),
            (Sentences{"An aide to Rep. W.J. (Billy) Tauzin spoke."}));
  EXPECT_EQ(split("The board picked option B. The others refused."),
            (Sentences{"The board picked option B.", "The others refused."}));
}

TEST(SentenceSplitter, StateAbbreviationsUsuallyEndASentence) {
  EXPECT_EQ(split("He was at home in Hewlett, N.Y. He said he was surprised."),
            (Sentences{"He was at home in Hewlett, N.Y.", "He said he was surprised."}));
  EXPECT_EQ(split("The office is in Mountain View, Calif. That meeting was secret."),
            (Sentences{"The office is in Mountain View, Calif.", "That meeting was secret."}));
  EXPECT_EQ(split("Rep. Jerrold Nadler, D-N.Y., spoke first."),
            (Sentences{"Rep. Jerrold Nadler, D-N.Y., spoke first."}));
  EXPECT_EQ(split("A doctor in Buffalo, N.Y. was shot."),
            (Sentences{"A doctor in Buffalo, N.Y. was shot."}));
}

// ---- times, companies, vs., etc. ----------------------------------------------

TEST(SentenceSplitter, TimesOfDay) {
  EXPECT_EQ(split("The quake struck at 4 a.m. local time. Houses fell."),
            (Sentences{"The quake struck at 4 a.m. local time.", "Houses fell."}));
  EXPECT_EQ(split("The vote is at 9 a.m. Tuesday in the Senate."),
            (Sentences{"The vote is at 9 a.m. Tuesday in the Senate."}));
  EXPECT_EQ(split("The attack began at 3 a.m. (0100 GMT), officials said."),
            (Sentences{"The attack began at 3 a.m. (0100 GMT), officials said."}));
  EXPECT_EQ(split("``The week was tense. (Yeltsin) was tired,'' he said."),
            (Sentences{"``The week was tense.", "(Yeltsin) was tired,'' he said."}));
  EXPECT_EQ(split("Firemen came at 11:43 p.m. (2243 GMT) Thursday. It was late."),
            (Sentences{"Firemen came at 11:43 p.m. (2243 GMT) Thursday.", "It was late."}));
  EXPECT_EQ(split("Voting began at 9 a.m. The result came at 5 P.M. It was close."),
            (Sentences{"Voting began at 9 a.m.", "The result came at 5 P.M.", "It was close."}));
}

TEST(SentenceSplitter, CompanySuffixes) {
  EXPECT_EQ(split("Microsoft Corp. said on Monday it would appeal."),
            (Sentences{"Microsoft Corp. said on Monday it would appeal."}));
  EXPECT_EQ(split("Acme Inc. chairman Ruth Ode resigned."),
            (Sentences{"Acme Inc. chairman Ruth Ode resigned."}));
  EXPECT_EQ(split("The buyer was Exxon Corp. The merger closes in May."),
            (Sentences{"The buyer was Exxon Corp.", "The merger closes in May."}));
  // AP style lower-cases a title after the company, so a capital starts anew.
  EXPECT_EQ(split("Talks were held with Chevron Corp. British Petroleum declined."),
            (Sentences{"Talks were held with Chevron Corp.", "British Petroleum declined."}));
  EXPECT_EQ(split("Workers at Daewoo Co. Ltd. went on strike."),
            (Sentences{"Workers at Daewoo Co. Ltd. went on strike."}));
}

TEST(SentenceSplitter, VersusAndEtCetera) {
  EXPECT_EQ(split("The case of Smith vs. Jones went on. Roe v. Wade was cited."),
            (Sentences{"The case of Smith vs. Jones went on.", "Roe v. Wade was cited."}));
  EXPECT_EQ(split("They sold apples, pears, etc. and made money."),
            (Sentences{"They sold apples, pears, etc. and made money."}));
  EXPECT_EQ(split("They sold apples, pears, etc. The market then closed."),
            (Sentences{"They sold apples, pears, etc.", "The market then closed."}));
  EXPECT_EQ(split("Some fruits, e.g. Apples, keep well."),
            (Sentences{"Some fruits, e.g. Apples, keep well."}));
}

// ---- ellipses, quotations, brackets -------------------------------------------

TEST(SentenceSplitter, Ellipses) {
  EXPECT_EQ(split("The plan was ... not ready, he said."),
            (Sentences{"The plan was ... not ready, he said."}));
  EXPECT_EQ(split("We waited... and waited. Nothing came."),
            (Sentences{"We waited... and waited.", "Nothing came."}));
  EXPECT_EQ(split("It was over... The crowd went home."),
            (Sentences{"It was over...", "The crowd went home."}));
}

TEST(SentenceSplitter, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(split("He said, ``We will win.'' Then he left."),
            (Sentences{"He said, ``We will win.''", "Then he left."}));
  EXPECT_EQ(split("She said: \"It is over.\" Nobody answered."),
            (Sentences{"She said: \"It is over.\"", "Nobody answered."}));
  EXPECT_EQ(split("She said: \u201CIt is over.\u201D Nobody answered."),
            (Sentences{"She said: \u201CIt is over.\u201D", "Nobody answered."}));
  EXPECT_EQ(split("He wrote: 'We lost.' Nobody replied."),
            (Sentences{"He wrote: 'We lost.'", "Nobody replied."}));
  EXPECT_EQ(split("``Is it safe?'' Nobody knew."), (Sentences{"``Is it safe?''", "Nobody knew."}));
}

TEST(SentenceSplitter, QuotedQuestionOrExclamationFollowedByLowerCase) {
  EXPECT_EQ(split("\"Where is he?\" she asked. Nobody knew."),
            (Sentences{"\"Where is he?\" she asked.", "Nobody knew."}));
  EXPECT_EQ(split("``Stay back!'' they shouted. The police came."),
            (Sentences{"``Stay back!'' they shouted.", "The police came."}));
  EXPECT_EQ(split("``What? What?'' came the reply."),
            (Sentences{"``What?", "What?'' came the reply."}));
}

TEST(SentenceSplitter, QuotedQuestionFollowedByItsSpeaker) {
  EXPECT_EQ(split("``Are you willing to sign?'' Prime Minister Olsen asked. Nobody answered."),
            (Sentences{"``Are you willing to sign?'' Prime Minister Olsen asked.",
                       "Nobody answered."}));
  EXPECT_EQ(split("``Who will pay?'' Marta Ruiz said after the vote."),
            (Sentences{"``Who will pay?'' Marta Ruiz said after the vote."}));
  EXPECT_EQ(split("``Can we win?'' Salmon said his refusal was final."),
            (Sentences{"``Can we win?''", "Salmon said his refusal was final."}));
  EXPECT_EQ(split("``Can we win?'' The crowd said nothing."),
            (Sentences{"``Can we win?''", "The crowd said nothing."}));
}

TEST(SentenceSplitter, StrayClosingQuoteJoinsThePreviousSentence) {
  EXPECT_EQ(split("``The research matters. '' Because of it, we know more."),
            (Sentences{"``The research matters. ''", "Because of it, we know more."}));
  EXPECT_EQ(split("``It ended badly. ''"), (Sentences{"``It ended badly. ''"}));
}

TEST(SentenceSplitter, ApostropheQuotesOpeningASentence) {
  EXPECT_EQ(split("The figure was revised. ''This is painful,'' he said."),
            (Sentences{"The figure was revised.", "''This is painful,'' he said."}));
}

TEST(SentenceSplitter, BracketsFollowedByLowerCaseContinue) {
  EXPECT_EQ(split("The minister (who resigned in Jan.) was replaced. Talks resumed."),
            (Sentences{"The minister (who resigned in Jan.) was replaced.", "Talks resumed."}));
  EXPECT_EQ(split("The vote (it was held at 5 p.m.) and the count took hours."),
            (Sentences{"The vote (it was held at 5 p.m.) and the count took hours."}));
  EXPECT_EQ(split("He called it \"a mistake.\" and moved on."),
            (Sentences{"He called it \"a mistake.\" and moved on."}));
  EXPECT_EQ(split("Q. (italics)Is it safe?(end italics) A. It is."),
            (Sentences{"Q. (italics)Is it safe?(end italics) A.", "It is."}));
  EXPECT_EQ(split("(The ruling was expected.) Officials declined comment."),
            (Sentences{"(The ruling was expected.)", "Officials declined comment."}));
}

// ---- datelines -----------------------------------------------------------------

TEST(SentenceSplitter, DatelinesStayWithTheirFirstSentence) {
  EXPECT_EQ(split("LAUSANNE, Switzerland (AP) _ The International Olympic Committee met. "
                  "It voted."),
            (Sentences{"LAUSANNE, Switzerland (AP) _ The International Olympic Committee met.",
                       "It voted."}));
  EXPECT_EQ(split("WASHINGTON _ The Senate voted. It was close."),
            (Sentences{"WASHINGTON _ The Senate voted.", "It was close."}));
  EXPECT_EQ(split("LITTLE ROCK, Ark. (AP) _ The governor spoke."),
            (Sentences{"LITTLE ROCK, Ark. (AP) _ The governor spoke."}));
  EXPECT_EQ(split("PALO ALTO, Calif. -- The company grew."),
            (Sentences{"PALO ALTO, Calif. -- The company grew."}));
  EXPECT_EQ(split("ST. PETERSBURG, Russia (AP) - Prices rose."),
            (Sentences{"ST. PETERSBURG, Russia (AP) - Prices rose."}));
}

TEST(SentenceSplitter, UnderscoreBulletAfterASentenceStartsANewOne) {
  EXPECT_EQ(split("The deal is not as generous. _ A salary cap would apply. _ Teams get a "
                  "first refusal."),
            (Sentences{"The deal is not as generous.", "_ A salary cap would apply.",
                       "_ Teams get a first refusal."}));
}

TEST(SentenceSplitter, InlineHeadingInCapitalsIsItsOwnSentence) {
  EXPECT_EQ(split("The talks failed. THE LESSON: DON'T RUSH At the headquarters, nobody "
                  "spoke. PITCHING TO THE LEFTIES Ana Ortiz: A fast thrower."),
            (Sentences{"The talks failed.", "THE LESSON: DON'T RUSH",
                       "At the headquarters, nobody spoke.", "PITCHING TO THE LEFTIES",
                       "Ana Ortiz: A fast thrower."}));
  // Datelines and acronyms are not headings.
  EXPECT_EQ(split("KUALA LUMPUR, Malaysia (AP) _ The court met."),
            (Sentences{"KUALA LUMPUR, Malaysia (AP) _ The court met."}));
  EXPECT_EQ(split("NEW YORK _ Stocks rose."), (Sentences{"NEW YORK _ Stocks rose."}));
  EXPECT_EQ(split("NATO Secretary-General Solana spoke."),
            (Sentences{"NATO Secretary-General Solana spoke."}));
  EXPECT_EQ(split("THE END"), (Sentences{"THE END"}));
}

// ---- line breaks inside a paragraph ---------------------------------------------

TEST(SentenceSplitter, HeadingLineIsItsOwnSentence) {
  EXPECT_EQ(split("Storm hits coast\nThe storm struck on Monday. It was strong."),
            (Sentences{"Storm hits coast", "The storm struck on Monday.", "It was strong."}));
  EXPECT_EQ(split("Kestrava Takes Back Dunmarrow District After Long Dispute\nIt happened."),
            (Sentences{"Kestrava Takes Back Dunmarrow District After Long Dispute",
                       "It happened."}));
  EXPECT_EQ(split("First part\n\nSecond part"), (Sentences{"First part", "Second part"}));
}

TEST(SentenceSplitter, HardWrappedLinesAreWhiteSpace) {
  EXPECT_EQ(split("The storm struck the coast on Monday and\ndestroyed many houses. Officials "
                  "said the\ndamage was severe."),
            (Sentences{"The storm struck the coast on Monday and\ndestroyed many houses.",
                       "Officials said the\ndamage was severe."}));
  // The next line's first word would not have fitted on the line: a wrap.
  EXPECT_EQ(split("The storm destroyed houses along the coast near\nMiami and caused heavy "
                  "damage to roads."),
            (Sentences{"The storm destroyed houses along the coast near\nMiami and caused "
                       "heavy damage to roads."}));
  EXPECT_EQ(split("Officials met with\nPresident Clinton."),
            (Sentences{"Officials met with\nPresident Clinton."}));
}

TEST(SentenceSplitter, LineEndingASentenceBreaksButAbbreviationsDoNot) {
  EXPECT_EQ(split("It was late.\nThe storm came."), (Sentences{"It was late.", "The storm came."}));
  EXPECT_EQ(split("Then he met Mr.\nSmith at noon."),
            (Sentences{"Then he met Mr.\nSmith at noon."}));
  EXPECT_EQ(split("It was a long day for the U.S.\nArmy and its allies."),
            (Sentences{"It was a long day for the U.S.\nArmy and its allies."}));
}

// ---- the DUC 2004 documents -------------------------------------------------------

// The title a sentence ends with ("Gen."), or empty.
std::string_view final_title(std::string_view sentence) {
  for (std::string_view title : {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.",
                                 "Capt.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "St."}) {
    if (sentence.ends_with(title) &&
        (sentence.size() == title.size() ||
         !std::isalpha(static_cast<unsigned char>(sentence[sentence.size() - title.size() - 1])))) {
      return title;
    }
  }
  return {};
}

// True when the document also writes the words ending `sentence` without the
// period, followed by a space or an apostrophe ("Hun Sen said", "Hun Sen's"):
// then the title is part of a name and may end a sentence.
bool written_as_name(std::string_view document, std::string_view sentence) {
  const size_t space = sentence.rfind(' ', sentence.size() - 2);
  if (space == std::string_view::npos || space == 0) return false;
  const size_t name_begin = sentence.rfind(' ', space - 1);
  const std::string_view words = sentence.substr(
      name_begin == std::string_view::npos ? 0 : name_begin + 1);
  const std::string stem(words.substr(0, words.size() - 1));  // without the period
  return document.find(stem + " ") != std::string_view::npos ||
         document.find(stem + "'") != std::string_view::npos;
}

// The texts of the 500 DUC 2004 documents, or empty when the data is absent.
std::vector<std::string> duc_documents() {
  std::vector<std::string> texts;
  std::ifstream in(chorus::testing::shared_dir() / "data/duc2004/clusters.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    const auto cluster = nlohmann::json::parse(line);
    for (const auto& doc : cluster.at("docs")) {
      texts.push_back(doc.at("text").get<std::string>());
    }
  }
  return texts;
}

TEST(SentenceSplitter, Duc2004Invariants) {
  CHORUS_REQUIRE_SHARED(chorus::testing::shared_dir() / "data/duc2004/clusters.jsonl");
  SentenceSplitter splitter;
  std::vector<Span> spans;
  const std::vector<std::string> texts = duc_documents();
  size_t sentences = 0;
  for (const std::string& text : texts) {
    const Span paragraph{0, static_cast<uint32_t>(text.size())};
    spans.clear();
    splitter.split(text, paragraph, spans);
    expect_invariants(text, paragraph, spans);
    ASSERT_FALSE(spans.empty());
    for (size_t i = 0; i + 1 < spans.size(); ++i) {
      const std::string_view sentence = spans[i].of(text);
      const std::string_view next = spans[i + 1].of(text);
      const bool after_title = !final_title(sentence).empty() &&
                               std::isupper(static_cast<unsigned char>(next[0]));
      EXPECT_FALSE(after_title && !written_as_name(text, sentence))
          << "broke after a title: [" << sentence << "] [" << next.substr(0, 40) << "]";
    }
    sentences += spans.size();
  }
  EXPECT_EQ(texts.size(), 500u);
  // ICU alone finds about 14,000; the rules merge several hundred of those.
  EXPECT_GT(sentences, 12500u);
  EXPECT_LT(sentences, 14000u);
  std::cout << "DUC 2004: " << texts.size() << " documents, " << sentences << " sentences\n";
}

// Greedy hard wrap at `width` columns: a space becomes '\n' where the next
// word would not fit.
std::string hard_wrap(std::string text, size_t width) {
  size_t line_length = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t end = std::min(text.find(' ', pos), text.size());
    const size_t word = end - pos;
    if (line_length > 0 && line_length + 1 + word > width) {
      text[pos - 1] = '\n';
      line_length = word;
    } else {
      line_length += (line_length > 0 ? 1 : 0) + word;
    }
    pos = end + 1;
  }
  return text;
}

// Hard wrapping must not change the sentences: each '\n' is white space.
TEST(SentenceSplitter, Duc2004HardWrappedSplitsLikeUnwrapped) {
  CHORUS_REQUIRE_SHARED(chorus::testing::shared_dir() / "data/duc2004/clusters.jsonl");
  SentenceSplitter splitter;
  std::vector<Span> flat;
  std::vector<Span> wrapped;
  for (const std::string& text : duc_documents()) {
    const Span paragraph{0, static_cast<uint32_t>(text.size())};
    flat.clear();
    splitter.split(text, paragraph, flat);
    for (size_t width : {60, 72, 100}) {
      const std::string wrapped_text = hard_wrap(text, width);
      wrapped.clear();
      splitter.split(wrapped_text, paragraph, wrapped);
      ASSERT_EQ(flat, wrapped) << "width " << width << ": " << text.substr(0, 80);
    }
  }
}

}  // namespace
}  // namespace chorus::text

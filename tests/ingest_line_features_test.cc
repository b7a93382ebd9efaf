// Per-line features over invented lines.
#include "ingest/line_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace chorus::ingest {
namespace {

LineFeatures features(const std::string& line) {
  return compute_line_features(line, Span{0, uint32_t(line.size())});
}

bool has_cue(const LineFeatures& f, RemovalReason reason) {
  return std::any_of(f.cues.begin(), f.cues.end(),
                     [&](const CueMatch& c) { return c.reason == reason; });
}

TEST(LineFeatures, ProseSentence) {
  const LineFeatures f = features("Veld is a close ally of Norland.");
  EXPECT_EQ(f.words, 7u);
  EXPECT_EQ(f.stop_words, 3u);  // is, a, of
  EXPECT_EQ(f.content_words, 4u);
  EXPECT_EQ(f.title_words, 2u);
  EXPECT_EQ(f.lowercase_run, 5u);  // is a close ally of
  EXPECT_EQ(f.terminal, Terminal::kPeriod);
  EXPECT_TRUE(f.ends_sentence());
  EXPECT_TRUE(f.starts_upper);
  EXPECT_DOUBLE_EQ(f.title_ratio(), 0.5);
  EXPECT_TRUE(f.cues.empty());
}

TEST(LineFeatures, TitleCaseHeadline) {
  const LineFeatures f = features("Storm Leaves Fourteen Fishermen Adrift Off Norland Coast");
  EXPECT_EQ(f.words, 8u);
  EXPECT_EQ(f.terminal, Terminal::kNone);
  EXPECT_FALSE(f.ends_sentence());
  EXPECT_DOUBLE_EQ(f.title_ratio(), 1.0);
  EXPECT_EQ(f.lowercase_run, 0u);
}

TEST(LineFeatures, SpanIsTrimmedAndWrappedLinesCountAsOne) {
  const std::string text = "  The storm hit the\ncoast at dawn.  \n";
  const LineFeatures f = compute_line_features(text, Span{0, uint32_t(text.size())});
  EXPECT_EQ(f.span.of(text), "The storm hit the\ncoast at dawn.");
  EXPECT_EQ(f.words, 7u);
  EXPECT_EQ(f.lowercase_run, 6u);
}

TEST(LineFeatures, Terminals) {
  EXPECT_EQ(features("He asked why?").terminal, Terminal::kQuestion);
  EXPECT_EQ(features("Stop now!").terminal, Terminal::kExclamation);
  EXPECT_EQ(features("Share it...").terminal, Terminal::kEllipsis);
  EXPECT_EQ(features("More\u2026").terminal, Terminal::kEllipsis);
  EXPECT_EQ(features("The statement read:").terminal, Terminal::kColon);
  EXPECT_EQ(features("\"We will stay,\" she said.\"").terminal, Terminal::kPeriod);
  EXPECT_EQ(features("\u201CNo ferries will sail.\u201D").terminal, Terminal::kPeriod);
  EXPECT_EQ(features("(Editing by Staff.)").terminal, Terminal::kPeriod);
  EXPECT_FALSE(features("Share it...").ends_sentence());  // a short teaser
  EXPECT_TRUE(features("And then the lights went out across the city...").ends_sentence());
}

TEST(LineFeatures, ListNumbers) {
  const std::string glued = "2Who Runs The Harbour?";
  const LineFeatures g = features(glued);
  EXPECT_TRUE(g.number_glued);
  EXPECT_EQ(g.number.of(glued), "2");
  EXPECT_EQ(g.words, 4u);  // the number is not a word of the title
  EXPECT_TRUE(g.starts_upper);

  const std::string spaced = "52 Judges Sworn In";
  const LineFeatures s = features(spaced);
  EXPECT_EQ(s.number.of(spaced), "52");
  EXPECT_FALSE(s.number_glued);

  EXPECT_TRUE(features("7").bare_number);
  EXPECT_TRUE(features("7.").bare_number);
  EXPECT_TRUE(features("3. Fares stay frozen.").number_marked);
  EXPECT_TRUE(features("1,960 troops arrived.").number.empty());  // a figure
  EXPECT_TRUE(features("3.5 percent growth").number.empty());
  EXPECT_FALSE(features("5G masts go up").number_glued);
  EXPECT_TRUE(features("1234 is a year").number.empty());  // too long for a list
}

TEST(LineFeatures, LinksHandlesHashtags) {
  const LineFeatures f =
      features("Watch: https://t.co/ab12Cd pic.twitter.com/Xy34Zw #VellStrike @velldockers");
  EXPECT_EQ(f.social_urls, 2u);
  EXPECT_EQ(f.urls, 2u);  // the https link and the bare pic link
  EXPECT_EQ(f.hashtags, 1u);
  EXPECT_EQ(f.handles, 1u);
  const LineFeatures mail = features("Write to desk@example.org or see www.example.org.");
  EXPECT_EQ(mail.handles, 0u);
  EXPECT_EQ(mail.urls, 1u);
  EXPECT_EQ(features("Room #4 is closed.").hashtags, 0u);
}

TEST(LineFeatures, AttributionShape) {
  const LineFeatures f = features("\u2014 Vell Dockers Union (@velldockers) March 4, 2021");
  EXPECT_TRUE(f.starts_dash);
  EXPECT_TRUE(f.has_month_date);
  EXPECT_EQ(f.handles, 1u);
  EXPECT_TRUE(features("Published on 3 March").has_month_date);
  EXPECT_FALSE(features("Marching bands played.").has_month_date);
  EXPECT_FALSE(features("In May the river rose.").has_month_date);
}

TEST(LineFeatures, TimestampsAndBylines) {
  EXPECT_TRUE(features("December 2, 2020 4:15 PM GMT").clock_time);
  EXPECT_TRUE(features("Updated 14:02").clock_time);
  EXPECT_FALSE(features("The score was 2:1.").clock_time);
  EXPECT_TRUE(features("By Anna Berg and Tomas Lund").byline);
  EXPECT_FALSE(features("By noon the roads were clear.").byline);
  EXPECT_FALSE(features("by the harbour").byline);
}

TEST(LineFeatures, CuePhrases) {
  const LineFeatures read = features("READ MORE: Port authority posts record profit");
  ASSERT_FALSE(read.cues.empty());
  EXPECT_EQ(read.cues.front().reason, RemovalReason::kReadMore);
  EXPECT_TRUE(read.cues.front().at_start);
  EXPECT_TRUE(read.cues.front().then_break);
  EXPECT_EQ(read.cues.front().kind, CueKind::kInterface);

  const LineFeatures share = features("Share it...");
  ASSERT_EQ(share.cues.size(), 1u);
  EXPECT_EQ(share.cues[0].kind, CueKind::kWord);
  EXPECT_TRUE(share.cues[0].at_start);

  const LineFeatures inside = features("They share a border.");
  ASSERT_EQ(inside.cues.size(), 1u);
  EXPECT_FALSE(inside.cues[0].at_start);

  EXPECT_TRUE(features("Shares fell sharply.").cues.empty());  // whole words only
  EXPECT_TRUE(features("The homeland security office").cues.empty());
  EXPECT_TRUE(has_cue(features("\u00A9 2021 Example Media"), RemovalReason::kLegalNotice));
  EXPECT_TRUE(has_cue(features("We use cookies."), RemovalReason::kLegalNotice));
  EXPECT_TRUE(has_cue(features("Comments (12)"), RemovalReason::kComments));
  EXPECT_TRUE(features("Comments (12)").cues.front().then_break);
  EXPECT_TRUE(has_cue(features("Don\u2019t Miss"), RemovalReason::kPromotion));
  EXPECT_TRUE(has_cue(features("1. Read more"), RemovalReason::kReadMore));
  EXPECT_TRUE(features("1. Read more").cues.front().at_start);
}

TEST(LineFeatures, CaseOfNonAsciiLetters) {
  EXPECT_EQ(letter_case_at("\u00C9cole", 0), LetterCase::kUpper);
  EXPECT_EQ(letter_case_at("\u00E9t\u00E9", 0), LetterCase::kLower);
  EXPECT_EQ(letter_case_at("\u0130", 0), LetterCase::kUpper);  // İ
  EXPECT_EQ(letter_case_at("\u0131", 0), LetterCase::kLower);  // ı
  EXPECT_EQ(letter_case_at("\u0141\u00F3d\u017A", 0), LetterCase::kUpper);  // Ł
  EXPECT_EQ(letter_case_at("\u018F", 0), LetterCase::kUpper);  // Ə
  EXPECT_EQ(letter_case_at("\u0416", 0), LetterCase::kUpper);  // Ж
  EXPECT_EQ(letter_case_at("\u0436", 0), LetterCase::kLower);  // ж
  EXPECT_EQ(letter_case_at("\u201C", 0), LetterCase::kNotLetter);
  EXPECT_EQ(letter_case_at("\u2014", 0), LetterCase::kNotLetter);
  EXPECT_EQ(letter_case_at("\u6771", 0), LetterCase::kUncased);
  EXPECT_EQ(code_point_length("\u6771", 0), 3u);
  EXPECT_EQ(code_point_length("\xE6", 0), 1u);  // truncated sequence: one byte
  const LineFeatures f = features("\u00C9mile Zola \u00E9crit \u00E0 Paris.");
  EXPECT_EQ(f.words, 5u);
  EXPECT_TRUE(f.starts_upper);
}

TEST(LineFeatures, LayoutSkipsBlankLinesAndJoinsWrappedProse) {
  const std::string text =
      "Headline Of The Day\n\n"
      "  The bank expects inflation to peak in the autumn and to fall back\n"
      "toward its 2 percent goal during the course of next year, governor\n"
      "Ida Brekke told a news conference in the capital.\n"
      "  \n"
      "Short line.\n"
      "Another short line.\n";
  const LineLayout layout = layout_lines(text);
  ASSERT_EQ(layout.lines.size(), 6u);
  EXPECT_EQ(layout.lines[0].of(text), "Headline Of The Day");
  EXPECT_EQ(layout.lines[1].of(text).substr(0, 8), "The bank");  // trimmed
  ASSERT_EQ(layout.logical.size(), 4u);
  EXPECT_EQ(layout.logical[1].first_line, 1u);
  EXPECT_EQ(layout.logical[1].last_line, 3u);
  EXPECT_TRUE(layout.logical[1].features.ends_sentence());
  EXPECT_EQ(layout.logical[1].features.span.of(text).substr(0, 8), "The bank");
  EXPECT_EQ(layout.logical[2].features.span.of(text), "Short line.");
  EXPECT_TRUE(layout_lines("").lines.empty());
  EXPECT_TRUE(layout_lines("\n \n").logical.empty());
}

TEST(LineFeatures, LayoutKeepsScrapedParagraphsApart) {
  // One paragraph per line, varied lengths, capitals after each break.
  const std::string text =
      "The council approved the new tram line on Monday after a debate.\n"
      "Construction is expected to start next spring, officials said on Tuesday.\n"
      "Critics said the cost was too high.\n";
  EXPECT_EQ(layout_lines(text).logical.size(), 3u);
}

TEST(LineFeatures, NormalizedKey) {
  EXPECT_EQ(normalized_line_key("  Page 2 of 10  "), "page 0 of 0");
  EXPECT_EQ(normalized_line_key("page 3\tof   12"), "page 0 of 0");
  EXPECT_EQ(normalized_line_key("Share\nit"), "share it");
  EXPECT_EQ(normalized_line_key(""), "");
}

TEST(LineFeatures, TrimSpan) {
  const std::string text = " \u00A0 word \t";
  EXPECT_EQ(trim_span(text, Span{0, uint32_t(text.size())}).of(text), "word");
  EXPECT_TRUE(trim_span(text, Span{0, 3}).empty());
  EXPECT_TRUE(features("   ").span.empty());
  EXPECT_EQ(features("   ").words, 0u);
}

}  // namespace
}  // namespace chorus::ingest

// The vocabulary of page furniture and its matching (see cue_phrases.h).
#include "ingest/cue_phrases.h"

#include <cstring>
#include <optional>
#include <unordered_map>

#include "ingest/line_features.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace chorus::ingest {
namespace {

using text::is_ascii_alnum;
using text::is_ascii_digit;

struct Cue {
  std::string_view phrase;  // lowercase ASCII, single spaces
  RemovalReason reason;
  CueKind kind;
};

struct CueGroup {
  RemovalReason reason;
  CueKind kind;
  std::vector<std::string_view> phrases;
};

// Generic vocabulary of page furniture: the labels, buttons and notices a
// reader would recognize on any news site. kBoilerplate also stands for page
// metadata (bylines, timestamps, photo credits, reporting credits), which
// recurs in form from article to article even when its words differ.
const std::vector<Cue>& cue_table() {
  using R = RemovalReason;
  using K = CueKind;
  static const std::vector<Cue> table = [] {
    const std::vector<CueGroup> groups = {
        {R::kReadMore, K::kInterface,
         {"read more", "read also", "also read", "read next", "click here", "continue reading",
          "keep reading", "related articles", "related stories"}},
        {R::kReadMore, K::kPhrase, {"see also", "more on this", "learn more", "full story"}},
        {R::kReadMore, K::kWord, {"related"}},
        {R::kSharePrompt, K::kInterface,
         {"share this", "copy link", "like us on", "follow us"}},
        {R::kSharePrompt, K::kPhrase, {"share on"}},
        {R::kSharePrompt, K::kWord,
         {"share", "follow", "tweet", "email", "print", "facebook", "twitter", "whatsapp",
          "telegram", "linkedin", "reddit"}},
        {R::kComments, K::kInterface,
         {"leave a comment", "leave a reply", "show comments", "view comments", "post a comment",
          "comments are closed", "comments are now closed", "add your comment", "add a comment",
          "write a comment", "reader comments", "readers' comments", "have your say"}},
        {R::kComments, K::kPhrase, {"join the conversation", "join the discussion"}},
        {R::kComments, K::kWord, {"comments", "comment", "discussion"}},
        {R::kLegalNotice, K::kInterface,
         {"all rights reserved", "\xC2\xA9", "use cookies", "cookie policy", "accept cookies",
          "privacy policy", "privacy notice", "terms of use", "terms of service",
          "terms and conditions", "subscribe to", "subscribe now", "subscribers only", "sign up",
          "our newsletter", "may not be reproduced", "may not be published, broadcast"}},
        {R::kLegalNotice, K::kPhrase, {"without permission"}},
        {R::kLegalNotice, K::kWord, {"copyright", "cookies", "subscribe", "newsletter"}},
        {R::kNavigation, K::kInterface,
         {"skip to content", "skip to main content", "back to top", "main menu", "next article",
          "previous article", "you are here", "filed under"}},
        {R::kNavigation, K::kPhrase, {"sign in", "log in", "register now", "not a member"}},
        {R::kNavigation, K::kWord, {"home", "menu", "search", "sections", "tags", "topics"}},
        {R::kPromotion, K::kInterface,
         {"trending now", "recommended for you", "you may also like", "you might also like",
          "sponsored content"}},
        {R::kPromotion, K::kPhrase,
         {"most read", "most popular", "most viewed", "top stories", "more stories", "more from",
          "don't miss", "advertisement", "latest news", "editor's choice", "from the web",
          "partner content"}},
        {R::kPromotion, K::kWord, {"trending", "picks", "recommended", "sponsored", "popular"}},
        {R::kSocialEmbed, K::kInterface,
         {"a post shared by", "view this post on", "copy this code", "embed code", "embed this"}},
        // Captions, credits and media players: what a picture or a video
        // leaves in the text when a page is scraped.
        {R::kCaption, K::kInterface,
         {"image copyright", "image caption", "photo credit", "picture credit", "image credit",
          "(photo:", "(photo by", "(image:", "(picture:", "photo courtesy", "click to enlarge",
          "view gallery", "photo gallery", "next photo", "previous photo", "playback is unsupported",
          "video has been rented", "rating is available when", "autoplay", "video player", "now playing",
          "watch the video", "play video", "photograph:", "photo:", "picture:", "pictured:", "in pictures",
          "does not support the video", "does not support video", "video can not be played",
          "video cannot be played", "listen to this story"}},
        {R::kSharePrompt, K::kInterface,
         {"push notifications", "download our app", "download the app", "get the app",
          "turn on notifications", "news alerts", "print this page", "gift this article", "save this article",
          "republish this article", "submit this article", "email this article", "alert us", "report abuse",
          "view slideshow", "hot tags"}},
        {R::kBoilerplate, K::kInterface,
         {"file photo", "getty images", "reporting by", "editing by", "writing by",
          "additional reporting", "contributed to this report", "hours ago", "minutes ago"}},
        {R::kBoilerplate, K::kWord,
         {"photo", "image", "credit", "caption", "updated", "published"}},
    };
    std::vector<Cue> cues;
    for (const CueGroup& group : groups)
      for (std::string_view phrase : group.phrases)
        cues.push_back({phrase, group.reason, group.kind});
    return cues;
  }();
  return table;
}

// The cue table indexed for matching: phrases by their first run of ASCII
// letters and digits ("don" for "don't miss"), so a line is matched word by
// word instead of searching every phrase through it. Phrases that do not
// start with a letter or digit ("©") are searched as substrings.
struct CueIndex {
  std::unordered_map<std::string_view, std::vector<uint32_t>> by_first_word;
  std::vector<uint32_t> symbols;
};

const CueIndex& cue_index() {
  static const CueIndex index = [] {
    CueIndex built;
    const std::vector<Cue>& cues = cue_table();
    for (uint32_t c = 0; c < cues.size(); ++c) {
      const std::string_view phrase = cues[c].phrase;
      size_t n = 0;
      while (n < phrase.size() && is_ascii_alnum(phrase[n])) ++n;
      if (n == 0) {
        built.symbols.push_back(c);
      } else {
        built.by_first_word[phrase.substr(0, n)].push_back(c);
      }
    }
    return built;
  }();
  return index;
}

// Is the code point just before `i` a letter or digit?
bool letter_before(std::string_view s, size_t i) {
  if (i == 0) return false;
  const size_t p = text::previous_utf8_start(s, i);
  return is_ascii_digit(s[p]) || letter_case_at(s, p) != LetterCase::kNotLetter;
}

// The cue `cue` found at `at` in `lower`, if it stands there as whole words.
std::optional<CueMatch> cue_at(std::string_view lower, size_t at, const Cue& cue, size_t first_letter) {
  if (lower.compare(at, cue.phrase.size(), cue.phrase) != 0) return std::nullopt;
  const size_t end = at + cue.phrase.size();
  const bool letter_after = end < lower.size() && (is_ascii_digit(lower[end]) ||
                            letter_case_at(lower, end) != LetterCase::kNotLetter);
  if (letter_after) return std::nullopt;  // "shares", "homeland"
  CueMatch match{cue.reason, cue.kind, at <= first_letter, false};
  size_t k = end;
  while (k < lower.size() && lower[k] == ' ') ++k;
  const std::string_view rest = lower.substr(k);
  match.then_break = rest.empty() || std::strchr(":|->(", rest[0]) != nullptr ||
                     rest.starts_with("...") || rest.starts_with("\xE2\x80\xA6") ||
                     rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93") ||
                     rest.starts_with("\xC2\xBB") || is_ascii_digit(rest[0]);
  return match;
}

}  // namespace

std::vector<CueMatch> find_cues(std::string_view lower) {
  size_t first_letter = 0;  // a cue is "at the start" when no letter precedes it
  while (first_letter < lower.size() && letter_case_at(lower, first_letter) == LetterCase::kNotLetter)
    first_letter += code_point_length(lower, first_letter);
  const std::vector<Cue>& cues = cue_table();
  const CueIndex& index = cue_index();
  std::vector<std::optional<CueMatch>> found(cues.size());
  for (uint32_t c : index.symbols) {
    for (size_t at = lower.find(cues[c].phrase); at != std::string_view::npos && !found[c];
         at = lower.find(cues[c].phrase, at + 1)) {
      if (!letter_before(lower, at)) found[c] = cue_at(lower, at, cues[c], first_letter);
    }
  }
  for (size_t at = 0; at < lower.size();) {
    if (!is_ascii_alnum(lower[at]) || letter_before(lower, at)) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < lower.size() && is_ascii_alnum(lower[end])) ++end;
    if (const auto it = index.by_first_word.find(lower.substr(at, end - at)); it != index.by_first_word.end()) {
      for (uint32_t c : it->second) {
        if (!found[c]) found[c] = cue_at(lower, at, cues[c], first_letter);
      }
    }
    at = end;
  }
  std::vector<CueMatch> matches;
  for (const std::optional<CueMatch>& match : found) {
    if (match) matches.push_back(*match);
  }
  return matches;
}

}  // namespace chorus::ingest

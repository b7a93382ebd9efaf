// Furniture removal: a scoring model over line features, then context.
//
// 1. Lines are grouped into units, the logical lines of layout_lines: one
//    line each, except hard-wrapped prose (one unit, later one paragraph).
// 2. Each unit gets a body score: evidence for prose (sentence end, length,
//    lowercase stretches, function words) minus evidence for furniture (cue
//    phrases, list numbers, links, handles, title case, repetition across
//    documents). The strongest piece of furniture evidence names the reason.
// 3. Position: lines before the first body sentence or after the last one
//    lose points when they do not end a sentence (headlines, menus, teasers).
// 4. Context decides what single lines cannot: embedded posts (a quote and
//    link lines above an "— Name (@handle) date" line), numbered lists,
//    headlines listed under a promotion heading, runs of short lines, the
//    headline and deck, and isolated section headings between paragraphs.
// 5. Long sentences (> 20 words ending in . ? !; any line of 40 words or
//    more) are never removed, unless they belong to an embedded post, repeat
//    across documents with a cue phrase, or open with a furniture phrase:
//    dropping a real article sentence costs more than keeping a notice.
//
// Deck: a short summary line right after a headline at the top is removed
// with reason kHeadline, as the headline block it belongs to; the title is
// the headline line alone.
#include "ingest/furniture.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "ingest/dateline.h"
#include "ingest/furniture_evidence.h"
#include "ingest/line_features.h"

namespace chorus::ingest {
namespace {

// Lines longer than this (in bytes) are never counted as repeated furniture.
constexpr uint32_t kLongestRepeatableLine = 1024;
// Most words of a line taken as one more item of the link list around it.
constexpr uint32_t kListLeftoverWords = 15;
// Most words of a link or prompt sentence cut from the end of a body line.
constexpr uint32_t kTrailingFragmentWords = 20;
// Words of body a story has before a comment heading can start its comments.
constexpr size_t kStoryWordsBeforeComments = 100;
constexpr size_t kStoryWordsBeforeBareComments = 250;
// Most words of a label above or below a web page's story.
constexpr uint32_t kPageLabelWords = 3;
// Most words of a closing site notice without any cue phrase in it.
constexpr uint32_t kLongestBareNotice = 12;

struct Unit {
  uint32_t first_line = 0;  // physical lines [first_line, last_line]
  uint32_t last_line = 0;
  LineFeatures f;
  std::string key;          // normalized_line_key, for repetition
  double score = 0.0;
  bool body = false;
  std::optional<RemovalReason> reason;  // set when the unit is furniture
  std::optional<RemovalReason> evidence_reason;  // what the unit's own evidence says
  bool list_item = false;
  bool opens_with_cue = false;          // a phrase cue at the start of the line
};

// For each normalized line, the number of documents it stands in; keys
// prefixed with "source\x1f" count within one source (the text has no
// control characters, so the two kinds of key cannot collide).
class RepetitionIndex {
 public:
  void add(uint32_t doc, const std::string& source, const std::string& key) {
    bump(key, doc);
    if (!source.empty()) bump(source + '\x1f' + key, doc);
  }
  bool repeated(const std::string& source, const std::string& key, bool sentence,
                const FurnitureOptions& options) const {
    const uint32_t all = options.repeated_line_min_docs;
    const uint32_t own = options.repeated_in_source_min_docs;
    const uint32_t label = options.repeated_label_min_docs;
    return (all > 0 && docs(key) >= all) || (label > 0 && !sentence && docs(key) >= label) ||
           (own > 0 && !source.empty() && docs(source + '\x1f' + key) >= own);
  }

 private:
  struct Count { uint32_t docs = 0; uint32_t last_doc = UINT32_MAX; };
  void bump(const std::string& key, uint32_t doc) {
    Count& c = counts_[key];
    if (c.last_doc != doc) { ++c.docs; c.last_doc = doc; }
  }
  uint32_t docs(const std::string& key) const {
    const auto it = counts_.find(key);
    return it == counts_.end() ? 0u : it->second.docs;
  }
  std::unordered_map<std::string, Count> counts_;
};

// Per-document classification state.
class Classifier {
 public:
  Classifier(Document& doc, std::vector<Unit>& units) : doc_(doc), units_(units) {}

  void run(const RepetitionIndex& repetition, const FurnitureOptions& options) {
    for (Unit& u : units_) {
      const bool words = u.f.content_words + u.f.stop_words > 0;  // not "1" or "--"
      const bool repeated =
          words && !u.key.empty() && repetition.repeated(doc_.source, u.key, u.f.ends_sentence(), options);
      const Evidence e = furniture_evidence(u.f, repeated);
      u.score = body_evidence(u.f) - e.total;
      if (e.strongest >= kReasonEvidence) u.evidence_reason = e.reason;
      for (const CueMatch& cue : u.f.cues)
        u.opens_with_cue |= cue.at_start && cue.kind != CueKind::kWord;
    }
    if (doc_.html) return run_on_page();
    classify();
    apply_zone_penalty();
    classify();
    find_dateline_unit();
    mark_embeds();
    mark_numbered_lists();
    mark_promotion_blocks();
    choose_headline();
    mark_short_runs();
    place_leftovers();
    mark_list_leftovers();
    protect_sentences();
    mark_page_tail();
    mark_comment_section();
    mark_closing_notices();
  }

 private:
  // A web page's main text: its markup already told headline, menus,
  // lists and headings apart, so what the lines' shape would guess about
  // structure is not guessed again. A line goes only on evidence of
  // furniture (cue phrases, links, handles, repetition): captions, player
  // and app prompts, embeds, notices inside the article's container.
  void run_on_page() {
    classify();  // first_body_, last_body_: the first and last prose lines
    for (size_t i = 0; i < units_.size(); ++i) {
      Unit& u = units_[i];
      // Above the story's first sentence or below its last, a label of a
      // few words is a tool or a menu item ("Story tools", "Page 1").
      const bool label = (top(i) || tail(i)) && u.f.words <= kPageLabelWords && !u.f.ends_sentence();
      u.body = (u.score >= kBodyThreshold || !u.evidence_reason) && !label;
      u.reason = u.body ? std::nullopt : u.evidence_reason;
      if (label && !u.reason) u.reason = RemovalReason::kNavigation;
    }
    find_dateline_unit();
    mark_embeds();
    mark_promotion_blocks();
    mark_list_leftovers();
    protect_sentences();
    mark_closing_notices();
    keep_table_headers();
  }

  // A table's header row ("Town | Homes flooded | Evacuated") has no figures,
  // so it reads as a menu; it is a header when the row below, with as many
  // cells, is a kept row of figures.
  void keep_table_headers() {
    for (size_t i = 0; i + 1 < units_.size(); ++i) {
      const Unit& below = units_[i + 1];
      Unit& u = units_[i];
      if (u.body || u.reason != RemovalReason::kNavigation || u.f.separators < 1) continue;
      if (!below.body || below.f.separators != u.f.separators || below.f.figure_cells == 0) continue;
      u.body = true;
      u.reason.reset();
    }
  }

  // A short line that is no sentence, between two lines of one kind of link
  // furniture (related stories, menus, read-more links), is one more of them
  // that its own words did not give away.
  void mark_list_leftovers() {
    for (size_t i = 1; i + 1 < units_.size(); ++i) {
      const Unit& above = units_[i - 1];
      const Unit& below = units_[i + 1];
      if (!units_[i].body || above.body || below.body || !above.reason || above.reason != below.reason) continue;
      const RemovalReason r = *above.reason;
      if (r != RemovalReason::kPromotion && r != RemovalReason::kReadMore && r != RemovalReason::kNavigation) continue;
      if (units_[i].f.words <= kListLeftoverWords && !units_[i].f.ends_sentence()) remove(i, r);
    }
  }

  void classify() {
    for (Unit& u : units_) {
      u.body = u.score >= kBodyThreshold;
      u.reason = u.body ? std::nullopt : u.evidence_reason;
    }
    first_body_ = units_.size();
    last_body_ = units_.size();
    for (size_t i = 0; i < units_.size(); ++i) {
      const LineFeatures& f = units_[i].f;
      if (!units_[i].body || !(f.ends_sentence() || f.words >= 25)) continue;
      if (first_body_ == units_.size()) first_body_ = i;
      last_body_ = i;
    }
  }
  bool top(size_t i) const { return i < first_body_; }
  bool tail(size_t i) const {
    return last_body_ < units_.size() && i > last_body_ && i < units_.size();
  }
  bool open(size_t i) const { return !units_[i].body && !units_[i].reason; }
  // Marks unit `i` as furniture; the unit that opens with the dateline is
  // settled once found and stays as it is.
  void remove(size_t i, RemovalReason why) {
    if (i == dateline_unit_) return;
    units_[i].body = false;
    units_[i].reason = why;
  }

  // Before the first body sentence or after the last, a line that does not
  // end a sentence is a headline, menu or teaser far more often than prose.
  void apply_zone_penalty() {
    for (size_t i = 0; i < units_.size(); ++i)
      if ((top(i) || tail(i)) && !units_[i].f.ends_sentence()) units_[i].score -= 2.0;
  }

  // The dateline opens the first body paragraph (or stands alone above it).
  void find_dateline_unit() {
    for (size_t i = 0; i < units_.size() && i <= first_body_; ++i) {
      Unit& u = units_[i];
      if (u.reason && u.reason != RemovalReason::kBoilerplate) continue;
      const std::optional<Dateline> d = find_dateline(doc_.text, u.f.span);
      if (!d) continue;
      doc_.datelines.push_back(*d);
      if (d->span.end >= u.f.span.end) {
        remove(i, RemovalReason::kDateline);
      } else {
        u.body = true;
        u.reason.reset();
        if (i < first_body_) first_body_ = i;
      }
      dateline_unit_ = i;
      return;
    }
  }

  // An attribution line, and the quote and link lines right above it.
  void mark_embeds() {
    for (size_t i = 0; i < units_.size(); ++i) {
      if (!is_attribution(units_[i].f)) continue;
      remove(i, RemovalReason::kSocialEmbed);
      for (size_t j = i; j-- > 0 && i - j <= 3;) {
        const LineFeatures& f = units_[j].f;
        // Everything between here and the attribution is already the embed,
        // so a quotation here is the embedded post's text.
        const bool embed_like = f.social_urls + f.urls + f.hashtags + f.handles > 0 || f.starts_quote;
        if (!embed_like || j == dateline_unit_) break;
        remove(j, RemovalReason::kSocialEmbed);
      }
    }
  }

  // Runs of units numbered 1, 2, 3... (the digits may be glued to a title,
  // or stand alone on the line above the item). Items that are not prose,
  // or whose number is glued, are promotion.
  void mark_numbered_lists() {
    std::vector<size_t> items;
    uint32_t numbered = 0;
    uint32_t expected = 0;
    bool after_bare = false;
    const auto close = [&] {
      if (numbered >= 3)
        for (size_t k : items) units_[k].list_item = true;
      items.clear();
      numbered = 0;
      expected = 0;
    };
    for (size_t i = 0; i < units_.size(); ++i) {
      const LineFeatures& f = units_[i].f;
      const std::string_view digits = f.number.of(doc_.text);
      if (!digits.empty()) {
        const std::string want = std::to_string(expected);
        if (expected == 0 || !digits.starts_with(want)) {
          close();
          if (!digits.starts_with("1")) continue;
          expected = 1;
        }
        items.push_back(i);
        ++numbered;
        ++expected;
        after_bare = f.bare_number;
      } else if (after_bare) {
        items.push_back(i);
        after_bare = false;
      } else {
        close();
      }
    }
    close();
    for (size_t i = 0; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (u.list_item && (!u.body || u.f.number_glued || u.f.bare_number))
        remove(i, RemovalReason::kPromotion);
    }
  }

  // A promotion heading ("Most read") and the headline-like lines under it.
  void mark_promotion_blocks() {
    for (size_t i = 0; i < units_.size(); ++i) {
      if (units_[i].body || units_[i].reason != RemovalReason::kPromotion) continue;
      for (size_t j = i + 1; j < units_.size(); ++j) {
        const Unit& u = units_[j];
        const bool headline_like = u.f.terminal != Terminal::kPeriod &&
                                   (u.f.title_ratio() >= 0.6 || u.list_item);
        if (!headline_like || is_protected(u.f)) break;
        if (u.reason && u.reason != RemovalReason::kPromotion) break;
        remove(j, RemovalReason::kPromotion);
        i = j;
      }
    }
  }

  bool headline_candidate(size_t i) const {
    const LineFeatures& f = units_[i].f;
    return open(i) && f.words >= 4 && f.words <= 20 && !units_[i].list_item &&
           f.terminal != Terminal::kPeriod && f.terminal != Terminal::kColon &&
           f.terminal != Terminal::kEllipsis && f.urls + f.handles == 0;
  }
  bool deck_candidate(size_t i) const {
    const LineFeatures& f = units_[i].f;
    return open(i) && f.words >= 4 && f.words <= 40 && f.terminal != Terminal::kPeriod &&
           f.urls + f.handles == 0;
  }

  // A headline left below the article, as some scrapes do: the first
  // candidate with body above it and no body right below it.
  std::optional<size_t> stranded_headline() const {
    for (size_t i = first_body_ + 1; i < units_.size(); ++i)
      if (units_[i - 1].body && headline_candidate(i) &&
          (i + 1 == units_.size() || !units_[i + 1].body))
        return i;
    return std::nullopt;
  }

  // The headline: the metadata title's own line, else the last candidate
  // above the body (with the one below it as deck when both are), else a
  // stranded one.
  void choose_headline() {
    std::optional<size_t> headline;
    if (!doc_.title.empty()) {
      const std::string key = normalized_line_key(doc_.title);
      for (size_t i = 0; i < units_.size() && !headline; ++i)
        if (units_[i].key == key && !is_protected(units_[i].f)) headline = i;
    } else {
      std::vector<size_t> above;
      for (size_t i = 0; i < std::min(first_body_, units_.size()); ++i)
        if (headline_candidate(i)) above.push_back(i);
      if (above.size() >= 2 && above.back() == above[above.size() - 2] + 1 &&
          deck_candidate(above.back()))
        headline = above[above.size() - 2];
      else if (!above.empty())
        headline = above.back();
      else
        headline = stranded_headline();
    }
    if (!headline) return;
    remove(*headline, RemovalReason::kHeadline);
    const size_t deck = *headline + 1;
    if (top(deck) && deck_candidate(deck)) remove(deck, RemovalReason::kHeadline);
    if (doc_.title.empty()) {
      doc_.title = std::string(units_[*headline].f.span.of(doc_.text));
      std::replace(doc_.title.begin(), doc_.title.end(), '\n', ' ');
    }
  }

  // Three or more short, still unexplained lines in a row (other furniture
  // may sit between them): a menu when they have at most three words each,
  // else a teaser list.
  void mark_short_runs() {
    const auto fits = [&](size_t i) {
      return !units_[i].body && units_[i].f.words <= 15 &&
             units_[i].reason != RemovalReason::kHeadline &&
             units_[i].reason != RemovalReason::kDateline;
    };
    for (size_t a = 0; a < units_.size();) {
      size_t b = a;
      uint32_t longest = 0;
      uint32_t count = 0;
      for (; b < units_.size() && fits(b); ++b) {
        if (!open(b)) continue;
        longest = std::max(longest, units_[b].f.words);
        ++count;
      }
      const RemovalReason why =
          longest <= 3 ? RemovalReason::kNavigation : RemovalReason::kPromotion;
      for (size_t i = a; i < b && count >= 3; ++i)
        if (open(i)) remove(i, why);
      a = b == a ? a + 1 : b;
    }
  }

  // What is left: headings between paragraphs, menus above, teasers below.
  void place_leftovers() {
    for (size_t i = 0; i < units_.size(); ++i) {
      if (!open(i)) continue;
      if (top(i)) {
        const bool before_body = i + 1 < units_.size() && units_[i + 1].body;
        remove(i, before_body ? RemovalReason::kSectionHeading : RemovalReason::kNavigation);
      } else if (tail(i)) {
        const bool label = units_[i].f.words <= 4;
        remove(i, label ? RemovalReason::kNavigation : RemovalReason::kPromotion);
      } else {
        remove(i, RemovalReason::kSectionHeading);
      }
    }
  }

  void protect_sentences() {
    for (Unit& u : units_) {
      if (u.body || !is_protected(u.f) || !u.reason) continue;
      const RemovalReason r = *u.reason;
      // Captions are long sentences too; a credit or a caption label says what they are.
      if (r == RemovalReason::kSocialEmbed || r == RemovalReason::kBoilerplate || r == RemovalReason::kCaption ||
          r == RemovalReason::kHeadline || r == RemovalReason::kDateline || u.opens_with_cue)
        continue;
      u.body = true;
      u.reason.reset();
    }
  }

  // Furniture that only stands after an article: teaser lists, menus,
  // comment sections (embeds and read-more links also stand mid-article).
  static bool ends_article(const Unit& u) {
    if (u.body || !u.reason) return false;
    return *u.reason == RemovalReason::kPromotion || *u.reason == RemovalReason::kNavigation ||
           *u.reason == RemovalReason::kComments;
  }

  // The article ends where a block of page furniture (three or more lines of
  // teasers, menus, comments) follows it. A short stretch of sentences after
  // such a block is a site notice (legal, about, subscription), not the
  // article going on: real continuations are long. Runs after protection,
  // since such notices are often long sentences.
  // Readers' comments below a story: from a short comment heading ("Have
  // your say", "12 comments", "Comments are closed") that stands after a
  // story's worth of body, every line is a comment or its furniture.
  void mark_comment_section() {
    size_t body_words = 0;
    for (size_t i = 0; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (u.body) body_words += u.f.words;
      if (body_words < kStoryWordsBeforeComments || u.f.words > 8 || u.f.ends_sentence()) continue;
      const bool heading = std::any_of(u.f.cues.begin(), u.f.cues.end(), [&](const CueMatch& cue) {
        // A bare "Comments (3)" is also a link in a toolbar: only below a
        // whole story does it start the comments.
        return cue.reason == RemovalReason::kComments &&
               (cue.kind != CueKind::kWord || (cue.at_start && body_words >= kStoryWordsBeforeBareComments));
      });
      if (!heading) continue;
      // Lines removed already keep their reason (a footer is no comment).
      for (size_t k = i; k < units_.size(); ++k) {
        if (units_[k].body || !units_[k].reason) remove(k, RemovalReason::kComments);
      }
      return;
    }
  }

  void mark_page_tail() {
    size_t body_words = 0;
    for (size_t i = 0; i < units_.size(); ++i) {
      size_t end = i;
      while (end < units_.size() && ends_article(units_[end])) ++end;
      if (end - i >= 3 && body_words > 0) {
        size_t tail_words = 0, tail_units = 0;
        for (size_t k = end; k < units_.size(); ++k) {
          if (!units_[k].body) continue;
          tail_words += units_[k].f.words;
          ++tail_units;
        }
        // A notice says so (a cue) or is short; a plain long sentence is the
        // article going on after a box of links inside it.
        bool notices = true;
        for (size_t k = end; k < units_.size(); ++k) {
          const Unit& t = units_[k];
          if (t.body && t.f.cues.empty() && t.f.words > kLongestBareNotice) notices = false;
        }
        if (notices && tail_units > 0 && tail_units <= 3 && tail_words * 3 <= body_words) {
          for (size_t k = end; k < units_.size(); ++k) {
            if (units_[k].body) remove(k, units_[k].evidence_reason.value_or(RemovalReason::kLegalNotice));
          }
          return;
        }
      }
      if (units_[i].body) body_words += units_[i].f.words;
    }
  }

  // Pages end with notices (copyright, cookies, reproduction terms) that are
  // often long sentences, so sentence shape protects them. Walking back from
  // the end over furniture, a line with notice wording is a notice too; the
  // walk stops at the first plain body line, so this reaches only the tail.
  void mark_closing_notices() {
    for (size_t i = units_.size(); i-- > 0;) {
      Unit& u = units_[i];
      if (!u.body) continue;
      const bool notice = std::any_of(u.f.cues.begin(), u.f.cues.end(), [](const CueMatch& cue) {
        return cue.reason == RemovalReason::kLegalNotice && cue.kind != CueKind::kWord;
      });
      if (!notice) return;
      remove(i, RemovalReason::kLegalNotice);
    }
  }

  Document& doc_;
  std::vector<Unit>& units_;
  size_t first_body_ = 0;
  size_t last_body_ = 0;
  size_t dateline_unit_ = SIZE_MAX;
};

// "... the council said. Read more about the plan here.": a last sentence
// of a body line that is a link or a prompt (a read-more, share or caption
// cue opening it) goes, the rest of the line stays.
std::optional<Removed> trailing_furniture(std::string_view text, Span paragraph) {
  const std::string_view line = paragraph.of(text);
  std::size_t start = std::string_view::npos;
  // Only the last 400 bytes are searched: the fragment is short.
  for (std::size_t i = std::max<std::size_t>(2, line.size() < 400 ? 0 : line.size() - 400); i + 1 < line.size(); ++i) {
    const char end = line[i - 2];
    if ((end == '.' || end == '!' || end == '?') && line[i - 1] == ' ' && line[i] >= 'A' && line[i] <= 'Z') start = i;
  }
  if (start == std::string_view::npos) return std::nullopt;
  const std::string_view tail = line.substr(start);
  uint32_t words = 1;
  for (const char c : tail) words += c == ' ';
  if (words > kTrailingFragmentWords) return std::nullopt;
  for (const CueMatch& cue : find_cues(fold_for_cues(tail))) {
    if (!cue.at_start || cue.kind == CueKind::kWord) continue;
    if (cue.reason == RemovalReason::kReadMore || cue.reason == RemovalReason::kSharePrompt ||
        cue.reason == RemovalReason::kCaption) {
      const auto begin = static_cast<uint32_t>(paragraph.begin + start);
      return Removed{Span{begin, paragraph.end}, cue.reason};
    }
  }
  return std::nullopt;
}

// Writes paragraphs and removed spans from the classified units.
void emit(Document& doc, const std::vector<Span>& lines, const std::vector<Unit>& units) {
  const std::optional<Span> dateline =
      doc.datelines.empty() ? std::nullopt : std::optional<Span>(doc.datelines.front().span);
  for (const Unit& u : units) {
    if (u.body) {
      Span paragraph = u.f.span;
      if (dateline && paragraph.contains(*dateline)) {
        doc.removed.push_back({*dateline, RemovalReason::kDateline});
        paragraph = trim_span(doc.text, Span{dateline->end, paragraph.end});
      }
      std::optional<Removed> tail = trailing_furniture(doc.text, paragraph);
      if (tail) paragraph = trim_span(doc.text, Span{paragraph.begin, tail->span.begin});
      if (!paragraph.empty()) doc.paragraphs.push_back(paragraph);
      if (tail) doc.removed.push_back(*tail);
      continue;
    }
    for (uint32_t l = u.first_line; l <= u.last_line; ++l)
      doc.removed.push_back({lines[l], u.reason.value_or(RemovalReason::kBoilerplate)});
  }
}

}  // namespace

void remove_furniture(std::vector<Document>& docs, const FurnitureOptions& options) {
  std::vector<std::vector<Span>> lines(docs.size());
  std::vector<std::vector<Unit>> units(docs.size());
  // Removals made before (a web page's blocks outside its main text) stand;
  // the lines they cover are not classified again.
  std::vector<std::vector<Removed>> fixed(docs.size());
  RepetitionIndex repetition;
  for (size_t d = 0; d < docs.size(); ++d) {
    fixed[d] = docs[d].page_removed;
    std::sort(fixed[d].begin(), fixed[d].end(),
              [](const Removed& a, const Removed& b) { return a.span.begin < b.span.begin; });
    LineLayout layout = layout_lines(docs[d].text);
    // At their number, not grown by doubling: a 10 MB page of short lines
    // has hundreds of thousands, and a doubling holds both copies at once.
    units[d].reserve(layout.logical.size());
    size_t next_fixed = 0;
    for (LogicalLine& logical : layout.logical) {
      const Span span = logical.features.span;
      while (next_fixed < fixed[d].size() && fixed[d][next_fixed].span.end <= span.begin) ++next_fixed;
      if (next_fixed < fixed[d].size() && fixed[d][next_fixed].span.contains(span)) continue;
      Unit& u = units[d].emplace_back();
      u.first_line = logical.first_line;
      u.last_line = logical.last_line;
      u.f = std::move(logical.features);
      // Furniture lines are short; a line of over a kilobyte repeated across
      // articles is syndicated prose, so long lines are not indexed at all.
      if (u.f.span.size() > kLongestRepeatableLine) continue;
      u.key = normalized_line_key(u.f.span.of(docs[d].text));
      repetition.add(uint32_t(d), docs[d].source, u.key);
    }
    lines[d] = std::move(layout.lines);
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    Document& doc = docs[d];
    doc.paragraphs.clear();
    doc.removed.clear();
    doc.datelines.clear();
    Classifier(doc, units[d]).run(repetition, options);
    emit(doc, lines[d], units[d]);
    if (!fixed[d].empty()) {
      doc.removed.insert(doc.removed.end(), fixed[d].begin(), fixed[d].end());
      std::stable_sort(doc.removed.begin(), doc.removed.end(),
                       [](const Removed& a, const Removed& b) { return a.span.begin < b.span.begin; });
    }
  }
}

}  // namespace chorus::ingest

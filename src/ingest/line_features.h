// Per-line features for furniture removal.
//
// A scraped page mixes article prose with menus, promotion blocks, share
// prompts and notices. Prose has a recognizable shape (long, ends a sentence,
// full of function words and lowercase stretches); furniture is short,
// title-cased, numbered, link-laden or made of a few stock phrases. These
// features describe one line (or one logical line made of hard-wrapped
// lines) so that the classifier in furniture.cc can score it.
//
// Words are found by a plain scan: letters (any non-ASCII code point that is
// not listed punctuation counts as a letter), digits, and apostrophes or
// hyphens inside them. Case is known for ASCII, Latin-1, Latin Extended-A,
// Greek and Cyrillic letters, which is enough to tell "Title Case" from prose.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "ingest/cue_phrases.h"

namespace chorus::ingest {

// How a line ends, after trailing closing quotes and brackets are skipped.
enum class Terminal : uint8_t {
  kNone,         // a letter, digit or other character: not a sentence end
  kPeriod,       // "."
  kQuestion,     // "?"
  kExclamation,  // "!"
  kEllipsis,     // "..." or "…": trailing off, typical of teasers ("Share it...")
  kColon,        // ":" introduces what follows (a quote, a link)
};

struct LineFeatures {
  Span span;                   // the line, trimmed of surrounding whitespace

  uint32_t words = 0;          // word tokens (a leading list number glued to a title excluded)
  uint32_t stop_words = 0;     // words in the English stop list
  uint32_t content_words = 0;  // words with a letter that are not stop words
  uint32_t title_words = 0;    // content words starting with a capital letter
  uint32_t lowercase_run = 0;  // longest run of consecutive words starting lowercase
  bool all_caps = false;       // at least two letters and none of them lowercase

  Terminal terminal = Terminal::kNone;
  bool starts_upper = false;   // first word starts with a capital letter
  bool starts_lower = false;   // first word starts with a lowercase letter
  bool starts_quote = false;   // first character is a quotation mark
  bool starts_dash = false;    // first character is a dash ("— Name (@handle) ...")

  // List numbering: a run of 1-3 leading digits. `number` holds the digits'
  // span (empty if none). `bare_number`: the line is only the number
  // (optionally with "." or ")"). `number_glued`: the digits run straight
  // into a capitalized word ("2Who Is ..."), as numbered teaser widgets
  // render when scraped. `number_marked`: "1." or "1)" then a space.
  Span number;
  bool bare_number = false;
  bool number_glued = false;
  bool number_marked = false;

  uint32_t urls = 0;           // http(s)://, www. and bare social-media links
  uint32_t social_urls = 0;    // links to social posts or their media (t.co, pic.twitter.com ...)
  uint32_t handles = 0;        // @handles (not e-mail addresses)
  uint32_t hashtags = 0;       // #hashtags
  bool has_month_date = false; // a "Month D" or "D Month" date (embed attributions, timestamps)
  bool clock_time = false;     // "14:02", "4:15 PM" (timestamps)
  bool byline = false;         // "By Name ...": short, no sentence end
  bool credit_tail = false;    // ends with a picture credit: "... (Photo: Name, Paper via AP)"
  bool truncated = false;      // cut off by the page: "...civic group members..." (an ellipsis
                               // glued to a word, no closing quote): a teaser
  bool label_value = false;    // "Total budget: $58 million", "FROM: City Manager Ellen Marsh": a short
                               // label, a colon, a value (factboxes, memo headers, fact lists)
  uint32_t separators = 0;     // " | ", " > ", " / ", " » ", " › ", " • " (menus, breadcrumbs)
  uint32_t figure_cells = 0;   // items between " | " that hold a digit (a table row's figures)
  bool table_row = false;      // "Kessling | 412 | 1,100", "1 | Kaja Ostrem | Vessia | 3:02.41"

  std::vector<CueMatch> cues;  // furniture cue phrases, in table order

  // Ends like a sentence: ".", "?" or "!", or an ellipsis after a long line.
  bool ends_sentence() const;
  double stop_ratio() const { return words ? double(stop_words) / words : 0.0; }
  // Share of capitalized words among the content words.
  double title_ratio() const {
    return content_words ? double(title_words) / content_words : 0.0;
  }
};

// Features of `text` at `span` (which may hold line breaks: they count as
// spaces). The span is trimmed first; `LineFeatures::span` is the result.
LineFeatures compute_line_features(std::string_view text, Span span);

// A logical line: one physical line, or several hard-wrapped ones joined.
struct LogicalLine {
  uint32_t first_line = 0;  // physical lines [first_line, last_line] of LineLayout::lines
  uint32_t last_line = 0;
  LineFeatures features;    // of the joined span (line breaks count as spaces)
};

// The text as lines. Blank lines only separate; they are not listed.
struct LineLayout {
  std::vector<Span> lines;            // non-blank physical lines, trimmed, in text order
  std::vector<LogicalLine> logical;   // in text order, covering every line once
};

// Splits `text` at '\n' and joins hard-wrapped prose into logical lines:
//  - in a block of adjacent lines (no blank line between) that looks
//    wrapped at a column (>= 3 lines, most near the block's width, a third
//    or more of the breaks before a lowercase word), lines are joined except
//    at an indent or after a short line that ends a sentence;
//  - elsewhere, a line of 30+ bytes that ends no sentence (nor with ':') is
//    joined with a next line that starts lowercase: a sentence cut mid-way.
// Scraped pages put one paragraph per line, of varied lengths, each starting
// with a capital, so their lines stay apart.
LineLayout layout_lines(std::string_view text);

// The key under which a line is compared across documents: ASCII letters
// lowercased, each run of digits replaced by "0", whitespace collapsed to one
// space, surrounding whitespace dropped. "Page 2 of 10" and "page 3 of 12"
// share a key.
std::string normalized_line_key(std::string_view line);

// ASCII-lowercased copy with typographic apostrophes made ASCII and
// whitespace runs collapsed: the form cue phrases are matched against.
std::string fold_for_cues(std::string_view line);

// --- Lexical helpers, shared with dateline.cc and furniture.cc. ---

enum class LetterCase : uint8_t { kNotLetter, kUpper, kLower, kUncased };

// Length in bytes of the UTF-8 code point starting at `i` (1 for a stray byte).
size_t code_point_length(std::string_view s, size_t i);
// Case of the code point starting at `i`; kNotLetter for digits, spaces and
// punctuation (including the Unicode quotes, dashes and spaces news uses).
LetterCase letter_case_at(std::string_view s, size_t i);

// `s` with surrounding ASCII whitespace removed, as a span relative to `base`.
Span trim_span(std::string_view text, Span span);

}  // namespace chorus::ingest

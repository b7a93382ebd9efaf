// Sentence rules for news text: the decisions SentenceSplitter makes on top
// of ICU's break iterator. Internal to the text module.
#pragma once

#include <cstddef>
#include <string_view>

namespace chorus::text {

// Decides whether ICU's proposed boundary at `b` in `s` (just after the white
// space that follows a sentence) is a real one. `document` is the whole text,
// consulted for how it writes names.
bool is_boundary(std::string_view s, size_t b, std::string_view document);

// Moves a boundary at `b` past a closing quote that ICU put at the start of
// the next sentence because white space came before it ("organism. ''
// Because ..."). A quote followed by white space closes; one followed by a
// word opens.
size_t absorb_stray_closer(std::string_view s, size_t b);

// True when `s` holds a letter or digit (a sentence, not a stray "''" or "--").
bool has_word_character(std::string_view s);

// Length of a heading in capitals that opens `sentence` and runs straight
// into its first sentence, as in newswire text with the line breaks undone:
// "THE LESSON: DON'T CONFRONT A STEAMROLLER At Netscape's headquarters ...".
// Two or more words in capitals with at least eight letters, followed by a
// capitalized word; 0 if none. A dateline ("KUALA LUMPUR, Malaysia (AP)")
// ends its capitals with a comma, a credit or a dash, so it never matches.
size_t inline_heading_length(std::string_view sentence);

// `s` without ASCII white space at either end.
std::string_view trim(std::string_view s);

// Number of code points in valid UTF-8 `s`.
size_t code_points(std::string_view s);

// True when `line` ends with . ? ! or an ellipsis, closing quotes aside.
bool ends_with_terminator(std::string_view line);

// The lines of a paragraph, measured in code points after trimming.
struct LineStats {
  size_t count = 0;
  size_t longest = 0;
};

// Whether the '\n' between `line` and `next` ends a sentence by itself: the
// line is a heading (or a short line set on its own on purpose), not a
// wrapped piece of a longer sentence. A line that ends with terminal
// punctuation returns false: the '\n' becomes white space and ICU plus the
// rules decide, exactly as for a space.
bool is_hard_break(std::string_view line, std::string_view next, bool line_starts_sentence,
                   const LineStats& lines);

}  // namespace chorus::text

// The tagger: tokenize once, then at each token keep the longest expression
// any rule of the grammar recognizes; ranges ("1992-1994", "Nov. 9-10")
// become two expressions, the second pointing at the first.
#include <algorithm>
#include <cctype>
#include <deque>
#include <iterator>

#include "time/timex.h"

#include "chorus/error.h"
#include "text/ascii.h"
#include "time/timex_grammar.h"

namespace chorus::time {

std::string_view timex_type_name(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::optional<TimexMatch> TimexGrammar::match(size_t i) const {
  const TimexToken& t = tokens_[i];
  // Fast exit: only lexicon words, numbers and an opening quote start rules.
  if (t.shape == TokenShape::kWord ? t.info == nullptr
                                   : t.shape == TokenShape::kOther ||
                                         (t.shape == TokenShape::kPunct && t.punct != '\''))
    return std::nullopt;
  Result best;
  const auto consider = [&best](Result r) {
    if (r && (!best || r->end > best->end)) best = std::move(r);
  };
  consider(vague(i));  // first: wins ties ("recent years" is PAST_REF, not a duration)
  consider(numeric_date(i));
  consider(month_date(i));
  consider(weekday_date(i));
  consider(nth_weekday_date(i));
  consider(clock_time(i));
  consider(day_word(i));
  consider(part_of_day(i));
  consider(holiday(i));
  consider(quarter(i));
  consider(season(i));
  consider(year_forms(i));
  consider(ordinal_day(i));
  consider(relative_unit(i));
  consider(set(i));
  consider(recurring_weekday(i));
  consider(duration(i));
  consider(modified(i));
  if (best && word(i, "right") && word(best->end, "now")) best->end++;
  if (!best && word(i, "right") && word(i + 1, "now") && options_.vague_references) {
    TimexMatch m;
    m.end = i + 2;
    m.value = "PRESENT_REF";
    best = m;
  }
  return best;
}

void TimexGrammar::remember(const TimexMatch& match, size_t at) {
  if (match.day && match.type != TimexType::kDuration && match.type != TimexType::kSet) {
    anchor_ = match.day;
    anchor_token_ = at;
    anchor_in_window_ = true;
  }
  const std::string& v = match.value;
  anchor_decade_ = 0;
  if (match.year > 0 && match.type == TimexType::kDate && v.size() >= 4 && v[0] != 'P')
    anchor_year_ = match.year;
  // A decade ("199"): "in the mid-1990s ... a decade later".
  if (match.type == TimexType::kDate && v.size() == 3 &&
      std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    anchor_decade_ = std::stoi(v);
  // A month or a day of it: "In March, ... The following month".
  if (match.type != TimexType::kDuration && match.type != TimexType::kSet && v.size() >= 7 &&
      v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[0])) &&
      std::isdigit(static_cast<unsigned char>(v[5])) && std::isdigit(static_cast<unsigned char>(v[6])))
    anchor_month_ = CivilDate{std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), 1};
  if (match.quarter > 0) {
    last_quarter_ = match.quarter;
    last_quarter_year_ = match.year;
  }
}

TimexTagger::TimexTagger(TimexOptions options) : options_(options) {}

std::vector<Timex> TimexTagger::tag(std::string_view text, std::optional<CivilDate> reference) const {
  TimexScratch scratch;
  return tag(text, reference, scratch);
}

namespace {

// The day of a value written "YYYY-MM-DD" (digits in its last two places),
// else -1: a week's "2004-W49-X" has ten characters too.
int day_in_value(const std::string& v) {
  if (v.size() != 10 || !text::is_ascii_digit(v[8]) || !text::is_ascii_digit(v[9])) return -1;
  return (v[8] - '0') * 10 + (v[9] - '0');
}

// The end of a range after a date: "-1994", "-94", "-10" (a day), "to 1994".
std::optional<Timex> range_end(const std::vector<TimexToken>& tokens, size_t k, const Timex& first,
                               size_t& end_token) {
  if (k + 1 >= tokens.size()) return std::nullopt;
  const TimexToken& sep = tokens[k];
  const bool dash = sep.shape == TokenShape::kPunct && sep.punct == '-';
  if (!dash) return std::nullopt;
  const TimexToken& t = tokens[k + 1];
  if (t.shape != TokenShape::kNumber) return std::nullopt;
  if (k + 2 < tokens.size() && tokens[k + 2].shape == TokenShape::kPunct &&
      (tokens[k + 2].punct == '-' || tokens[k + 2].punct == '/') && !tokens[k + 2].space_before)
    return std::nullopt;  // "2020-12-01" was not a year
  const std::string& v = first.value;
  if (v.size() < 4 || !std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  Timex out;
  out.span = Span{t.begin, t.end};
  out.type = TimexType::kDate;
  if (v.size() == 4 && t.digits == 4 && t.number > std::stoi(v) && t.number < 2999) {
    out.value = std::to_string(t.number);
  } else if (v.size() == 4 && t.digits == 2 && v[0] != 'X') {
    const int year = std::stoi(v) / 100 * 100 + t.number;
    if (year <= std::stoi(v)) return std::nullopt;
    out.value = std::to_string(year);
  } else if (day_in_value(v) >= 0 && t.digits <= 2 && t.number >= 1 && t.number <= 31 &&
             t.number > day_in_value(v)) {
    out.value = v.substr(0, 8) + (t.number < 10 ? "0" : "") + std::to_string(t.number);
  } else {
    return std::nullopt;
  }
  out.relative = first.relative;
  end_token = k + 2;
  return out;
}

// The start of a day range written day first: the "1-" of "1-2 December".
std::optional<Timex> range_start(const std::vector<TimexToken>& tokens, size_t i, const Timex& second) {
  const int day = day_in_value(second.value);
  if (i < 2 || second.type != TimexType::kDate || day < 0) return std::nullopt;
  const TimexToken& dash = tokens[i - 1];
  const TimexToken& first = tokens[i - 2];
  if (dash.shape != TokenShape::kPunct || dash.punct != '-' || dash.space_before ||
      tokens[i].space_before || first.shape != TokenShape::kNumber || first.digits > 2 ||
      tokens[i].shape != TokenShape::kNumber)
    return std::nullopt;
  if (first.number < 1 || first.number >= day) return std::nullopt;
  Timex out;
  out.span = Span{first.begin, first.end};
  out.type = TimexType::kDate;
  out.value = second.value.substr(0, 8) + (first.number < 10 ? "0" : "") + std::to_string(first.number);
  out.relative = second.relative;
  return out;
}

// Where the window of `text` that starts at `begin` ends: the whole rest when
// it is at most `window` bytes; else the last paragraph break, line break,
// sentence end or space in its second half, in that order of preference
// (a text without any is cut at `window` bytes, never inside a character).
size_t window_end(std::string_view text, size_t begin, size_t window) {
  if (text.size() - begin <= window) return text.size();
  const std::string_view part = text.substr(begin, window);
  const size_t half = window / 2;
  const auto after_last = [&](std::string_view what) -> size_t {
    const size_t at = part.rfind(what);
    return at != std::string_view::npos && at >= half ? begin + at + what.size() : 0;
  };
  for (std::string_view boundary : {"\n\n", "\n", ". ", " "})
    if (const size_t end = after_last(boundary)) return end;
  size_t end = begin + window;
  while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

// Tags one window of a text, which starts `offset` bytes into it, after what
// earlier windows said (`memory`, updated); appends to `out`.
void tag_window(std::string_view text, uint32_t offset, std::optional<CivilDate> reference,
                const TimexLexicon& lexicon, const TimexOptions& options, TimexScratch& scratch,
                std::optional<TimexMemory>& memory, std::deque<Timex>& out) {
  tokenize_for_time(text, lexicon, scratch.lower, scratch.tokens);
  const std::vector<TimexToken>& tokens = scratch.tokens;
  TimexGrammar grammar(tokens, reference, options, memory);
  const auto shifted = [offset](Span span) { return Span{span.begin + offset, span.end + offset}; };
  size_t i = 0;
  size_t checked = 0;
  while (i < tokens.size()) {
    if ((++checked & 4095) == 0 && scratch.stop.stop_requested()) throw Cancelled();
    std::optional<TimexMatch> match = grammar.match(i);
    if (!match) {
      ++i;
      continue;
    }
    if (grammar.title_case_unit(i, match->end)) {
      i = match->end;  // "This Week", "60 Minutes": a title, not a time
      continue;
    }
    grammar.remember(*match, i);
    Timex timex;
    timex.span = shifted(Span{tokens[i].begin, tokens[match->end - 1].end});
    timex.type = match->type;
    timex.value = std::move(match->value);
    timex.relative = match->relative;
    timex.anchored = match->anchored;
    timex.future = grammar.future_at(i);
    if (std::optional<Timex> first = range_start(tokens, i, timex)) {
      first->span = shifted(first->span);
      if (out.empty() || out.back().span.end <= first->span.begin) {
        first->future = timex.future;
        out.push_back(std::move(*first));
        timex.range_from = static_cast<int>(out.size() - 1);
      }
    }
    out.push_back(std::move(timex));
    i = match->end;
    if (out.back().type == TimexType::kDate) {
      size_t next = i;
      if (std::optional<Timex> second = range_end(tokens, i, out.back(), next)) {
        second->span = shifted(second->span);
        second->range_from = static_cast<int>(out.size() - 1);
        second->future = out.back().future;
        out.push_back(std::move(*second));
        i = next;
      }
    }
  }
  memory = grammar.memory();
}

}  // namespace

std::vector<Timex> TimexTagger::tag(std::string_view text, std::optional<CivilDate> reference,
                                    TimexScratch& scratch) const {
  // Gathered in blocks, then stored at their size: a vector growing by
  // doubling would hold up to three times the dates of a long text at once.
  std::deque<Timex> out;
  // A long text is tagged a window at a time, what it said carried from one
  // window to the next: the tagger's tokens (32 bytes each) stay bounded.
  std::optional<TimexMemory> memory;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = window_end(text, begin, std::max<size_t>(options_.window_bytes, 64));
    tag_window(text.substr(begin, end - begin), static_cast<uint32_t>(begin), reference, lexicon_, options_, scratch,
               memory, out);
    begin = end;
  }
  return std::vector<Timex>(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
}

}  // namespace chorus::time

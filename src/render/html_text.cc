#include "render/html_text.h"

#include <algorithm>
#include <vector>

#include "render/html_escape.h"

namespace chorus::render {
namespace {

// The nearest character boundary at or before `pos`, within the text.
uint32_t align(std::string_view text, uint32_t pos) {
  pos = std::min<uint32_t>(pos, static_cast<uint32_t>(text.size()));
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

bool only_space(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

}  // namespace

std::string document_html(std::string_view text, std::span<const ByteRange> hidden,
                          std::span<const MarkSpan> marks) {
  // Cut the text wherever a span, a hidden range or a line begins or ends;
  // each piece between two cuts is then wholly inside or outside each span.
  std::vector<uint32_t> cuts = {0, static_cast<uint32_t>(text.size())};
  std::vector<ByteRange> hide;
  for (const ByteRange& r : hidden) {
    hide.push_back({align(text, r.start), align(text, r.end)});
    cuts.push_back(hide.back().start);
    cuts.push_back(hide.back().end);
  }
  std::vector<ByteRange> mark_ranges;
  for (const MarkSpan& m : marks) {
    mark_ranges.push_back({align(text, m.start), align(text, m.end)});
    cuts.push_back(mark_ranges.back().start);
    cuts.push_back(mark_ranges.back().end);
  }
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      cuts.push_back(i);
      cuts.push_back(i + 1);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  const auto covers = [](const ByteRange& r, uint32_t a, uint32_t b) { return r.start <= a && b <= r.end && a < r.end; };
  std::vector<bool> anchored(marks.size(), false);
  std::string out;
  std::string paragraph;
  bool visible = false;  // the paragraph has more than white space
  const auto end_paragraph = [&] {
    if (visible) out += "<p>" + paragraph + "</p>\n";
    paragraph.clear();
    visible = false;
  };

  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    const uint32_t a = cuts[c], b = cuts[c + 1];
    if (text[a] == '\n') {
      end_paragraph();
      continue;
    }
    if (std::any_of(hide.begin(), hide.end(), [&](const ByteRange& r) { return covers(r, a, b); })) continue;
    const std::string_view piece = text.substr(a, b - a);
    std::string tokens;
    for (size_t m = 0; m < marks.size(); ++m) {
      if (!covers(mark_ranges[m], a, b)) continue;
      if (!anchored[m] && !marks[m].anchor_id.empty()) {
        paragraph += "<span class=\"anchor\" id=\"" + escape_html(marks[m].anchor_id) + "\"></span>";
        anchored[m] = true;
      }
      if (!tokens.empty()) tokens += ' ';
      tokens += marks[m].token;
    }
    if (tokens.empty()) {
      append_escaped(paragraph, piece);
    } else {
      paragraph += "<span class=\"ev\" data-ev=\"" + escape_html(tokens) + "\">";
      append_escaped(paragraph, piece);
      paragraph += "</span>";
    }
    visible = visible || !only_space(piece);
  }
  end_paragraph();
  return out;
}

}  // namespace chorus::render

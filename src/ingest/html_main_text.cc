#include "ingest/html_main_text.h"

#include "ingest/cue_phrases.h"
#include "ingest/line_features.h"

#include <algorithm>
#include <cstdint>

namespace chorus::ingest {
namespace {

constexpr uint32_t kNone = UINT32_MAX;
constexpr std::size_t kProseChars = 25;  // shorter text gives a container no points
constexpr int kAncestorLevels = 5;
constexpr int kKinLevels = 2;
// Characters of prose that make a story before comments can start.
constexpr double kStoryBeforeComments = 500;
constexpr uint16_t kFurnitureHints = kHintNavigation | kHintComments | kHintShare | kHintPromotion |
                                     kHintLegal | kHintCaption | kHintAdvert | kHintByline;

double link_density(uint32_t text, uint32_t links) {
  return text == 0 ? 0.0 : static_cast<double>(links) / static_cast<double>(text);
}

// Commas of Latin, CJK and Arabic scripts: a sign of prose.
int commas(const std::string& text) {
  int n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++n;
    else if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0 ||
             text.compare(i, 2, "\xD8\x8C") == 0) {
      ++n;
    }
  }
  return n;
}

double tag_weight(HtmlTag tag) {
  switch (tag) {
    case HtmlTag::kDiv: case HtmlTag::kArticle: case HtmlTag::kMain: case HtmlTag::kSection: return 5;
    case HtmlTag::kPre: case HtmlTag::kCell: case HtmlTag::kQuote: return 3;
    case HtmlTag::kAddress: case HtmlTag::kList: case HtmlTag::kListItem: case HtmlTag::kDefinition:
    case HtmlTag::kForm: return -3;
    case HtmlTag::kHeading: return -5;
    default: return 0;
  }
}

// What an element's own hints add to the points its prose gave it: a hint of
// the body at most doubles them (a cell named "bodytext" holding one line
// must not outweigh the paragraphs of the story), a hint of furniture takes 25.
double hint_weight(uint16_t hints, double points) {
  double w = 0;
  if (hints & (kHintPositive | kHintBody)) w += std::min(25.0, points);
  if (hints & (kHintNegative | kHintNavigation | kHintComments | kHintShare | kHintPromotion | kHintLegal |
               kHintAdvert)) {
    w -= 25;
  }
  return w;
}

// The reason a furniture hint stands for, strongest kind first.
std::optional<RemovalReason> reason_of(uint16_t hints) {
  if (hints & kHintComments) return RemovalReason::kComments;
  if (hints & kHintAdvert) return RemovalReason::kAdvertisement;
  if (hints & kHintNavigation) return RemovalReason::kNavigation;
  if (hints & kHintShare) return RemovalReason::kSharePrompt;
  if (hints & kHintPromotion) return RemovalReason::kPromotion;
  if (hints & kHintCaption) return RemovalReason::kCaption;
  if (hints & kHintLegal) return RemovalReason::kLegalNotice;
  if (hints & kHintByline) return RemovalReason::kByline;
  return std::nullopt;
}

class MainText {
 public:
  explicit MainText(const HtmlLayout& layout)
      : layout_(layout), elements_(layout.elements), score_(elements_.size(), 0.0),
        scored_(elements_.size(), false), in_region_(elements_.size(), false) {}

  std::vector<std::optional<RemovalReason>> run() {
    score_containers();
    const uint32_t top = best_container();
    if (top != kNone) mark_region(top);
    trace_regions();
    find_comment_starts();
    std::vector<std::optional<RemovalReason>> out;
    out.reserve(layout_.blocks.size());
    for (uint32_t b = 0; b < layout_.blocks.size(); ++b) out.push_back(judge(b, layout_.blocks[b]));
    return out;
  }

 private:
  uint32_t parent(uint32_t e) const { return elements_[e].parent; }

  void add(uint32_t e, double points) {
    scored_[e] = true;
    score_[e] += points;
  }

  void score_containers() {
    // Hints from the top of the page down to each element.
    std::vector<uint16_t> inherited(elements_.size(), 0);
    for (uint32_t e = 0; e < elements_.size(); ++e) {
      const uint32_t up = parent(e);
      inherited[e] = static_cast<uint16_t>((up == kNone ? 0 : inherited[up]) | elements_[e].hints);
    }
    prose_.assign(elements_.size(), 0.0);
    for (const HtmlBlock& block : layout_.blocks) {
      if (block.text.size() < kProseChars || block.heading_level) continue;
      if (link_density(static_cast<uint32_t>(block.text.size()), block.link_chars) > 0.5) continue;
      const double points = 1.0 + commas(block.text) + std::min<double>(static_cast<double>(block.text.size()) / 100.0, 3.0);
      if (!(inherited[block.element] & kFurnitureHints)) prose_[block.element] += points;
      uint32_t e = block.direct ? block.container : parent(block.container);
      for (int level = 0; level < kAncestorLevels && e != kNone; ++level, e = parent(e)) {
        add(e, level == 0 ? points : level == 1 ? points / 2 : points / (level * 3));
      }
    }
    for (uint32_t e = static_cast<uint32_t>(elements_.size()); e-- > 0;) {
      if (parent(e) != kNone) prose_[parent(e)] += prose_[e];
    }
    for (uint32_t e = 0; e < elements_.size(); ++e) {
      if (!scored_[e]) continue;
      const HtmlElement& el = elements_[e];
      score_[e] += tag_weight(el.tag) + hint_weight(el.hints, score_[e]);
      score_[e] *= 1.0 - link_density(el.text_chars, el.link_chars);
    }
  }

  bool inside(uint32_t e, uint32_t ancestor) const {
    return e >= ancestor && e < elements_[ancestor].end;
  }

  uint32_t best_container() const {
    uint32_t top = kNone;
    for (uint32_t e = 0; e < elements_.size(); ++e) {
      if (scored_[e] && (top == kNone || score_[e] > score_[top])) top = e;
    }
    if (top == kNone) return top;
    // Other containers nearly as strong: the article is split over them
    // (paragraphs in several divs), so take the ancestor holding most.
    std::vector<uint32_t> rivals;
    for (uint32_t e = 0; e < elements_.size(); ++e) {
      if (e != top && scored_[e] && score_[e] >= 0.75 * score_[top] && !inside(e, top) && !inside(top, e)) {
        rivals.push_back(e);
      }
    }
    if (rivals.size() >= 2) {
      uint32_t up = parent(top);
      for (int level = 0; level < 2 * kAncestorLevels && up != kNone && elements_[up].tag != HtmlTag::kBody;
           ++level, up = parent(up)) {
        const auto held = std::count_if(rivals.begin(), rivals.end(), [&](uint32_t r) { return inside(r, up); });
        if (held >= 2) return up;
      }
    }
    // A parent that scores higher holds more of the story (paragraphs in
    // cells or divs of their own); climb while the score does not fall
    // below a third of where it was.
    double last = score_[top];
    const double floor = last / 3;
    for (uint32_t up = parent(top); up != kNone && elements_[up].tag != HtmlTag::kBody; up = parent(up)) {
      if (!scored_[up]) continue;
      if (score_[up] < floor) break;
      if (score_[up] > last) {
        top = up;
        break;
      }
      last = score_[up];
    }
    return top;
  }

  // The top container and the siblings that belong with it; and when the
  // top container has a class, the other containers of the same tag and
  // class that hold prose (a story laid out a cell or a div a paragraph).
  void mark_region(uint32_t top) {
    in_region_[top] = true;
    if (elements_[top].style != 0) {
      // Only near it: under the ancestor a few levels up.
      uint32_t near = top;
      for (int level = 0; level < kKinLevels && parent(near) != kNone; ++level) near = parent(near);
      for (uint32_t e = near; e < elements_[near].end; ++e) {
        const HtmlElement& el = elements_[e];
        if (el.style != elements_[top].style || inside(e, top) || inside(top, e) || prose_[e] <= 0) continue;
        if (link_density(el.text_chars, el.link_chars) < 0.25) in_region_[e] = true;
      }
    }
    const uint32_t up = parent(top);
    if (up == kNone) return;
    const double threshold = std::max(10.0, score_[top] * 0.2);
    for (uint32_t e = top + 1; e < elements_.size() && elements_[e].depth > elements_[up].depth; ++e) {
      if (parent(e) != up) continue;
      const HtmlElement& s = elements_[e];
      const double density = link_density(s.text_chars, s.link_chars);
      bool join = scored_[e] && score_[e] >= threshold && !(s.hints & kFurnitureHints);
      if (!join && s.tag == HtmlTag::kParagraph && !(s.hints & kFurnitureHints)) {
        join = (s.text_chars > 80 && density < 0.25) || (s.text_chars > 0 && density == 0.0);
      }
      in_region_[e] = join;
    }
  }

  // For each element, in one pass down the tree (parents come first): the
  // region root above it, the hints met below that root (or from the top of
  // the page when outside), and whether a form or a caption lies between.
  void trace_regions() {
    const std::size_t n = elements_.size();
    region_.assign(n, kNone);
    hints_.assign(n, 0);
    form_.assign(n, false);
    caption_.assign(n, false);
    for (uint32_t e = 0; e < n; ++e) {
      const HtmlElement& el = elements_[e];
      const uint32_t up = el.parent;
      if (in_region_[e]) {
        region_[e] = e;
        continue;
      }
      const bool has_up = up != kNone;
      region_[e] = has_up ? region_[up] : kNone;
      hints_[e] = static_cast<uint16_t>((has_up ? hints_[up] : 0) | el.hints);
      form_[e] = (has_up && form_[up]) || el.tag == HtmlTag::kForm;
      caption_[e] = (has_up && caption_[up]) || el.tag == HtmlTag::kCaption || el.tag == HtmlTag::kFigure;
    }
  }

  // Comments under the story in its own container, with no hint on them:
  // they start at an empty anchor named for comments (<a name="comments">)
  // or at a short comment heading ("Comments are now closed", "12
  // comments"), once a story's worth of prose has come.
  void find_comment_starts() {
    std::vector<double> prose_before(layout_.blocks.size() + 1, 0.0);
    comments_from_.assign(elements_.size(), UINT32_MAX);
    std::vector<std::pair<uint32_t, uint32_t>> starts;  // (region, block)
    for (uint32_t e = 0; e < elements_.size(); ++e) {
      const HtmlElement& el = elements_[e];
      if (region_[e] != kNone && (el.hints & kHintComments) && el.text_chars == 0) {
        starts.emplace_back(region_[e], el.first_block);
      }
    }
    for (uint32_t b = 0; b < layout_.blocks.size(); ++b) {
      const HtmlBlock& block = layout_.blocks[b];
      const uint32_t region = region_[block.element];
      // A link to the comments ("Read comments (1)") is not where they start.
      if (region == kNone || block.text.size() >= 80 || block.link_chars * 2 > block.text.size()) continue;
      if (comment_heading(block.text)) starts.emplace_back(region, b);
    }
    if (starts.empty()) return;
    // Prose before each block, counted per region.
    std::vector<double> total(elements_.size(), 0.0);
    std::vector<double> seen(layout_.blocks.size(), 0.0);
    for (uint32_t b = 0; b < layout_.blocks.size(); ++b) {
      const HtmlBlock& block = layout_.blocks[b];
      const uint32_t region = region_[block.element];
      if (region == kNone) continue;
      seen[b] = total[region];
      if (block.text.size() >= kProseChars) total[region] += static_cast<double>(block.text.size());
    }
    for (const auto& [region, block] : starts) {
      const double before = block < seen.size() ? seen[block] : total[region];
      const bool story_came = before >= 0.5 * total[region] || before >= kStoryBeforeComments;
      if (story_came && block < comments_from_[region]) comments_from_[region] = block;
    }
  }

  static bool comment_heading(std::string_view text) {
    const std::string folded = fold_for_cues(text);
    const auto words = static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ') + 1);
    if (words > 8) return false;
    for (const CueMatch& cue : find_cues(folded)) {
      if (cue.reason != RemovalReason::kComments) continue;
      if (cue.kind != CueKind::kWord || cue.at_start || words <= 3) return true;
    }
    return false;
  }

  std::optional<RemovalReason> judge(uint32_t index, const HtmlBlock& block) const {
    const uint32_t region = region_[block.element];
    if (region != kNone && index >= comments_from_[region]) return RemovalReason::kComments;
    return judge(block);
  }

  std::optional<RemovalReason> judge(const HtmlBlock& block) const {
    const uint16_t hints = hints_[block.element];
    const double density = link_density(static_cast<uint32_t>(block.text.size()), block.link_chars);
    if (region_[block.element] == kNone) {
      if (block.heading_level == 1) return RemovalReason::kHeadline;
      if (const auto reason = reason_of(hints)) return reason;
      return density > 0.5 ? RemovalReason::kNavigation : RemovalReason::kPageChrome;
    }
    // Inside the article, a hint of the body itself outweighs a byline word
    // ("article-body-date"); other furniture hints stand.
    const uint16_t furniture = (hints & kHintBody) ? (hints & ~kHintByline) : hints;
    if (const auto reason = reason_of(furniture)) return reason;
    if (density > 0.5) return RemovalReason::kNavigation;
    if (block.heading_level == 1) return RemovalReason::kHeadline;
    if (block.heading_level > 1) return RemovalReason::kSectionHeading;
    if (form_[block.element]) return RemovalReason::kPageChrome;
    if (caption_[block.element]) return RemovalReason::kCaption;
    return std::nullopt;
  }

  const HtmlLayout& layout_;
  const std::vector<HtmlElement>& elements_;
  std::vector<double> score_;
  std::vector<bool> scored_;
  std::vector<bool> in_region_;
  std::vector<double> prose_;  // points of prose blocks in the subtree, outside furniture hints
  std::vector<uint32_t> region_;
  std::vector<uint32_t> comments_from_;  // per region root: the first block of its comments
  std::vector<uint16_t> hints_;
  std::vector<bool> form_;
  std::vector<bool> caption_;
};

}  // namespace

std::vector<std::optional<RemovalReason>> choose_main_text(const HtmlLayout& layout) {
  return MainText(layout).run();
}

}  // namespace chorus::ingest

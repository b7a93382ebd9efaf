#include "ingest/furniture_evidence.h"

#include <algorithm>

namespace chorus::ingest {
namespace {

// A cue phrase that settles the matter (at the line start or off-sentence).
constexpr double kStrongCue = 8.0;
// Sentences longer than this (in words) are protected.
constexpr uint32_t kProtectedWords = 20;
// Most words of a teaser the page cut off.
constexpr uint32_t kTeaserWords = 30;

// The weight of one cue phrase, by its kind, where it stands and what the
// line is: a cue opening a line, or on a line that is no sentence, is a
// label; inside a sentence it is only a hint, and none in a long one.
double cue_weight(const CueMatch& cue, const LineFeatures& f) {
  const bool sentence = f.ends_sentence() || f.words > kProtectedWords;
  if (cue.kind == CueKind::kWord) {  // "share", "related": a button or a label
    if ((f.words <= 4 && !sentence) || (cue.at_start && cue.then_break)) return kStrongCue;
    if (cue.at_start && !sentence && f.words <= 8) return 4.0;
    return 0.5;
  }
  if (cue.at_start || !sentence) return kStrongCue;
  if (f.words > kProtectedWords) return 1.0;
  return cue.kind == CueKind::kInterface ? 6.0 : 3.0;
}

}  // namespace

// Long sentences, and any very long line (a paragraph that lost its final
// period), are prose.
bool is_protected(const LineFeatures& f) {
  return f.words > kProtectedWords && (f.ends_sentence() || f.words >= 2 * kProtectedWords);
}

// Evidence that a unit is prose.
double body_evidence(const LineFeatures& f) {
  double s = std::min(f.words, 30u) / 6.0;
  // A fact line ("Total budget: $58 million") states something as a
  // sentence does; furniture labels ("Tags: ...") carry cue phrases.
  if (f.ends_sentence() || f.label_value) s += 3.0;
  else if (f.terminal == Terminal::kColon) s += f.words >= 3 ? 2.0 : 0.0;  // "He said:"
  else s -= f.words < 25 ? 3.0 : 1.0;
  if (f.lowercase_run >= 3) s += 1.0;
  if (f.lowercase_run >= 5) s += 1.0;
  if (f.stop_ratio() >= 0.2) s += 1.0;
  if (f.words <= 3) s -= 1.0;
  return s;
}

// "— Name (@handle) Month D, YYYY": the attribution line of an embedded post.
bool is_attribution(const LineFeatures& f) {
  return f.starts_dash && (f.handles > 0 || f.has_month_date) && f.words <= 15;
}

Evidence furniture_evidence(const LineFeatures& f, bool repeated) {
  Evidence e;
  double cues = 0.0;
  double strongest_cue = 0.0;
  RemovalReason cue_reason = RemovalReason::kBoilerplate;
  for (const CueMatch& cue : f.cues) {
    const double w = cue_weight(cue, f);
    cues += w;
    if (w > strongest_cue) { strongest_cue = w; cue_reason = cue.reason; }
  }
  if (cues > 0.0) e.add(std::min(cues, 12.0), cue_reason);
  if (is_attribution(f)) e.add(10.0, RemovalReason::kSocialEmbed);
  if (f.credit_tail) e.add(kStrongCue, RemovalReason::kCaption);
  if (f.truncated && f.words <= kTeaserWords) e.add(kStrongCue, RemovalReason::kPromotion);
  if (f.social_urls > 0) e.add(kStrongCue, RemovalReason::kSocialEmbed);
  else if (f.urls > 0) e.add(f.words <= 4 ? 6.0 : 2.0, RemovalReason::kReadMore);
  if (f.handles + f.hashtags > 0)
    e.add(std::min(4.0, 2.0 * f.handles + 1.5 * f.hashtags), RemovalReason::kSocialEmbed);
  // Page metadata: bylines and timestamps (see line_features.cc on kBoilerplate).
  if (f.byline) e.add(6.0, RemovalReason::kBoilerplate);
  if (f.clock_time && f.words <= 15 && !f.ends_sentence() && !f.table_row)  // not a race's "3:02.41"
    e.add(5.0, RemovalReason::kBoilerplate);
  if (f.bare_number) e.add(5.0, RemovalReason::kPromotion);
  // "News > World > Europe"; not a table's row of figures ("Kessling | 412 | 1,100").
  if (f.separators >= 2 && !f.label_value) e.add(5.0, RemovalReason::kNavigation);
  if (f.number_glued) e.add(3.0, RemovalReason::kPromotion);
  // Shape alone (title case, capitals) is too weak to name a reason (below
  // kReasonEvidence): context decides.
  const bool title_case = f.title_ratio() >= 0.7 && f.content_words >= 3 && f.lowercase_run < 3;
  if (title_case) e.add(2.0, RemovalReason::kBoilerplate);
  if (f.all_caps && f.words <= 8) e.add(2.0, RemovalReason::kBoilerplate);
  // A repeated long sentence may be a syndicated story, not boilerplate.
  if (repeated && (!is_protected(f) || cues > 0.0)) e.add(kStrongCue, RemovalReason::kBoilerplate);
  return e;
}

}  // namespace chorus::ingest

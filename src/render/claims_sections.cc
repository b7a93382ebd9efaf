#include "render/claims_sections.h"

#include <algorithm>

#include "render/comparison_sections.h"

namespace chorus::render {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

std::string side_text(const Digest& digest, const ClaimSide& side, const std::string& kind) {
  std::string text = kind == "polarity" ? (side.value == "negative" ? "says not" : "says so") : "\"" + side.text + "\"";
  if (kind == "date" && !side.value.empty()) text += " = " + side.value;
  return text + " (" + outlet_of(digest, side.doc) + ")";
}

}  // namespace

std::string outlet_of(const Digest& digest, const std::string& doc) {
  for (const DigestDocument& d : digest.documents)
    if (d.id == doc) return d.source.empty() ? d.id : d.source;
  return doc;
}

std::string source_heading(const Digest& digest, const std::string& doc) {
  const std::string outlet = outlet_of(digest, doc);
  return outlet == doc ? doc : outlet + " (" + doc + ")";
}

size_t outlet_count(const Digest& digest) {
  std::vector<std::string> outlets;
  for (const DigestDocument& d : digest.documents) outlets.push_back(d.source.empty() ? d.id : d.source);
  std::sort(outlets.begin(), outlets.end());
  return static_cast<size_t>(std::unique(outlets.begin(), outlets.end()) - outlets.begin());
}

std::vector<std::string> reporting_outlets(const Digest& digest, const SummarySentence& sentence) {
  std::vector<std::string> outlets;
  for (const std::string& doc : sentence.support) {
    const std::string name = outlet_of(digest, doc);
    if (std::find(outlets.begin(), outlets.end(), name) == outlets.end()) outlets.push_back(name);
  }
  return outlets;
}

std::string reported_by(const Digest& digest, const SummarySentence& sentence) {
  const std::vector<std::string> outlets = reporting_outlets(digest, sentence);
  const size_t total = outlet_count(digest);
  if (outlets.size() <= 1)
    return "reported by " + (outlets.empty() ? sentence.doc : outlets.front()) + " only (1 of " +
           std::to_string(total) + (total == 1 ? " outlet)" : " outlets)");
  return "reported by " + std::to_string(outlets.size()) + " of " + std::to_string(total) + " outlets: " + join(outlets);
}

std::vector<const Claim*> contested_claims(const Digest& digest, const SummarySentence& sentence) {
  std::vector<const Claim*> out;
  for (uint32_t c : sentence.claims)
    if (c < digest.claims.size() && digest.claims[c].status == "contested") out.push_back(&digest.claims[c]);
  return out;
}

std::string describe_difference(const Digest& digest, const ClaimDifference& difference) {
  return difference.kind + ": " + side_text(digest, difference.a, difference.kind) + " / " +
         side_text(digest, difference.b, difference.kind);
}

void write_disagreements_text(std::ostream& out, const Digest& digest) {
  size_t count = 0;
  for (const Claim& claim : digest.claims) count += claim.status == "contested";
  out << "WHERE THEY DISAGREE" << (count ? "" : "  (nothing contested)") << "\n";
  for (const Claim& claim : digest.claims) {
    if (claim.status != "contested") continue;
    out << "  - " << claim.sentences.front().text << "\n";
    for (const ClaimDifference& difference : claim.differences)
      out << "      " << describe_difference(digest, difference) << "\n";
  }
}

void write_disagreements_markdown(std::ostream& out, const Digest& digest) {
  out << "## Where they disagree\n\n";
  bool any = false;
  for (const Claim& claim : digest.claims) {
    if (claim.status != "contested") continue;
    any = true;
    out << "- " << markdown_cell(claim.sentences.front().text) << "\n";
    for (const ClaimDifference& difference : claim.differences)
      out << "  - " << markdown_cell(describe_difference(digest, difference)) << "\n";
  }
  if (!any) out << "_Nothing contested._\n";
}

}  // namespace chorus::render

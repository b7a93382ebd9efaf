// What the renderers say of claims: which outlets report a summary sentence
// ("reported by 3 of 5 outlets: A, B, C"), whether its facts are contested,
// and the "where they disagree" section.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "chorus/digest.h"

namespace chorus::render {

// A document's outlet as the digest names it: its source, else its id.
std::string outlet_of(const Digest& digest, const std::string& doc);
// A document's heading: its outlet and, when the outlet has a name, its id
// ("Coastline Wire (02_coastline-wire)").
std::string source_heading(const Digest& digest, const std::string& doc);
// How many outlets the digest's documents come from.
size_t outlet_count(const Digest& digest);
// The outlets that report a summary sentence, in document order.
std::vector<std::string> reporting_outlets(const Digest& digest, const SummarySentence& sentence);
// "reported by 3 of 5 outlets: A, B, C" / "reported by A only (1 of 5 outlets)".
std::string reported_by(const Digest& digest, const SummarySentence& sentence);
// The contested claims among the sentence's claims.
std::vector<const Claim*> contested_claims(const Digest& digest, const SummarySentence& sentence);
// One line for a difference: "figure: 12 people (A) / Nineteen people (B)".
std::string describe_difference(const Digest& digest, const ClaimDifference& difference);

// Every contested claim with what differs; nothing when there is none.
void write_disagreements_text(std::ostream& out, const Digest& digest);
void write_disagreements_markdown(std::ostream& out, const Digest& digest);

}  // namespace chorus::render

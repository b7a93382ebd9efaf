// The claims of a cluster (compare/claims.h) as the Digest shows them: the
// `claims` section, and each summary sentence's support read off its claims.
#pragma once

#include <cstdint>
#include <vector>

#include "chorus/digest.h"
#include "compare/claims.h"
#include "compare/sentence_facts.h"
#include "core/cluster.h"
#include "summarize/summarizer.h"

namespace chorus::digest {

// An outlet number per document: documents with one `source` are one
// outlet; a document without a source is an outlet of its own.
std::vector<uint32_t> outlet_keys(const Cluster& cluster);

// The name the digest shows for a document's outlet: its source, else its id.
const std::string& outlet_name(const Document& doc);

// Fills digest.claims.
void add_claims(const Cluster& cluster, const std::vector<compare::DocumentAnnotations>& annotations,
                const compare::ClaimSet& claims, Digest& digest);

// A summary sentence with its support: every document that states one of
// its claims (and does not disagree with it), each with its sentence.
SummarySentence describe_summary_sentence(const Cluster& cluster, const compare::ClaimSet& claims,
                                          const summarize::Selection& selection);

}  // namespace chorus::digest
